import { useText } from '../../../shared/i18n/lang.ts';
import { editorText } from '../text.ts';

/** The problems with a field, right above it, read with it (the field points here with aria-describedby). */
export function FieldErrors({ id, messages }: { id: string; messages: string[] }) {
  const text = useText(editorText);
  if (!messages.length) return null;
  return (
    <p id={id} class="ed-error">
      <span class="sr-only">{text.errorPrefix} </span>
      {messages.join(' ')}
    </p>
  );
}

/** The ids to list in aria-describedby, without the absent ones. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
