import { commonText } from '../../shared/i18n/common-text.ts';
import { useText } from '../../shared/i18n/lang.ts';

type Props = {
  id: string;
  messages: readonly string[];
  class?: string;
  /** Read before them (FieldLook's errorPrefix); the common « Erreur : » otherwise. */
  prefix?: string;
};

/** A field's problems, right above its control and read with it (the control points here with aria-describedby); nothing while there are none. */
export function ErrorList({ id, messages, class: className = 'field-error', prefix }: Props) {
  const common = useText(commonText);
  if (!messages.length) return null;
  return (
    <p id={id} class={className}>
      <span class="sr-only">{prefix ?? common.errorPrefix} </span>
      {messages.join(' ')}
    </p>
  );
}
