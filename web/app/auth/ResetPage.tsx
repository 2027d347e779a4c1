import { useEffect, useState } from 'preact/hooks';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { attempt as call, useApi } from '../api.ts';
import { setMe } from '../frame/me.ts';
import { navigate } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { PasswordField } from '../ui/Field.tsx';
import { FormProblems, type FieldErrors } from '../ui/FormProblems.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { DeadLink } from './DeadLink.tsx';
import { authText } from './text.ts';

type State = { kind: 'loading' } | { kind: 'invalid' } | { kind: 'ok'; email: string };

/** `/app/reset/:token`: a one-time link from an owner (or `npm run reset-link`) to choose a new password. */
export function ResetPage({ token }: { token: string }) {
  const text = useText(authText);
  const lang = useLang();
  const api = useApi();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [password, setPassword] = useState('');
  const { errors, general, tries, busy, check, send, refuse } = useSubmit();

  useEffect(() => {
    void call(api.auth.reset[':token'].$get({ param: { token } }), lang, { signedIn: false }).then((outcome) =>
      setState(outcome.ok ? { kind: 'ok', email: outcome.data.email } : { kind: 'invalid' }),
    );
  }, [token]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: FieldErrors = { 'reset-password': [...password].length < 12 ? text.passwordShort : undefined };
    if (!check(found)) return;
    const outcome = await send(call(api.auth.reset.$post({ json: { token, password } }), lang, { signedIn: false }));
    if (!outcome.ok) {
      if (outcome.status === 404) return setState({ kind: 'invalid' });
      refuse(outcome.errors, { password: 'reset-password' });
      return;
    }
    setMe(outcome.data);
    const org = outcome.data.organisations[0];
    navigate(org ? paths.dashboard(org.id) : '/app', { replace: true });
  };

  if (state.kind === 'loading')
    return (
      <AuthLayout title={text.resetTitle}>
        <Loading />
      </AuthLayout>
    );
  if (state.kind === 'invalid') return <DeadLink title={text.resetInvalidTitle} help={text.resetInvalidHelp} />;
  return (
    <AuthLayout title={text.resetTitle} lead={text.resetLead(state.email)}>
      <FormProblems fields={[['reset-password', text.newPassword]]} errors={errors} general={general} attempt={tries} />
      <form onSubmit={submit} noValidate>
        {/* The account's email, for password managers to file the new password under it. */}
        <input type="email" name="username" autoComplete="username" value={state.email} readOnly hidden />
        <PasswordField
          id="reset-password"
          label={text.newPassword}
          autoComplete="new-password"
          value={password}
          onInput={setPassword}
          error={errors['reset-password']}
          required
          rules
        />
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {busy ? text.resetting : text.reset}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
