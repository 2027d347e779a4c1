import { commonText } from '../i18n/common-text.ts';
import { useText } from '../i18n/lang.ts';

/**
 * « Envoi en cours… nouvel essai dans N s », with its spinner, inside a status region (answers, votes,
 * ideas). The ticking seconds are hidden from screen readers, or every second would be read aloud;
 * they hear that it will try again.
 */
export function SendingNote({ label, left }: { label: string; left: number | null }) {
  const text = useText(commonText);
  return (
    <>
      <span class="spinner" aria-hidden="true" />
      {label}
      {left !== null && <span aria-hidden="true"> {text.retryIn(left)}</span>}
      {left !== null && <span class="sr-only"> {text.retryingHidden}</span>}
    </>
  );
}
