import type { ComponentChildren, ComponentType } from 'preact';
import type { SurveyInput } from '../../../schema/survey.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import type { PublishConfirmProps } from './PublishConfirm.tsx';
import type { Action } from './survey-actions.ts';
import type { ListedSurvey } from './survey-list-view.ts';
import { dashboardText } from './text.ts';

/** An action waiting for confirmation; publishing carries the definition and its dialog, loaded on demand. */
export type Pending = { action: Action; item: ListedSurvey; publish?: { definition: SurveyInput; Dialog: ComponentType<PublishConfirmProps> } };

type Props = { orgId: string; pending: Pending; onConfirm: () => void; onCancel: () => void };

/** « Clore… ? », « Archiver… ? », « Supprimer… ? » (what is lost), « Publier… ? » with what to check first. */
export function SurveyConfirm({ orgId, pending, onConfirm, onCancel }: Props) {
  const text = useText(dashboardText);
  const lang = useLang();
  const { action, item, publish } = pending;
  const title = surveyText(item.title, lang);
  if (publish) return <publish.Dialog orgId={orgId} item={item} definition={publish.definition} onConfirm={onConfirm} onCancel={onCancel} />;
  const dialog = (heading: string, label: string, body: ComponentChildren) => (
    <ConfirmDialog title={heading} confirmLabel={label} danger onConfirm={onConfirm} onCancel={onCancel}>
      {body}
    </ConfirmDialog>
  );
  switch (action) {
    case 'close':
      return dialog(text.confirmClose(title), text.close, <p>{text.confirmCloseBody}</p>);
    case 'archive':
      return dialog(text.confirmArchive(title), text.archive, <p>{text.confirmArchiveBody}</p>);
    case 'delete':
      return dialog(
        text.confirmDelete(title),
        text.delete,
        <>
          <p>{item.status === 'draft' ? text.confirmDeleteDraft : text.confirmDeleteSurvey}</p>
          {item.answered && <p>{text.confirmDeleteAnswered}</p>}
        </>,
      );
    default:
      return null;
  }
}
