import { useState } from 'preact/hooks';
import type { Role } from '../../../schema/accounts.ts';
import { ROLES } from '../roles.ts';
import { localeOf, useLang, useText } from '../../shared/i18n/lang.ts';
import { useFocusOnShow } from '../../shared/ui/focus.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { attempt, useApi } from '../api.ts';
import { looksLikeEmail } from '../auth/text.ts';
import { CoordinatorFrame } from '../frame/CoordinatorFrame.tsx';
import { useMe } from '../frame/me.ts';
import { useLoad } from '../survey/load.ts';
import { Alert, LiveStatus } from '../ui/Alert.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { CopyField } from '../ui/CopyField.tsx';
import { Field } from '../ui/Field.tsx';
import { Icon } from '../ui/Icon.tsx';
import { FormProblems, type FieldErrors } from '../ui/FormProblems.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { Link } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { PendingInvitations } from './PendingInvitations.tsx';
import { ArchiveDownload } from './ArchiveDownload.tsx';
import { ReleaseHourForm } from './ReleaseHourForm.tsx';
import { ResetLinkCard, type IssuedReset } from './ResetLinkCard.tsx';
import { membersText } from './text.ts';

type Member = { id: string; email: string; name: string; role: Role };

/** `/app/o/:orgId/members`: who is in the team, with which role; owners invite, change roles, remove. */
export function MembersPage({ orgId }: { orgId: string }) {
  const text = useText(membersText);
  const me = useMe();
  const role = me?.organisations.find((o) => o.id === orgId)?.role;
  return (
    <CoordinatorFrame title={text.title} orgId={orgId}>
      {me && role && <Members orgId={orgId} myId={me.user.id} isOwner={role === 'owner'} />}
    </CoordinatorFrame>
  );
}

function Members({ orgId, myId, isOwner }: { orgId: string; myId: string; isOwner: boolean }) {
  const text = useText(membersText);
  const lang = useLang();
  const api = useApi();
  const [state, reload] = useLoad(() => attempt(api.orgs[':orgId'].members.$get({ param: { orgId } }), lang), [orgId, lang]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ text: string; key: number } | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [invitations, setInvitations] = useState(0);
  const [reset, setReset] = useState<IssuedReset | null>(null);

  if (state.kind === 'loading') return <Loading />;
  if (state.kind !== 'ok') return <LoadError inPage onRetry={() => void reload()} message={state.kind === 'failed' ? state.message : undefined} />;
  const members = state.data.members as Member[];
  const owners = members.filter((m) => m.role === 'owner').length;

  const changeRole = async (member: Member, role: Role) => {
    setError(null);
    setStatus('');
    const outcome = await attempt(api.orgs[':orgId'].members[':userId'].$patch({ param: { orgId, userId: member.id }, json: { role } }), lang);
    await reload();
    if (!outcome.ok) return setError({ text: outcome.errors.map((e) => e.message).join(' · '), key: Date.now() });
    setStatus(text.roleChanged(member.name, text.roleIs[role]));
  };

  const remove = async (member: Member) => {
    setRemoving(null);
    setError(null);
    setStatus('');
    const outcome = await attempt(api.orgs[':orgId'].members[':userId'].$delete({ param: { orgId, userId: member.id } }), lang);
    if (!outcome.ok) return setError({ text: outcome.errors.map((e) => e.message).join(' · '), key: Date.now() });
    await reload();
    setStatus(text.removed(member.name));
  };

  const issueReset = async (member: Member) => {
    setError(null);
    setStatus('');
    const outcome = await attempt(api.orgs[':orgId'].members[':userId']['reset-link'].$post({ param: { orgId, userId: member.id } }), lang);
    if (!outcome.ok) return setError({ text: outcome.errors.map((e) => e.message).join(' · '), key: Date.now() });
    setReset({ name: member.name, link: outcome.data.link, expiresAt: outcome.data.expiresAt });
  };

  return (
    <div class="two-columns">
      <section aria-labelledby="members-title" class="column-main">
        {isOwner && (
          <p>
            <Link href={paths.audit(orgId)}>{text.auditLink}</Link>
          </p>
        )}
        <h2 id="members-title">{text.membersTitle}</h2>
        <p class="muted">{text.lead}</p>
        {error && (
          <Alert focusKey={error.key}>
            <p>{error.text}</p>
          </Alert>
        )}
        <LiveStatus message={status} visible />
        <ul class="member-list">
          {members.map((member) => {
            const soleOwner = member.role === 'owner' && owners === 1;
            const selectId = `role-${member.id}`;
            return (
              <li key={member.id} class="member" data-testid="member">
                <div class="member-who">
                  <span class="avatar" aria-hidden="true">
                    {member.name
                      .split(/\s+/)
                      .filter(Boolean)
                      .slice(0, 2)
                      .map((p) => p[0]!.toUpperCase())
                      .join('')}
                  </span>
                  <div>
                    <p class="member-name">
                      {member.name}
                      {member.id === myId && <span class="muted"> ({text.you})</span>}
                    </p>
                    <p class="member-email">{member.email}</p>
                  </div>
                </div>
                <div class="member-role">
                  {isOwner ? (
                    <>
                      <label for={selectId} class="sr-only">
                        {text.roleOf(member.name)}
                      </label>
                      <select
                        id={selectId}
                        class="input select select-compact"
                        value={member.role}
                        disabled={soleOwner}
                        aria-describedby={soleOwner ? 'last-owner-rule' : undefined}
                        onChange={(event) => void changeRole(member, event.currentTarget.value as Role)}
                      >
                        {ROLES.toReversed().map((role) => (
                          <option key={role} value={role}>
                            {text.roles[role]}
                          </option>
                        ))}
                      </select>
                      {member.id !== myId && (
                        <button type="button" class="button button-small button-quiet" onClick={() => void issueReset(member)}>
                          {text.resetLink}
                          <span class="sr-only"> ({member.name})</span>
                        </button>
                      )}
                      <button
                        type="button"
                        class="button button-small button-quiet"
                        disabled={soleOwner}
                        aria-describedby={soleOwner ? 'last-owner-rule' : undefined}
                        onClick={() => setRemoving(member)}
                      >
                        {text.remove}
                        <span class="sr-only"> {member.name}</span>
                      </button>
                    </>
                  ) : (
                    <span class={`role-tag role-${member.role}`}>{text.roles[member.role]}</span>
                  )}
                  {soleOwner && isOwner && <span class="tag">{text.soleOwner}</span>}
                </div>
              </li>
            );
          })}
        </ul>
        <p id="last-owner-rule" class="rule-note">
          <Icon name="info" />
          <span>{text.lastOwner}</span>
        </p>
        {isOwner && <PendingInvitations orgId={orgId} version={invitations} />}
      </section>

      <div class="column-side">
        {reset && <ResetLinkCard issued={reset} onDone={() => setReset(null)} />}
        {isOwner ? <InviteForm orgId={orgId} onInvited={() => setInvitations((n) => n + 1)} /> : <p class="banner banner-info">{text.onlyOwners}</p>}
        <ReleaseHourForm orgId={orgId} isOwner={isOwner} />
        {isOwner && <ArchiveDownload orgId={orgId} />}
        <section class="card" aria-labelledby="roles-help">
          <h2 id="roles-help" class="h3">
            {text.rolesHelpTitle}
          </h2>
          <dl class="role-help">
            {ROLES.toReversed().map((role) => (
              <div key={role}>
                <dt>{text.roles[role]}</dt>
                <dd>{text.roleHelp[role]}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>

      {removing && (
        <ConfirmDialog
          title={text.removeFrom(removing.name)}
          confirmLabel={text.remove}
          danger
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        >
          <p>{text.removeBody}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function InviteForm({ orgId, onInvited }: { orgId: string; onInvited: () => void }) {
  const text = useText(membersText);
  const lang = useLang();
  const api = useApi();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const { errors, general, tries, busy, check, send, refuse } = useSubmit();
  const [created, setCreated] = useState<{ link: string; email: string; expiresAt: string } | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: FieldErrors = { 'invite-email': !email.trim() ? text.emailMissing : !looksLikeEmail(email) ? text.emailInvalid : undefined };
    if (!check(found)) return;
    const outcome = await send(attempt(api.orgs[':orgId'].invitations.$post({ param: { orgId }, json: { email, role } }), lang));
    if (!outcome.ok) {
      refuse(outcome.errors, { email: 'invite-email', role: 'invite-role' });
      return;
    }
    setCreated(outcome.data);
    onInvited();
  };

  if (created)
    return (
      <InviteLink
        created={created}
        onAnother={() => {
          setCreated(null);
          setEmail('');
        }}
      />
    );

  return (
    <section class="card" aria-labelledby="invite-title">
      <h2 id="invite-title" class="h3">
        {text.inviteTitle}
      </h2>
      <p class="muted">{text.inviteLead}</p>
      <FormProblems fields={[['invite-email', text.email]]} errors={errors} general={general} attempt={tries} />
      <form onSubmit={submit} noValidate>
        <Field
          id="invite-email"
          label={text.email}
          type="email"
          autoComplete="off"
          value={email}
          onInput={setEmail}
          error={errors['invite-email']}
          required
          spellcheck={false}
        />
        <fieldset class="fieldset fieldset-plain" id="invite-role-field">
          <legend class="field-label">{text.role}</legend>
          {ROLES.toReversed().map((r) => (
            <div class="radio" key={r}>
              <input
                type="radio"
                id={`invite-role-${r}`}
                name="invite-role"
                value={r}
                checked={role === r}
                onChange={() => setRole(r)}
                aria-describedby={`invite-role-${r}-help`}
              />
              <label for={`invite-role-${r}`}>
                <span class="radio-title">{text.roles[r]}</span>
                <span id={`invite-role-${r}-help`} class="radio-help">
                  {text.roleHelp[r]}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {busy ? text.inviting : text.invite}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The link to hand over, shown once it exists; focus moves to it so it is announced. */
function InviteLink({ created, onAnother }: { created: { link: string; email: string; expiresAt: string }; onAnother: () => void }) {
  const text = useText(membersText);
  const lang = useLang();
  const heading = useFocusOnShow<HTMLHeadingElement>(created.link);
  const expires = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'full', timeStyle: 'short' }).format(new Date(created.expiresAt));
  return (
    <section class="card card-highlight" aria-labelledby="invite-link-title">
      <h2 id="invite-link-title" class="h3" tabIndex={-1} ref={heading}>
        {text.linkTitle(created.email)}
      </h2>
      <CopyField id="invite-link" label={text.linkLabel} value={created.link} hint={text.linkHint(expires)} />
      <p>
        <button type="button" class="button button-secondary" onClick={onAnother}>
          {text.anotherInvite}
        </button>
      </p>
    </section>
  );
}
