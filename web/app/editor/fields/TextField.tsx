import { LOCK_REASON_ID, useEditor, useFieldErrors } from '../context.ts';
import { domId } from '../model/paths.ts';
import { describedBy } from './FieldErrors.tsx';
import { FieldFrame } from './FieldFrame.tsx';

type Props = {
  fieldKey: string;
  label: string;
  help?: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date';
  /** Shown before the input, e.g. the address the slug completes. */
  prefix?: string;
  autoComplete?: string;
  spellcheck?: boolean;
  /** Wording (a contact), which may change after responses; otherwise a setting, locked with the structure. */
  wording?: boolean;
};

/** One labelled input that is not translated (slug, contact, dates). */
export function TextField({ fieldKey, label, help, value, onChange, type = 'text', prefix, autoComplete = 'off', spellcheck, wording = false }: Props) {
  const id = domId(fieldKey);
  const helpId = help ? `${id}-help` : undefined;
  const errorId = `${id}-error`;
  const errors = useFieldErrors(fieldKey);
  const { readOnly, structureLocked } = useEditor();
  const locked = wording ? readOnly : structureLocked;
  const common = {
    id,
    value,
    readOnly: locked,
    'aria-invalid': errors.length > 0 || undefined,
    'aria-describedby': describedBy(errors.length > 0 && errorId, helpId, locked && LOCK_REASON_ID),
    onInput: (event: Event) => onChange((event.currentTarget as HTMLInputElement).value),
  };
  const input =
    type === 'date' ? (
      <input type="date" class="input ed-input-date" {...common} />
    ) : (
      <input type="text" class="input" autoComplete={autoComplete} spellcheck={spellcheck} {...common} />
    );
  return (
    <FieldFrame id={id} label={label} help={help} messages={errors}>
      {prefix ? (
        <div class="ed-prefixed">
          <span class="ed-prefix" aria-hidden="true">
            {prefix}
          </span>
          {input}
        </div>
      ) : (
        input
      )}
    </FieldFrame>
  );
}
