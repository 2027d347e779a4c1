import { publishChecklist } from '../../../schema/publish-checklist.ts';
import type { SurveyInput } from '../../../schema/survey.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { PublishChecklist } from '../publish/PublishChecklist.tsx';
import { publishText } from '../publish/text.ts';
import { paths } from '../routes.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import type { ListedSurvey } from './survey-list-view.ts';
import { dashboardText } from './text.ts';

export type PublishConfirmProps = { orgId: string; item: ListedSurvey; definition: SurveyInput; onConfirm: () => void; onCancel: () => void };

/**
 * « Publier… ? » from the list, with what to check first; each line opens the editor at its field.
 * Loaded when asked (with the templates and instruments the checklist knows), not with the list.
 */
export function PublishConfirm({ orgId, item, definition, onConfirm, onCancel }: PublishConfirmProps) {
  const text = useText(dashboardText);
  const publishing = useText(publishText);
  const lang = useLang();
  const allGood = publishChecklist(definition).every((check) => check.ok);
  return (
    <ConfirmDialog
      title={text.confirmPublish(surveyText(item.title, lang))}
      confirmLabel={allGood ? text.publish : publishing.publishAnyway}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{text.confirmPublishBody}</p>
      <PublishChecklist survey={definition} fix={{ hrefFor: (path) => `${paths.survey(orgId, item.id, 'edit')}?fix=${encodeURIComponent(path)}` }} />
    </ConfirmDialog>
  );
}
