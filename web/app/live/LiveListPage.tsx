import { useEffect, useState } from 'preact/hooks';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { CoordinatorFrame } from '../frame/CoordinatorFrame.tsx';
import { currentOrganisation, useMe } from '../frame/me.ts';
import { Link, navigate } from '../frame/router.tsx';
import { roleAllows } from '../roles.ts';
import { paths } from '../routes.ts';
import { useLoad } from '../survey/load.ts';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { emptyForm } from './form-model.ts';
import { LiveStatus } from '../ui/Alert.tsx';
import { listNotice, liveApi } from './live-api.ts';
import { SessionForm } from './SessionForm.tsx';
import { liveConsoleText } from './text.ts';
import './live.css';

/** `/app/o/:orgId/live`: the organisation's live workshops, and a form to create one. */
export function LiveListPage({ orgId }: { orgId: string }) {
  const text = useText(liveConsoleText);
  const lang = useLang();
  const me = useMe();
  const org = me ? currentOrganisation(me, orgId) : null;
  const canEdit = !!org && roleAllows(org.role, 'editor');
  const [list, reload] = useLoad(() => liveApi.list(lang, orgId), [orgId, lang]);
  const [creating, setCreating] = useState(false);
  // « Atelier … supprimé. », left by the console: set after the first paint, so the status region announces it.
  const [notice, setNotice] = useState('');
  useEffect(() => {
    const message = listNotice.take();
    if (!message) return;
    const timer = setTimeout(() => setNotice(message), 100);
    return () => clearTimeout(timer);
  }, []);

  return (
    <CoordinatorFrame title={text.listTitle} orgId={orgId}>
      <LiveStatus message={notice} visible />
      <p class="lead">{text.listLead}</p>
      {canEdit && !creating && (
        <p>
          <button type="button" class="button" onClick={() => setCreating(true)}>
            {text.newSession}
          </button>
        </p>
      )}
      {creating && (
        <section class="card live-create" aria-labelledby="live-create-title">
          <h2 id="live-create-title">{text.createTitle}</h2>
          <SessionForm
            initial={emptyForm()}
            submitLabel={text.create}
            busyLabel={text.creating}
            onCancel={() => setCreating(false)}
            onSubmit={async (input) => {
              const outcome = await liveApi.create(lang, orgId, input);
              if (!outcome.ok) return outcome.errors;
              navigate(paths.liveConsole(orgId, outcome.data.id));
              return [];
            }}
          />
        </section>
      )}
      {list.kind === 'loading' ? (
        <Loading />
      ) : list.kind !== 'ok' ? (
        <LoadError inPage onRetry={() => void reload()} message={list.kind === 'failed' ? list.message : undefined} />
      ) : list.data.sessions.length === 0 ? (
        <p class="empty-state">{text.none}</p>
      ) : (
        <ul class="survey-list" data-testid="live-sessions">
          {list.data.sessions.map((s) => (
            <li key={s.id} class="survey-item">
              <div class="survey-item-main">
                <h2 class="survey-item-title">
                  <Link href={paths.liveConsole(orgId, s.id)}>{surveyText(s.title, lang)}</Link>
                </h2>
                <p class="survey-item-meta">
                  <span class={`badge badge-${s.status}`}>
                    <span class="badge-dot" aria-hidden="true" />
                    {text.status[s.status]}
                  </span>
                  <span>
                    {text.code} <span class="live-code-inline">{s.code}</span>
                  </span>
                  <span>{text.questionsCount(formatNumber(lang, s.questions), s.questions)}</span>
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </CoordinatorFrame>
  );
}
