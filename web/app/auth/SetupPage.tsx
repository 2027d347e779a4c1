import { useEffect, useState } from 'preact/hooks';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { attempt as call, useApi } from '../api.ts';
import { setMe } from '../frame/me.ts';
import { navigate } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { Field, PasswordField } from '../ui/Field.tsx';
import { FormProblems, type FieldErrors } from '../ui/FormProblems.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { DeadLink } from './DeadLink.tsx';
import { authText, looksLikeEmail } from './text.ts';

const FIELD_OF_PATH = { organisation: 'setup-org', name: 'setup-name', email: 'setup-email', password: 'setup-password' };

/** `/setup/:token`: the first organisation and its owner, on a fresh install. */
export function SetupPage({ token }: { token: string }) {
  const text = useText(authText);
  const lang = useLang();
  const api = useApi();
  const [valid, setValid] = useState<boolean | null>(null);
  const [form, setForm] = useState({ organisation: '', name: '', email: '', password: '' });
  const { errors, general, tries, busy, check, send, refuse } = useSubmit();

  useEffect(() => {
    void call(api.auth.setup[':token'].$get({ param: { token } }), lang, { signedIn: false }).then((outcome) => setValid(outcome.ok));
  }, [token]);

  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: FieldErrors = {
      'setup-org': form.organisation.trim().length < 2 ? text.orgShort : undefined,
      'setup-name': !form.name.trim() ? text.nameMissing : undefined,
      'setup-email': !form.email.trim() ? text.emailMissing : !looksLikeEmail(form.email) ? text.emailInvalid : undefined,
      'setup-password': [...form.password].length < 12 ? text.passwordShort : undefined,
    };
    if (!check(found)) return;
    const outcome = await send(call(api.auth.setup.$post({ json: { token, ...form } }), lang, { signedIn: false }));
    if (!outcome.ok) {
      if (outcome.status === 404) return setValid(false);
      refuse(outcome.errors, FIELD_OF_PATH);
      return;
    }
    setMe(outcome.data);
    const org = outcome.data.organisations[0];
    navigate(org ? paths.dashboard(org.id) : '/app', { replace: true });
  };

  if (valid === null)
    return (
      <AuthLayout title={text.setupTitle}>
        <Loading />
      </AuthLayout>
    );
  if (!valid) return <DeadLink title={text.setupInvalidTitle} help={text.setupInvalid} />;

  return (
    <AuthLayout title={text.setupTitle} lead={text.setupLead}>
      <FormProblems
        fields={[
          ['setup-org', text.organisation],
          ['setup-name', text.yourName],
          ['setup-email', text.email],
          ['setup-password', text.newPassword],
        ]}
        errors={errors}
        general={general}
        attempt={tries}
      />
      <form onSubmit={submit} noValidate>
        <fieldset class="fieldset">
          <legend>{text.aboutOrg}</legend>
          <Field
            id="setup-org"
            label={text.organisation}
            hint={text.organisationHint}
            autoComplete="organization"
            value={form.organisation}
            onInput={set('organisation')}
            error={errors['setup-org']}
            required
          />
        </fieldset>
        <fieldset class="fieldset">
          <legend>{text.aboutYou}</legend>
          <Field
            id="setup-name"
            label={text.yourName}
            hint={text.yourNameHint}
            autoComplete="name"
            value={form.name}
            onInput={set('name')}
            error={errors['setup-name']}
            required
          />
          <Field
            id="setup-email"
            label={text.email}
            hint={text.emailHint}
            type="email"
            autoComplete="email"
            value={form.email}
            onInput={set('email')}
            error={errors['setup-email']}
            required
            spellcheck={false}
          />
          <PasswordField
            id="setup-password"
            label={text.newPassword}
            autoComplete="new-password"
            value={form.password}
            onInput={set('password')}
            error={errors['setup-password']}
            required
            rules
          />
        </fieldset>
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {busy ? text.creating : text.createAccount}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
