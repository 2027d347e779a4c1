import { useText } from '../shared/i18n/lang.ts';
import { SendingNote } from '../shared/ui/SendingNote.tsx';
import { liveText } from './text.ts';
import type { VoteStatus } from './useVote.ts';

/** Where a vote stands: being sent (with the countdown before the next try), recorded, or refused and why. */
export function VoteStatusLine({ status, onRetryNow }: { status: VoteStatus; onRetryNow: () => void }) {
  const text = useText(liveText);
  const waiting = status.kind === 'sending' && status.retryIn !== null;
  return (
    <div class="live-status">
      <p role="status" class={status.kind === 'stored' ? 'live-stored' : undefined} data-testid="vote-status">
        {status.kind === 'sending' && <SendingNote label={text.sending} left={status.retryIn} />}
        {status.kind === 'stored' && (
          <>
            <span aria-hidden="true">✓ </span>
            <strong>{text.voted}</strong> <span class="live-stored-help">{text.votedChange}</span>
          </>
        )}
      </p>
      {status.kind === 'closed' && (
        <p class="field-error" role="alert">
          {text.lockedOrClosed}
        </p>
      )}
      {status.kind === 'refused' && (
        <p class="field-error" role="alert">
          {text.refused} {status.message}
        </p>
      )}
      {waiting && (
        <button type="button" class="button button-secondary" onClick={onRetryNow}>
          {text.retryNow}
        </button>
      )}
    </div>
  );
}
