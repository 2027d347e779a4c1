import { useEffect, useState } from 'preact/hooks';
import type { AuditEvent } from '../../../schema/audit.ts';
import { localeOf, useLang, useText } from '../../shared/i18n/lang.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { attempt, messageOf, useApi } from '../api.ts';
import { CoordinatorFrame } from '../frame/CoordinatorFrame.tsx';
import { useMe } from '../frame/me.ts';
import { paths } from '../routes.ts';
import { Alert } from '../ui/Alert.tsx';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { auditText } from './audit-text.ts';
import { membersText } from './text.ts';

type Log = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ok'; events: AuditEvent[]; next: string | null };

/** `/app/o/:orgId/audit`: the organisation's audit log (owners), newest first, older pages on request. */
export function AuditPage({ orgId }: { orgId: string }) {
  const text = useText(membersText);
  const me = useMe();
  const isOwner = me?.organisations.find((o) => o.id === orgId)?.role === 'owner';
  return (
    <CoordinatorFrame title={text.auditTitle} orgId={orgId} back={{ href: paths.members(orgId), label: text.title }} wide>
      {me && (isOwner ? <AuditLog orgId={orgId} /> : <p class="banner banner-info">{text.onlyOwners}</p>)}
    </CoordinatorFrame>
  );
}

function AuditLog({ orgId }: { orgId: string }) {
  const text = useText(auditText);
  const lang = useLang();
  const api = useApi();
  const [log, setLog] = useState<Log>({ kind: 'loading' });
  const [more, setMore] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const page = (after?: string) => attempt(api.orgs[':orgId'].audit.$get({ param: { orgId }, query: after ? { after } : {} }), lang);
  const load = async () => {
    setLog({ kind: 'loading' });
    const outcome = await page();
    setLog(outcome.ok ? { kind: 'ok', ...outcome.data } : { kind: 'failed', message: messageOf(outcome) });
  };
  useEffect(() => void load(), [orgId, lang]);

  if (log.kind === 'loading') return <Loading />;
  if (log.kind === 'failed') return <LoadError inPage onRetry={() => void load()} message={log.message} />;

  const loadMore = async () => {
    if (!log.next) return;
    setMore({ busy: true, error: null });
    const outcome = await page(log.next);
    if (!outcome.ok) return setMore({ busy: false, error: messageOf(outcome) });
    setMore({ busy: false, error: null });
    setLog({ kind: 'ok', events: [...log.events, ...outcome.data.events], next: outcome.data.next });
  };

  const when = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div>
      <p class="muted">{text.lead}</p>
      {log.events.length === 0 ? (
        <p>{text.empty}</p>
      ) : (
        <div class="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
          <table class="data-table" data-testid="audit-table">
            <caption id="audit-caption" class="sr-only">
              {text.caption}
            </caption>
            <thead>
              <tr>
                <th scope="col">{text.when}</th>
                <th scope="col">{text.who}</th>
                <th scope="col">{text.what}</th>
                <th scope="col">{text.on}</th>
              </tr>
            </thead>
            <tbody>
              {log.events.map((event) => (
                <tr key={event.id}>
                  <th scope="row">
                    <time dateTime={event.at}>{when.format(new Date(event.at))}</time>
                  </th>
                  <td>
                    {event.actor.name}
                    <br />
                    <span class="muted">{event.actor.email}</span>
                  </td>
                  <td>{text.action(event)}</td>
                  <td>{event.target?.label ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more.error && (
        <Alert focusKey={more.error}>
          <p>{more.error}</p>
        </Alert>
      )}
      {log.next && (
        <p class="actions">
          <button type="button" class="button button-secondary" disabled={more.busy} onClick={() => void loadMore()}>
            {more.busy ? text.loadingMore : text.more}
          </button>
        </p>
      )}
    </div>
  );
}
