import { localeOf, useLang, useText } from '../../../shared/i18n/lang.ts';
import { editorText } from '../text.ts';
import type { SaveStatus as Status } from '../useAutosave.ts';

type Props = { status: Status; problems: number; readOnly: boolean; onRetry: () => void; onShowConflict: () => void; onReload: () => void };

/**
 * « Enregistré à 14:32 », « Enregistrement… », or what went wrong: a polite live region, so a screen
 * reader hears it without losing its place. Waiting and sending read the same, so that typing does
 * not make it chatter.
 */
export function SaveStatus({ status, problems, readOnly, onRetry, onShowConflict, onReload }: Props) {
  const text = useText(editorText);
  const lang = useLang();
  let message: string;
  let tone: 'ok' | 'busy' | 'warning' | 'danger' = 'ok';
  let action: { label: string; run: () => void } | null = null;
  switch (status.kind) {
    case 'idle':
      message = readOnly ? text.readOnlyStatus : text.savedNothing;
      break;
    case 'saved':
      message = text.saved(new Intl.DateTimeFormat(localeOf(lang), { hour: '2-digit', minute: '2-digit' }).format(status.at));
      break;
    case 'pending':
    case 'saving':
      message = text.saving;
      tone = 'busy';
      break;
    case 'invalid':
      message = text.invalid(problems);
      tone = 'warning';
      break;
    case 'offline':
      message = text.offline;
      tone = 'warning';
      action = { label: text.retryNow, run: onRetry };
      break;
    case 'failed':
      message = text.saveFailed(status.message);
      tone = 'danger';
      action = { label: text.retryNow, run: onRetry };
      break;
    case 'conflict':
      message = text.conflictStatus;
      tone = 'danger';
      action = { label: text.showConflict, run: onShowConflict };
      break;
    case 'refused':
      message = text.refusedStatus(status.message);
      tone = 'danger';
      action = { label: text.backToSaved, run: onReload };
      break;
  }
  return (
    <div class={`ed-save ed-save-${tone}`}>
      <p id="ed-save-status" role="status" class="ed-save-text" tabIndex={-1}>
        {tone === 'busy' && <span class="spinner ed-save-spinner" aria-hidden="true" />}
        {message}
      </p>
      {action && (
        <button type="button" class="link-button ed-link-button" onClick={action.run}>
          {action.label}
        </button>
      )}
    </div>
  );
}
