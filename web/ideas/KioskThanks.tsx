import { useEffect, useState } from 'preact/hooks';
import { useText } from '../shared/i18n/lang.ts';
import { useFocusOnShow } from '../shared/ui/focus.ts';
import { ideasText } from './text.ts';

/** Seconds between two contributions on a kiosk: a short pause against flooding. */
export const KIOSK_PAUSE_SECONDS = 5;

/** Thanks after a contribution (with the receipt, for an idea), then « Continuer » once the pause is over. */
export function KioskThanks({ receipt, onContinue, onDone }: { receipt: string | null; onContinue: () => void; onDone: () => void }) {
  const text = useText(ideasText);
  const heading = useFocusOnShow<HTMLHeadingElement>();
  const [left, setLeft] = useState(KIOSK_PAUSE_SECONDS);
  useEffect(() => {
    const timer = setInterval(() => setLeft((n) => Math.max(0, n - 1)), 1000);
    return () => clearInterval(timer);
  }, []);
  const waiting = left > 0;
  return (
    <section class="box-card kiosk-thanks" aria-labelledby="kiosk-thanks-title" data-testid="kiosk-thanks">
      <h2 id="kiosk-thanks-title" ref={heading} tabIndex={-1}>
        <span aria-hidden="true">✓ </span>
        {text.kioskThanks}
      </h2>
      <p>{receipt ? text.kioskThanksIdea : text.kioskThanksSupport}</p>
      {receipt && (
        <>
          <p class="idea-label" id="kiosk-receipt-label">
            {text.receiptLabel}
          </p>
          <p class="receipt-code" aria-labelledby="kiosk-receipt-label" data-testid="receipt-code">
            {receipt}
          </p>
          <p class="hint">{text.receiptHelp}</p>
        </>
      )}
      <p class="hint" aria-hidden={!waiting}>
        {waiting ? text.kioskPause(left) : ''}
      </p>
      <p class="idea-sent-actions">
        <button type="button" class="button" aria-disabled={waiting ? 'true' : undefined} onClick={() => !waiting && onContinue()}>
          {text.kioskContinue}
        </button>
        <button type="button" class="button button-secondary" onClick={onDone}>
          {text.kioskDone}
        </button>
      </p>
    </section>
  );
}
