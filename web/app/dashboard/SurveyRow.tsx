import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Link } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { StatusBadge } from '../ui/StatusBadge.tsx';
import type { Action } from './survey-actions.ts';
import type { ListedSurvey } from './survey-list-view.ts';
import { dashboardText } from './text.ts';

type Props = { orgId: string; item: ListedSurvey; canEdit: boolean; onAction: (action: Action, item: ListedSurvey) => void };

/** One survey of the list: its title (to its main page), state, released responses, address, and what can be done with it. */
export function SurveyRow({ orgId, item, canEdit, onAction }: Props) {
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
  const live = !item.archived;
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
        {item.status === 'draft' && live && <p class="survey-item-hint">{text.draftHint}</p>}
      </div>
      <div class="survey-item-actions" role="group" aria-labelledby={titleId}>
        {item.status !== 'draft' && (
          <Link class="button button-small button-secondary" href={paths.survey(orgId, item.id, 'results')}>
            {text.results}
            {context}
          </Link>
        )}
        {live && (
          <Link class="button button-small button-secondary" href={paths.survey(orgId, item.id, 'share')}>
            {text.share}
            {context}
          </Link>
        )}
        {canEdit && live && (
          <Link class="button button-small button-secondary" href={paths.survey(orgId, item.id, 'edit')}>
            {text.edit}
            {context}
          </Link>
        )}
        {canEdit && live && item.status === 'draft' && action('publish', text.publish, 'button-primary')}
        {canEdit && live && item.status === 'open' && action('close', text.close)}
        {canEdit && live && item.status === 'closed' && action('reopen', text.reopen)}
        {canEdit && action('duplicate', text.duplicate, 'button-quiet')}
        {canEdit && live && item.status !== 'open' && action('archive', text.archive, 'button-quiet')}
        {canEdit && item.archived && action('unarchive', text.unarchive)}
        {canEdit && item.status !== 'open' && action('delete', text.delete, 'button-quiet button-quiet-danger')}
      </div>
    </li>
  );
}
