import { useState } from 'preact/hooks';
import type { Role } from '../../../schema/accounts.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { attempt, useApi } from '../api.ts';
import { CoordinatorFrame } from '../frame/CoordinatorFrame.tsx';
import { currentOrganisation, useMe } from '../frame/me.ts';
import { Link } from '../frame/router.tsx';
import { roleAllows } from '../roles.ts';
import { paths } from '../routes.ts';
import { useLoad } from '../survey/load.ts';
import { Alert, LiveStatus } from '../ui/Alert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { ListControls } from './ListControls.tsx';
import { NoOrganisation } from './NoOrganisation.tsx';
import { CONFIRMED, loadDefinition, runAction, type Action } from './survey-actions.ts';
import { matchesSearch, sortSurveys, type ListedSurvey, type Sort } from './survey-list-view.ts';
import { SurveyConfirm, type Pending } from './SurveyConfirm.tsx';
import { SurveyRow } from './SurveyRow.tsx';
import { dashboardText } from './text.ts';

/** `/app` and `/app/o/:orgId`: the organisation's surveys and what can be done with each. */
export function DashboardPage({ orgId }: { orgId?: string }) {
  const text = useText(dashboardText);
  const me = useMe();
  const org = me ? currentOrganisation(me, orgId) : null;
  const canEdit = !!org && roleAllows(org.role, 'editor');
  return (
    <CoordinatorFrame
      title={text.title}
      orgId={orgId}
      headingExtra={
        canEdit && (
          <Link class="button heading-action" href={paths.newSurvey(org.id)}>
            <Icon name="plus" /> {text.newSurvey}
          </Link>
        )
      }
    >
      {me && (org ? <SurveyList key={org.id} orgId={org.id} role={org.role} /> : <NoOrganisation />)}
    </CoordinatorFrame>
  );
}

type Message = { text: string; shareId?: string; copyId?: string };

/**
 * Where focus goes once a survey's row changed or went away (when it was lost), or to a new copy:
 * the survey's title link, else the page's heading.
 */
function focusSurvey(id: string | undefined, always = false) {
  requestAnimationFrame(() => {
    if (!always && document.activeElement && document.activeElement !== document.body) return;
    const link = id ? document.querySelector<HTMLElement>(`#survey-${id}-title a`) : null;
    (link && link.offsetParent !== null ? link : document.querySelector<HTMLElement>('main h1'))?.focus();
  });
}

function SurveyList({ orgId, role }: { orgId: string; role: Role }) {
  const text = useText(dashboardText);
  const lang = useLang();
  const api = useApi();
  const [state, reload] = useLoad(() => attempt(api.orgs[':orgId'].surveys.$get({ param: { orgId } }), lang), [orgId, lang]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [error, setError] = useState<{ text: string; key: number } | null>(null);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<Sort>('recent');
  const canEdit = roleAllows(role, 'editor');

  if (state.kind === 'loading') return <Loading />;
  if (state.kind !== 'ok') return <LoadError inPage onRetry={() => void reload()} message={state.kind === 'failed' ? state.message : undefined} />;
  const surveys = state.data.surveys as ListedSurvey[];
  const shown = sortSurveys(
    surveys.filter((s) => matchesSearch(s, search)),
    sort,
    lang,
  );
  const active = shown.filter((s) => !s.archived);
  const archived = shown.filter((s) => s.archived);

  const run = async (action: Action, item: ListedSurvey) => {
    setPending(null);
    setMessage(null);
    setError(null);
    const result = await runAction(api, orgId, action, item, lang);
    if (!result.ok) return setError({ text: result.message, key: Date.now() });
    await reload();
    const title = surveyText(item.title, lang);
    if (action === 'duplicate' && result.copy) {
      setMessage({ text: text.duplicated(surveyText(result.copy.title, lang)), copyId: result.copy.id });
      return focusSurvey(result.copy.id, true);
    }
    const done = {
      publish: text.published,
      close: text.closed,
      reopen: text.reopened,
      archive: text.archived,
      unarchive: text.unarchived,
      delete: text.deleted,
      duplicate: text.duplicated,
    }[action];
    setMessage({ text: done(title), shareId: action === 'publish' ? item.id : undefined });
    // The button pressed may be gone (« Publier » became « Clore », the row deleted): focus is never left on <body>.
    focusSurvey(action === 'delete' ? undefined : item.id);
  };

  const ask = async (action: Action, item: ListedSurvey) => {
    if (!CONFIRMED.has(action)) return void run(action, item);
    if (action !== 'publish') return setPending({ action, item });
    // Publishing shows what to check first, from the survey's definition.
    const [definition, module] = await Promise.all([loadDefinition(api, orgId, item.id, lang), import('./PublishConfirm.tsx').catch(() => null)]);
    if (!definition || !module) return setError({ text: text.publishLoadFailed, key: Date.now() });
    setPending({ action, item, publish: { definition, Dialog: module.PublishConfirm } });
  };
  const row = (item: ListedSurvey) => (
    <SurveyRow key={item.id} orgId={orgId} item={item} canEdit={canEdit} onAction={(action, target) => void ask(action, target)} />
  );

  return (
    <>
      {error && (
        <Alert focusKey={error.key}>
          <p>{error.text}</p>
        </Alert>
      )}
      <LiveStatus message={message?.text ?? ''} />
      {message && (
        <div class="banner banner-success">
          <p>
            <span aria-hidden="true">✓ </span>
            {message.text}
            {message.shareId && (
              <>
                {' '}
                <Link href={paths.survey(orgId, message.shareId, 'share')}>{text.shareNow}</Link>
              </>
            )}
            {message.copyId && (
              <>
                {' '}
                <Link href={paths.survey(orgId, message.copyId, 'edit')}>{text.editCopy}</Link>
              </>
            )}
          </p>
        </div>
      )}

      {surveys.length > 1 && <ListControls search={search} sort={sort} onSearch={setSearch} onSort={setSort} shown={shown.length} total={surveys.length} />}

      {surveys.filter((s) => !s.archived).length === 0 ? (
        <section class="empty-state card">
          <h2>{text.emptyTitle}</h2>
          <p>{canEdit ? text.empty : text.emptyViewer}</p>
          {canEdit && (
            <p class="actions">
              <Link class="button" href={paths.newSurvey(orgId)}>
                {text.newSurvey}
              </Link>
            </p>
          )}
        </section>
      ) : (
        active.length > 0 && <ul class="survey-list">{active.map(row)}</ul>
      )}

      {archived.length > 0 && (
        <details class="archived-section disclosure">
          <summary>
            <span class="h3">{text.archivedTitle(archived.length)}</span>
          </summary>
          <p class="muted">{text.archivedHelp}</p>
          <ul class="survey-list">{archived.map(row)}</ul>
        </details>
      )}

      {pending && <SurveyConfirm orgId={orgId} pending={pending} onConfirm={() => void run(pending.action, pending.item)} onCancel={() => setPending(null)} />}
    </>
  );
}
