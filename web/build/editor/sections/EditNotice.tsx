import { useText } from '../../../shared/i18n/lang.ts';
import { editorText } from '../text.ts';

type Props = { reason: 'frozen' | 'readOnly'; responses: number | null };

/** Why nothing can be changed here: responses already collected, or a role that only reads. */
export function EditNotice({ reason, responses }: Props) {
  const text = useText(editorText);
  return (
    <section class="ed-notice" aria-labelledby="ed-notice-title">
      <h2 id="ed-notice-title">{reason === 'frozen' ? text.frozenTitle : text.readOnlyTitle}</h2>
      <p>{reason === 'readOnly' ? text.readOnly : responses ? text.frozen(responses) : text.frozenUnknown}</p>
    </section>
  );
}
