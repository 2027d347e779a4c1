import { useEffect, useState } from 'preact/hooks';
import type { Me, Role } from '../../../schema/accounts.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { attempt as call, useApi } from '../api.ts';
import { forgetMe, setMe } from '../frame/me.ts';
import { Link, navigate } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { Field, PasswordField } from '../ui/Field.tsx';
import { FormProblems, type FieldErrors } from '../ui/FormProblems.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { authText } from './text.ts';

type Invitation = { organisation: string; email: string; role: Role };
type State = { kind: 'loading' } | { kind: 'invalid'; message: string } | { kind: 'ok'; invitation: Invitation; me: Me | null };

/** `/invite/:token`: a colleague joins an organisation, with a new account or the one they have. */
export function AcceptInvitePage({ token }: { token: string }) {
  const text = useText(authText);
  const lang = useLang();
  const api = useApi();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const { errors, general, tries, busy, check, send, refuse } = useSubmit();

  useEffect(() => {
    void (async () => {
      const [invitation, me] = await Promise.all([
        call(api.invitations[':token'].$get({ param: { token } }), lang, { signedIn: false }),
        call(api.auth.me.$get(), lang, { signedIn: false }),
      ]);
      if (!invitation.ok) setState({ kind: 'invalid', message: invitation.errors.map((e) => e.message).join(' · ') });
      else setState({ kind: 'ok', invitation: invitation.data as Invitation, me: me.ok ? (me.data as Me) : null });
    })();
  }, [token]);

  const accept = async (body: object) => {
    // The route reads its JSON itself (a signed-in member sends `{}`): the body goes through `init`.
    const outcome = await send(
      call(
        api.invitations[':token'].accept.$post(
          { param: { token } },
          { init: { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', 'Accept-Language': lang } } },
        ),
        lang,
        { signedIn: false },
      ),
    );
    if (!outcome.ok) {
      // Counted as a new try: the summary is announced again.
      check();
      refuse(outcome.errors, { name: 'invite-name', password: 'invite-password' });
      return;
    }
    const me = outcome.data as Me;
    setMe(me);
    const joined = state.kind === 'ok' ? me.organisations.filter((o) => o.name === state.invitation.organisation).at(-1) : undefined;
    navigate(joined ? paths.dashboard(joined.id) : '/app', { replace: true });
  };

  const submitNew = (event: Event) => {
    event.preventDefault();
    const found: FieldErrors = {
      'invite-name': !name.trim() ? text.nameMissing : undefined,
      'invite-password': [...password].length < 12 ? text.passwordShort : undefined,
    };
    if (!check(found)) return;
    void accept({ name, password });
  };

  if (state.kind === 'loading')
    return (
      <AuthLayout title={text.inviteLoading}>
        <Loading />
      </AuthLayout>
    );
  if (state.kind === 'invalid')
    return (
      <AuthLayout title={text.inviteInvalidTitle}>
        <p>
          <strong>{state.message}</strong>
        </p>
        <p>{text.inviteInvalidHelp}</p>
        <p>
          <Link href="/login">{text.goToLogin}</Link>
        </p>
      </AuthLayout>
    );

  const { invitation, me } = state;
  const signedInAsInvited = me?.user.email === invitation.email;
  return (
    <AuthLayout title={text.inviteTitle(invitation.organisation)} lead={text.inviteLead(invitation.organisation, text.roleIn[invitation.role])}>
      <dl class="summary-list">
        <div>
          <dt>{text.invitedEmail}</dt>
          <dd>{invitation.email}</dd>
        </div>
      </dl>
      <p class="auth-help">{text.roleHelp[invitation.role]}</p>
      <FormProblems
        fields={[
          ['invite-name', text.yourName],
          ['invite-password', text.newPassword],
        ]}
        errors={errors}
        general={general}
        attempt={tries}
      />
      {signedInAsInvited ? (
        <>
          <p>{text.joinAs(me!.user.name)}</p>
          <div class="actions">
            <button type="button" class="button" disabled={busy} onClick={() => void accept({})}>
              {busy ? text.joining : text.joinNow}
            </button>
          </div>
        </>
      ) : me ? (
        <>
          <p>{text.wrongAccount(invitation.email)}</p>
          <div class="actions">
            <button
              type="button"
              class="button"
              onClick={async () => {
                await call(api.auth['sign-out'].$post(), lang, { signedIn: false });
                forgetMe();
                setMe(null);
                navigate(`/login?next=${encodeURIComponent(`/invite/${token}`)}`);
              }}
            >
              {text.signOutFirst}
            </button>
          </div>
        </>
      ) : (
        // Whether this email has an account is not said (the server does not tell): both ways are offered.
        <>
          <form onSubmit={submitNew} noValidate aria-labelledby="new-account-title">
            <h2 id="new-account-title" class="h3">
              {text.newAccountTitle}
            </h2>
            <p>{text.newAccountLead}</p>
            <Field
              id="invite-name"
              label={text.yourName}
              hint={text.yourNameHint}
              autoComplete="name"
              value={name}
              onInput={setName}
              error={errors['invite-name']}
              required
            />
            <PasswordField
              id="invite-password"
              label={text.newPassword}
              autoComplete="new-password"
              value={password}
              onInput={setPassword}
              error={errors['invite-password']}
              required
              rules
            />
            <div class="actions">
              <button type="submit" class="button" disabled={busy}>
                {busy ? text.joining : text.accept}
              </button>
            </div>
          </form>
          <h2 class="h3">{text.existingTitle}</h2>
          <p>{text.existing(invitation.email)}</p>
          <div class="actions">
            <Link class="button button-secondary" href={`/login?next=${encodeURIComponent(`/invite/${token}`)}`}>
              {text.signInThenReopen}
            </Link>
          </div>
        </>
      )}
    </AuthLayout>
  );
}
