import { useState } from 'preact/hooks';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { attempt as call, useApi } from '../api.ts';
import { setMe } from '../frame/me.ts';
import { Link, navigate } from '../frame/router.tsx';
import { Field, PasswordField } from '../ui/Field.tsx';
import { FormProblems, type FieldErrors } from '../ui/FormProblems.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { authText, looksLikeEmail } from './text.ts';

/** `/login`: email and password; the API's one generic message when they do not match. */
export function LoginPage({ next }: { next: string | null }) {
  const text = useText(authText);
  const lang = useLang();
  const api = useApi();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { errors, general, setGeneral, tries, busy, check, send } = useSubmit();

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: FieldErrors = {
      'login-email': !email.trim() ? text.emailMissing : !looksLikeEmail(email) ? text.emailInvalid : undefined,
      'login-password': !password ? text.passwordMissing : undefined,
    };
    if (!check(found)) return;
    const outcome = await send(call(api.auth['sign-in'].$post({ json: { email, password } }), lang, { signedIn: false }));
    if (!outcome.ok) {
      // One message whatever was wrong: the API never says whether the email exists.
      setGeneral(outcome.errors.map((e) => e.message).join(' · '));
      return;
    }
    setMe(outcome.data);
    navigate(next ?? '/app', { replace: true });
  };

  return (
    <AuthLayout title={text.loginTitle} lead={text.loginLead}>
      <FormProblems
        fields={[
          ['login-email', text.email],
          ['login-password', text.password],
        ]}
        errors={errors}
        general={general}
        attempt={tries}
      />
      <form onSubmit={submit} noValidate>
        <Field
          id="login-email"
          label={text.email}
          type="email"
          autoComplete="username"
          value={email}
          onInput={setEmail}
          error={errors['login-email']}
          required
          spellcheck={false}
        />
        <PasswordField
          id="login-password"
          label={text.password}
          autoComplete="current-password"
          value={password}
          onInput={setPassword}
          error={errors['login-password']}
          required
        />
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {busy ? text.signingIn : text.signIn}
          </button>
        </div>
      </form>
      <p class="auth-help">{text.forgotten}</p>
      <p class="auth-help">
        <Link href="/">{text.backHome}</Link>
      </p>
    </AuthLayout>
  );
}
