import { useState } from 'preact/hooks';
import { publishChecklist } from '../../../../schema/publish-checklist.ts';
import type { SurveyInput, SurveyStatus } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { PublishChecklist } from '../../publish/PublishChecklist.tsx';
import { publishText } from '../../publish/text.ts';
import type { LifecycleAction } from '../api.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { editorText } from '../text.ts';

type Props = {
  status: SurveyStatus;
  archived: boolean;
  readOnly: boolean;
  /** Runs the action (saving first when it must); resolves to a problem to show, or null. */
  onAction: (action: LifecycleAction) => Promise<string | null>;
  /** The draft, for the checklist shown before the first publication. */
  survey: Pick<SurveyInput, 'pages' | 'settings'>;
  /** Closes the question and takes the person to the field a checklist line is about. */
  onFix: (path: string) => void;
};

/**
 * What can happen next to the survey (its state shows in the frame above): publish, close, reopen,
 * archive. Publishing first shows what to check (PublishChecklist); it stays possible once confirmed.
 */
export function Lifecycle({ status, archived, readOnly, onAction, survey, onFix }: Props) {
  const text = useText(editorText);
  const publishing = useText(publishText);
  const [asking, setAsking] = useState<{ action: LifecycleAction; reopen: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();

  const actions: { action: LifecycleAction; label: string; primary: boolean; reopen?: boolean }[] = [];
  if (!readOnly) {
    if (archived) actions.push({ action: 'unarchive', label: text.unarchive, primary: false });
    else if (status === 'draft')
      actions.push({ action: 'publish', label: text.publish, primary: true }, { action: 'archive', label: text.archive, primary: false });
    else if (status === 'open') actions.push({ action: 'close', label: text.close, primary: false });
    else actions.push({ action: 'publish', label: text.reopen, primary: false, reopen: true }, { action: 'archive', label: text.archive, primary: false });
  }

  const words = (ask: { action: LifecycleAction; reopen: boolean }) => {
    switch (ask.action) {
      case 'publish':
        if (ask.reopen) return { title: text.reopenTitle, body: text.reopenBody, confirm: text.reopen };
        return {
          title: text.publishTitle,
          body: text.publishBody,
          confirm: publishChecklist(survey).every((item) => item.ok) ? text.publish : publishing.publishAnyway,
          checklist: true,
        };
      case 'close':
        return { title: text.closeTitle, body: text.closeBody, confirm: text.close };
      case 'archive':
        return { title: text.archiveTitle, body: text.archiveBody, confirm: text.archive };
      case 'unarchive':
        return null;
    }
  };

  const run = async (action: LifecycleAction) => {
    setBusy(true);
    const found = await onAction(action);
    setBusy(false);
    setProblem(found ?? undefined);
    if (!found) setAsking(null);
  };

  const shown = asking && words(asking);
  return (
    <div class="ed-lifecycle">
      {actions.map(({ action, label, primary, reopen }) => (
        <button
          key={action}
          id={`ed-lifecycle-${action}`}
          type="button"
          class={primary ? 'button ed-toolbar-button' : 'button button-secondary ed-toolbar-button'}
          aria-disabled={busy}
          onClick={() => {
            setProblem(undefined);
            if (action === 'unarchive') void run(action);
            else setAsking({ action, reopen: !!reopen });
          }}
        >
          {label}
        </button>
      ))}
      {asking && shown && (
        <ConfirmDialog
          id="ed-lifecycle-dialog"
          title={shown.title}
          confirmLabel={shown.confirm}
          busy={busy}
          problem={problem}
          onConfirm={() => void run(asking.action)}
          onCancel={() => setAsking(null)}
        >
          <p>{shown.body}</p>
          {'checklist' in shown && (
            <PublishChecklist
              survey={survey}
              fix={{
                onFix: (path) => {
                  setAsking(null);
                  onFix(path);
                },
              }}
            />
          )}
        </ConfirmDialog>
      )}
      {!asking && problem && (
        <p class="ed-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
