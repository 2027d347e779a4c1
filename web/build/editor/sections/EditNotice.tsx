import { useText } from '../../../shared/i18n/lang.ts';
import { editorText } from '../text.ts';

type Props = { reason: 'frozen' | 'readOnly' };

/** Why nothing can be changed here: the survey has had responses, or a role that only reads. */
export function EditNotice({ reason }: Props) {
  const text = useText(editorText);
  return (
    <section class="ed-notice" aria-labelledby="ed-notice-title">
      <h2 id="ed-notice-title">{reason === 'frozen' ? text.frozenTitle : text.readOnlyTitle}</h2>
      <p>{reason === 'readOnly' ? text.readOnly : text.frozen}</p>
    </section>
  );
}
