import { useText } from '../shared/i18n/lang.ts';
import { SendingNote } from '../shared/ui/SendingNote.tsx';
import { respondText } from './text.ts';
import type { SendStatus } from './useSubmission.ts';

/**
 * « Envoi en cours… nouvel essai dans N s ». The region stays in the page so screen readers hear each
 * change of state; the ticking seconds are left out of it, or every second would be read aloud.
 */
export function SendStatusLine({ status, onRetryNow }: { status: SendStatus; onRetryNow: () => void }) {
  const text = useText(respondText);
  const waiting = status.sending && status.retryIn !== null;
  return (
    <div class={status.sending ? 'send-status send-status-active' : 'send-status'}>
      <p role="status">{status.sending && <SendingNote label={text.sending} left={status.retryIn} />}</p>
      {waiting && (
        <button type="button" class="button button-secondary" onClick={onRetryNow}>
          {text.retryNow}
        </button>
      )}
    </div>
  );
}
