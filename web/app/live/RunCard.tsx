import type { LiveSessionAdmin } from '../../../schema/live.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { ConnectionLine } from '../../shared/live/LiveResults.tsx';
import type { ChannelStatus } from '../../shared/live/useLiveChannel.ts';
import { liveApi } from './live-api.ts';
import { PresenceList } from './PresenceNote.tsx';
import { liveConsoleText } from './text.ts';

type Props = { orgId: string; session: LiveSessionAdmin; status: ChannelStatus; canEdit: boolean; busy: boolean; onStart: () => void; onEnd: () => void };

/** How the workshop is going: where it stands in words, the console's link, the room, start or end, the export. */
export function RunCard({ orgId, session, status, canEdit, busy, onStart, onEnd }: Props) {
  const text = useText(liveConsoleText);
  const lang = useLang();
  return (
    <section class="card live-run" aria-labelledby="live-run-title">
      <h2 id="live-run-title">{text.runTitle}</h2>
      <p class="live-run-status" data-testid="run-status">
        {text.runStatus[session.status]}
      </p>
      <ConnectionLine status={status} labels={text.consoleConnection} />
      <p data-testid="connected">{text.connected(formatNumber(lang, session.connected), session.connected)}</p>
      {session.presence && <PresenceList presence={session.presence} k={session.definition.settings.k ?? 5} />}
      {canEdit && (
        <p class="actions">
          {session.status !== 'open' ? (
            <button type="button" class="button" disabled={busy} onClick={onStart}>
              {session.status === 'closed' ? text.restart : text.start}
            </button>
          ) : (
            <button type="button" class="button button-danger" disabled={busy} onClick={onEnd}>
              {text.end}
            </button>
          )}
        </p>
      )}
      <p>
        <a class="download-link" href={liveApi.exportUrl(orgId, session.id)} download>
          {text.export}
        </a>
        <br />
        <span class="muted">{text.exportHint}</span>
      </p>
    </section>
  );
}
