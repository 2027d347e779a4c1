import { useState } from 'preact/hooks';
import { useText } from '../shared/i18n/lang.ts';
import { useFocusOnShow } from '../shared/ui/focus.ts';
import { ideasText } from './text.ts';

/** After sending: thanks, and the receipt code, shown this once. Takes focus so that it is read out. */
export function ReceiptCard({ receipt, kept, followHref, onAnother }: { receipt: string; kept: boolean; followHref?: string; onAnother: () => void }) {
  const text = useText(ideasText);
  const heading = useFocusOnShow<HTMLHeadingElement>(receipt);
  const [copied, setCopied] = useState(false);
  return (
    <section class="idea-sent" aria-labelledby="idea-sent-title" data-testid="idea-sent">
      <h2 id="idea-sent-title" ref={heading} tabIndex={-1}>
        <span aria-hidden="true">✓ </span>
        {text.sentTitle}
      </h2>
      <p>{text.sentLead}</p>
      <p class="idea-label" id="receipt-label">
        {text.receiptLabel}
      </p>
      <p class="receipt-code" aria-labelledby="receipt-label" data-testid="receipt-code">
        {receipt}
      </p>
      <p class="hint">{text.receiptHelp}</p>
      {kept && <p class="hint">{text.receiptKept}</p>}
      <p class="idea-sent-actions">
        <button
          type="button"
          class="button button-secondary"
          onClick={() =>
            navigator.clipboard?.writeText(receipt).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {text.copy}
        </button>
        {followHref && (
          <a class="button button-secondary" href={followHref}>
            {text.navReceipt}
          </a>
        )}
        <button type="button" class="button" onClick={onAnother}>
          {text.another}
        </button>
      </p>
      <p role="status" class="hint">
        {copied ? text.copied : ''}
      </p>
    </section>
  );
}
