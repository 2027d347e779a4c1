import { useState } from 'preact/hooks';
import type { Box } from '../../../schema/ideas.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { currentOrganisation, useMe } from '../frame/me.ts';
import { roleAllows } from '../roles.ts';
import { useLoad } from '../survey/load.ts';
import { LiveStatus } from '../ui/Alert.tsx';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { BoxFrame } from './BoxFrame.tsx';
import { useBoxesApi } from './boxes-api.ts';
import { inFilter, mergeTargets, queueOrder, type QueueFilter } from './moderation.ts';
import { QueueCard } from './QueueCard.tsx';
import { RadioRow } from './RadioRow.tsx';
import { boxText } from './text.ts';

/** `/app/o/:orgId/boxes/:boxId`: the moderation queue (nothing shows before it), and every idea of the box. */
export function QueuePage({ orgId, boxId }: { orgId: string; boxId: string }) {
  return (
    <BoxFrame orgId={orgId} boxId={boxId} tab="queue" wide>
      {(box) => <Queue orgId={orgId} box={box} />}
    </BoxFrame>
  );
}

const FILTERS: QueueFilter[] = ['moderate', 'public', 'closed', 'all'];

function Queue({ orgId, box }: { orgId: string; box: Box }) {
  const text = useText(boxText);
  const lang = useLang();
  const me = useMe();
  const org = me ? currentOrganisation(me, orgId) : null;
  const canEdit = !!org && roleAllows(org.role, 'editor');
  const api = useBoxesApi(orgId);
  const [ideas, reload] = useLoad(() => api.ideas(box.id), [orgId, box.id, lang]);
  const [filter, setFilter] = useState<QueueFilter>('moderate');
  const [done, setDone] = useState('');
  if (ideas.kind === 'loading') return <Loading />;
  if (ideas.kind !== 'ok') return <LoadError inPage onRetry={() => void reload()} />;
  const all = ideas.data.ideas;
  const shown = queueOrder(
    all.filter((i) => inFilter(i, filter)),
    filter,
  );
  return (
    <>
      <LiveStatus message={done} visible />
      <p class="queue-refresh">
        <button
          type="button"
          class="button button-secondary button-small"
          onClick={async () => {
            setDone('');
            await reload();
            setDone(text.refreshed);
          }}
        >
          {text.refresh}
        </button>
      </p>
      <fieldset class="fieldset queue-filter">
        <legend>{text.filterLegend}</legend>
        {FILTERS.map((f) => (
          <RadioRow
            key={f}
            id={`filter-${f}`}
            name="queue-filter"
            checked={filter === f}
            title={`${text.filters[f]} (${all.filter((i) => inFilter(i, f)).length})`}
            onChange={() => setFilter(f)}
          />
        ))}
      </fieldset>
      {shown.length === 0 ? (
        <p class="empty-state">{text.queueEmpty}</p>
      ) : (
        <ul class="queue-list" aria-label={text.filters[filter]}>
          {shown.map((idea) => (
            <QueueCard
              key={idea.id}
              orgId={orgId}
              box={box}
              idea={idea}
              targets={mergeTargets(all, idea.id)}
              canEdit={canEdit}
              onModerate={async (body) => {
                setDone('');
                const outcome = await api.moderate(box.id, idea.id, body);
                if (!outcome.ok) return outcome.errors;
                // The list first, then the message: what it announces is on screen when it is read.
                await reload();
                setDone(text.done[body.action]);
                return [];
              }}
            />
          ))}
        </ul>
      )}
    </>
  );
}
