import { useState } from 'preact/hooks';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { attempt, useApi } from '../api.ts';
import { CoordinatorFrame } from '../frame/CoordinatorFrame.tsx';
import { frameText } from '../frame/text.ts';
import { useMe } from '../frame/me.ts';
import { Link } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { NewOrganisationForm } from '../dashboard/NoOrganisation.tsx';
import { LiveStatus } from '../ui/Alert.tsx';
import { PasswordField } from '../ui/Field.tsx';
import { FormProblems, type FieldErrors } from '../ui/FormProblems.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { membersText } from './text.ts';

/** `/app/account`: who I am, my organisations, and a new password. */
export function AccountPage() {
  const text = useText(membersText);
  const roles = useText(frameText).roles;
  const me = useMe();
  return (
    <CoordinatorFrame title={text.accountTitle}>
      {me && (
        <div class="two-columns">
          <div class="column-main">
            <PasswordForm />
            <section class="card" aria-labelledby="new-org-title">
              <NewOrganisationForm heading />
            </section>
          </div>
          <div class="column-side">
            <section class="card" aria-labelledby="profile-title">
              <h2 id="profile-title" class="h3">
                {text.profile}
              </h2>
              <dl class="summary-list">
                <div>
                  <dt>{text.name}</dt>
                  <dd>{me.user.name}</dd>
                </div>
                <div>
                  <dt>{text.emailLabel}</dt>
                  <dd>{me.user.email}</dd>
                </div>
              </dl>
              <h3>{text.organisations}</h3>
              <ul class="plain-list">
                {me.organisations.map((org) => (
                  <li key={org.id}>
                    <Link href={paths.dashboard(org.id)}>{org.name}</Link> <span class="muted">· {roles[org.role]}</span>
                  </li>
                ))}
              </ul>
            </section>
          </div>
        </div>
      )}
    </CoordinatorFrame>
  );
}

function PasswordForm() {
  const text = useText(membersText);
  const lang = useLang();
  const api = useApi();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const { errors, general, tries, busy, check, send, refuse } = useSubmit();
  const [done, setDone] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: FieldErrors = {
      'pw-current': !current ? text.currentMissing : undefined,
      'pw-next': [...next].length < 12 ? text.nextShort : undefined,
    };
    setDone('');
    if (!check(found)) return;
    const outcome = await send(attempt(api.auth.password.$post({ json: { current, next } }), lang));
    if (!outcome.ok) {
      refuse(outcome.errors, { current: 'pw-current', next: 'pw-next' });
      return;
    }
    setCurrent('');
    setNext('');
    setDone(text.changed);
  };

  return (
    <section class="card" aria-labelledby="password-title">
      <h2 id="password-title">{text.passwordTitle}</h2>
      <p class="muted">{text.passwordLead}</p>
      <FormProblems
        fields={[
          ['pw-current', text.current],
          ['pw-next', text.next],
        ]}
        errors={errors}
        general={general}
        attempt={tries}
      />
      <LiveStatus message={done} visible />
      <form onSubmit={submit} noValidate class="form-narrow">
        <PasswordField
          id="pw-current"
          label={text.current}
          autoComplete="current-password"
          value={current}
          onInput={setCurrent}
          error={errors['pw-current']}
          required
        />
        <PasswordField id="pw-next" label={text.next} autoComplete="new-password" value={next} onInput={setNext} error={errors['pw-next']} required rules />
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {busy ? text.changing : text.change}
          </button>
        </div>
      </form>
    </section>
  );
}
