import { useState } from 'preact/hooks';
import type { Role } from '../../../schema/accounts.ts';
import { roleAllows } from '../roles.ts';
import type { LocalizedText } from '../../../schema/lang.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { LoadError } from '../ui/LoadError.tsx';
import { attempt, useApi } from '../api.ts';
import { CoordinatorFrame } from '../frame/CoordinatorFrame.tsx';
import { currentOrganisation, useMe } from '../frame/me.ts';
import { Link } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { useLoad } from '../survey/load.ts';
import { Alert, LiveStatus } from '../ui/Alert.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { Icon } from '../ui/Icon.tsx';
import { StatusBadge } from '../ui/StatusBadge.tsx';
import { NoOrganisation } from './NoOrganisation.tsx';
import { dashboardText } from './text.ts';

type Item = { id: string; slug: string; status: 'draft' | 'open' | 'closed'; version: number; title: LocalizedText; responses: number; archived: boolean };
type Action = 'publish' | 'close' | 'reopen' | 'archive' | 'unarchive';

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

function SurveyList({ orgId, role }: { orgId: string; role: Role }) {
  const text = useText(dashboardText);
  const lang = useLang();
  const api = useApi();
  const [state, reload] = useLoad(() => attempt(api.orgs[':orgId'].surveys.$get({ param: { orgId } }), lang), [orgId, lang]);
  const [pending, setPending] = useState<{ action: Action; item: Item } | null>(null);
  const [message, setMessage] = useState<{ text: string; shareId?: string } | null>(null);
  const [error, setError] = useState<{ text: string; key: number } | null>(null);
  const canEdit = roleAllows(role, 'editor');

  if (state.kind === 'loading') return <Loading />;
  if (state.kind !== 'ok') return <LoadError onRetry={() => void reload()} message={state.kind === 'failed' ? state.message : undefined} />;
  const surveys = state.data.surveys as Item[];
  const active = surveys.filter((s) => !s.archived);
  const archived = surveys.filter((s) => s.archived);

  const run = async (action: Action, item: Item) => {
    setPending(null);
    setMessage(null);
    setError(null);
    const param = { param: { orgId, id: item.id } };
    const survey = api.orgs[':orgId'].surveys[':id'];
    const outcome =
      action === 'publish' || action === 'reopen'
        ? await attempt(survey.publish.$post(param), lang)
        : action === 'close'
          ? await attempt(survey.close.$post(param), lang)
          : action === 'archive'
            ? await attempt(survey.archive.$post(param), lang)
            : await attempt(survey.unarchive.$post(param), lang);
    const title = surveyText(item.title, lang);
    if (!outcome.ok) {
      setError({ text: outcome.errors.map((e) => e.message).join(' · '), key: Date.now() });
      return;
    }
    await reload();
    const done = { publish: text.published, close: text.closed, reopen: text.reopened, archive: text.archived, unarchive: text.unarchived }[action];
    setMessage({ text: done(title), shareId: action === 'publish' ? item.id : undefined });
    // The button pressed may be gone (« Publier » became « Clore »): keep focus on the same survey, not lost on <body>.
    requestAnimationFrame(() => {
      if (document.activeElement && document.activeElement !== document.body) return;
      const link = document.querySelector<HTMLElement>(`#survey-${item.id}-title a`);
      (link && link.offsetParent !== null ? link : document.querySelector<HTMLElement>('main h1'))?.focus();
    });
  };

  const ask = (action: Action, item: Item) => {
    if (action === 'close' || action === 'archive' || action === 'publish') setPending({ action, item });
    else void run(action, item);
  };

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
          </p>
        </div>
      )}

      {active.length === 0 ? (
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
        <ul class="survey-list">
          {active.map((item) => (
            <SurveyRow key={item.id} orgId={orgId} item={item} canEdit={canEdit} onAction={ask} />
          ))}
        </ul>
      )}

      {archived.length > 0 && (
        <details class="archived-section disclosure">
          <summary>
            <span class="h3">{text.archivedTitle(archived.length)}</span>
          </summary>
          <p class="muted">{text.archivedHelp}</p>
          <ul class="survey-list">
            {archived.map((item) => (
              <SurveyRow key={item.id} orgId={orgId} item={item} canEdit={canEdit} onAction={ask} />
            ))}
          </ul>
        </details>
      )}

      {pending && <Confirm pending={pending} onConfirm={() => void run(pending.action, pending.item)} onCancel={() => setPending(null)} />}
    </>
  );
}

function Confirm({ pending, onConfirm, onCancel }: { pending: { action: Action; item: Item }; onConfirm: () => void; onCancel: () => void }) {
  const text = useText(dashboardText);
  const lang = useLang();
  const title = surveyText(pending.item.title, lang);
  const [heading, body, label, danger] =
    pending.action === 'close'
      ? [text.confirmClose(title), text.confirmCloseBody, text.close, true]
      : pending.action === 'archive'
        ? [text.confirmArchive(title), text.confirmArchiveBody, text.archive, true]
        : [text.confirmPublish(title), text.confirmPublishBody, text.publish, false];
  return (
    <ConfirmDialog title={heading} confirmLabel={label} danger={danger} onConfirm={onConfirm} onCancel={onCancel}>
      <p>{body}</p>
    </ConfirmDialog>
  );
}

function SurveyRow({ orgId, item, canEdit, onAction }: { orgId: string; item: Item; canEdit: boolean; onAction: (action: Action, item: Item) => void }) {
  const text = useText(dashboardText);
  const lang = useLang();
  const title = surveyText(item.title, lang);
  const state = item.archived ? 'archived' : item.status;
  const titleId = `survey-${item.id}-title`;
  const main = item.status === 'draft' && canEdit ? paths.survey(orgId, item.id, 'edit') : paths.survey(orgId, item.id, 'results');
  const context = <span class="sr-only"> « {title} »</span>;
  const action = (name: Action, label: string, variant = 'button-secondary') => (
    <button type="button" class={`button button-small ${variant}`} onClick={() => onAction(name, item)}>
      {label}
      {context}
    </button>
  );
  return (
    <li class="survey-item" data-testid="survey-item" data-slug={item.slug}>
      <div class="survey-item-main">
        <h2 id={titleId} class="survey-item-title">
          <Link href={main}>{title}</Link>
        </h2>
        <p class="survey-item-meta">
          <StatusBadge state={state} />
          <span class="survey-item-count" data-testid="response-count">
            {text.responses(formatNumber(lang, item.responses), item.responses)}
          </span>
          <span class="survey-item-slug">
            <span class="sr-only">{text.address} : </span>/s/{item.slug}
          </span>
        </p>
        {item.status === 'draft' && !item.archived && <p class="survey-item-hint">{text.draftHint}</p>}
      </div>
      <div class="survey-item-actions" role="group" aria-labelledby={titleId}>
        {item.status !== 'draft' && (
          <Link class="button button-small button-secondary" href={paths.survey(orgId, item.id, 'results')}>
            {text.results}
            {context}
          </Link>
        )}
        {!item.archived && (
          <Link class="button button-small button-secondary" href={paths.survey(orgId, item.id, 'share')}>
            {text.share}
            {context}
          </Link>
        )}
        {canEdit && !item.archived && (
          <Link class="button button-small button-secondary" href={paths.survey(orgId, item.id, 'edit')}>
            {text.edit}
            {context}
          </Link>
        )}
        {canEdit && !item.archived && item.status === 'draft' && action('publish', text.publish, 'button-primary')}
        {canEdit && !item.archived && item.status === 'open' && action('close', text.close)}
        {canEdit && !item.archived && item.status === 'closed' && action('reopen', text.reopen)}
        {canEdit && !item.archived && item.status !== 'open' && action('archive', text.archive, 'button-quiet')}
        {canEdit && item.archived && action('unarchive', text.unarchive)}
      </div>
    </li>
  );
}
