import { useState } from 'preact/hooks';
import type { Box, IdeaAdmin } from '../../../schema/ideas.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { currentOrganisation, useMe } from '../frame/me.ts';
import { Link } from '../frame/router.tsx';
import { roleAllows } from '../roles.ts';
import { paths } from '../routes.ts';
import { useLoad } from '../survey/load.ts';
import { LiveStatus } from '../ui/Alert.tsx';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { AdminHistory } from './AdminHistory.tsx';
import { BoxFrame } from './BoxFrame.tsx';
import { useBoxesApi, type ModerationBody } from './boxes-api.ts';
import { FlaggedText } from './FlaggedText.tsx';
import { PromoteForm } from './PromoteForm.tsx';
import { StatusForm } from './StatusForm.tsx';
import { boxText } from './text.ts';
import { ThemeForm } from './ThemeForm.tsx';

const PUBLIC = ['received', 'studying', 'retained', 'done', 'rejected'];

/** `/app/o/:orgId/boxes/:boxId/ideas/:ideaId`: one idea — history and provenance, status with its answer, theme, into a workshop. */
export function IdeaPage({ orgId, boxId, ideaId }: { orgId: string; boxId: string; ideaId: string }) {
  const text = useText(boxText);
  return (
    <BoxFrame orgId={orgId} boxId={boxId} tab={null} pageTitle={text.ideaTitle}>
      {(box) => <IdeaDetails orgId={orgId} box={box} ideaId={ideaId} />}
    </BoxFrame>
  );
}

function IdeaDetails({ orgId, box, ideaId }: { orgId: string; box: Box; ideaId: string }) {
  const text = useText(boxText);
  const lang = useLang();
  const me = useMe();
  const org = me ? currentOrganisation(me, orgId) : null;
  const canEdit = !!org && roleAllows(org.role, 'editor');
  const api = useBoxesApi(orgId);
  // No route gives one idea: it is read from the box's list.
  const [ideas, reload] = useLoad(() => api.ideas(box.id), [orgId, box.id, lang]);
  const [done, setDone] = useState('');
  const [promoted, setPromoted] = useState<{ sessionId: string } | null>(null);
  if (ideas.kind === 'loading') return <Loading />;
  if (ideas.kind !== 'ok') return <LoadError inPage onRetry={() => void reload()} />;
  const idea = ideas.data.ideas.find((i) => i.id === ideaId);
  if (!idea) return <p class="banner banner-warning">{text.notFound}</p>;
  const n = (value: number) => formatNumber(lang, value);
  const moderate = async (body: ModerationBody) => {
    setDone('');
    const outcome = await api.moderate(box.id, idea.id, body);
    if (!outcome.ok) return outcome.errors;
    await reload();
    setDone(text.done[body.action]);
    return [];
  };
  const others = ideas.data.ideas.filter((i: IdeaAdmin) => i.id !== idea.id && PUBLIC.includes(i.status));
  return (
    <>
      <LiveStatus message={done} visible />
      <section class="card" aria-labelledby="idea-text-title">
        <h2 id="idea-text-title">
          <span class={`tag queue-status queue-status-${idea.status}`} data-testid="idea-status">
            {text.status[idea.status]}
          </span>{' '}
          {surveyText(box.themes.find((t) => t.id === idea.theme)?.label, lang)}
        </h2>
        <FlaggedText text={idea.text} flags={idea.flags} />
        {idea.answer && <p class="idea-public-answer">{surveyText(idea.answer, lang)}</p>}
        <dl class="summary-list">
          <div>
            <dt>{text.provenance}</dt>
            <dd>{text.sourceLong[idea.source]}</dd>
          </div>
          <div>
            <dt>{text.supportsLabel}</dt>
            <dd>{idea.supportsAtMost > idea.supports ? text.supportsRange(n(idea.supports), n(idea.supportsAtMost)) : n(idea.supports)}</dd>
          </div>
          <div>
            <dt>{text.waitedLabel}</dt>
            <dd>{text.waited(n(idea.waitedDays))}</dd>
          </div>
        </dl>
      </section>
      <section class="card" aria-labelledby="history-title">
        <h2 id="history-title">{text.historyTitle}</h2>
        <AdminHistory orgId={orgId} history={idea.history} />
      </section>
      {canEdit && PUBLIC.includes(idea.status) && <StatusForm key={`${idea.status}-${idea.answer?.fr ?? ''}`} idea={idea} onSubmit={moderate} />}
      {canEdit && !['declined', 'withdrawn', 'merged'].includes(idea.status) && <ThemeForm box={box} idea={idea} onSubmit={moderate} />}
      {canEdit && PUBLIC.includes(idea.status) && (
        <>
          {promoted && (
            <p class="banner banner-success" role="status">
              {text.promoted} <Link href={paths.liveConsole(orgId, promoted.sessionId)}>{text.toWorkshop}</Link>
            </p>
          )}
          <PromoteForm
            orgId={orgId}
            idea={idea}
            others={others}
            onSubmit={async (body) => {
              const outcome = await api.promote(box.id, idea.id, body);
              if (!outcome.ok) return outcome.errors;
              setPromoted({ sessionId: outcome.data.sessionId });
              await reload();
              return [];
            }}
          />
        </>
      )}
    </>
  );
}
