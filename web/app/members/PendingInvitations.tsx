import { useState } from 'preact/hooks';
import type { Role } from '../../../schema/accounts.ts';
import { localeOf, useLang, useText } from '../../shared/i18n/lang.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { attempt, messageOf, useApi } from '../api.ts';
import { useLoad } from '../survey/load.ts';
import { Alert, LiveStatus } from '../ui/Alert.tsx';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { membersText } from './text.ts';

type Pending = { id: string; email: string; role: Role; expiresAt: string; invitedBy: string | null };

/** Owners' list of invitations not used yet, each revocable (its link then leads nowhere). `version` changes when one is made. */
export function PendingInvitations({ orgId, version }: { orgId: string; version: number }) {
  const text = useText(membersText);
  const lang = useLang();
  const api = useApi();
  const [state, reload] = useLoad(() => attempt(api.orgs[':orgId'].invitations.$get({ param: { orgId } }), lang), [orgId, lang, version]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ text: string; key: number } | null>(null);

  if (state.kind === 'loading') return <Loading />;
  if (state.kind !== 'ok') return <LoadError inPage onRetry={() => void reload()} message={state.kind === 'failed' ? state.message : undefined} />;
  const pending = state.data.invitations as Pending[];
  const date = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long' });

  const revoke = async (invitation: Pending) => {
    setError(null);
    setStatus('');
    const outcome = await attempt(api.orgs[':orgId'].invitations[':invitationId'].$delete({ param: { orgId, invitationId: invitation.id } }), lang);
    await reload();
    if (!outcome.ok) return setError({ text: messageOf(outcome), key: Date.now() });
    setStatus(text.revoked(invitation.email));
  };

  return (
    <section aria-labelledby="pending-title" class="pending-invitations">
      <h2 id="pending-title">{text.pendingTitle}</h2>
      <p class="muted">{text.pendingLead}</p>
      {error && (
        <Alert focusKey={error.key}>
          <p>{error.text}</p>
        </Alert>
      )}
      <LiveStatus message={status} visible />
      {pending.length === 0 ? (
        <p>{text.pendingNone}</p>
      ) : (
        <ul class="member-list">
          {pending.map((invitation) => (
            <li key={invitation.id} class="member" data-testid="pending-invitation">
              <div>
                <p class="member-name">{invitation.email}</p>
                <p class="member-email">{text.pendingItem(text.roles[invitation.role], date.format(new Date(invitation.expiresAt)), invitation.invitedBy)}</p>
              </div>
              <div class="member-role">
                <button type="button" class="button button-small button-quiet" onClick={() => void revoke(invitation)}>
                  {text.revoke}
                  <span class="sr-only"> {invitation.email}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
