import { useText } from '../../../shared/i18n/lang.ts';
import { LOCK_REASON_ID } from '../context.ts';
import { editorText } from '../text.ts';

type Props = { reason: 'answered' | 'readOnly' };

/**
 * Why some controls are off: the survey has had responses (its wording alone may change), or a role
 * that only reads. The short reason is what each control that is off points to (aria-describedby).
 */
export function EditNotice({ reason }: Props) {
  const text = useText(editorText);
  return (
    <section class="ed-notice" aria-labelledby="ed-notice-title">
      <h2 id="ed-notice-title">{reason === 'answered' ? text.answeredTitle : text.readOnlyTitle}</h2>
      <p id={LOCK_REASON_ID}>{reason === 'answered' ? text.lockReason : text.readOnly}</p>
      {reason === 'answered' && <p>{text.answeredHelp}</p>}
    </section>
  );
}
