import { describedBy } from '../../ui/describedBy.ts';
import { FieldFrame } from '../../ui/FieldFrame.tsx';
import { fieldIds } from '../../ui/fieldLook.ts';
import { lockedBy } from '../../ui/lock.ts';
import { useFieldErrors } from '../context.ts';
import { domId } from '../model/paths.ts';
import { useEditorLook } from './look.ts';
import { useLock } from './useLock.ts';

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
  const look = useEditorLook();
  const { hintId, errorId } = fieldIds(id, look);
  const errors = useFieldErrors(fieldKey);
  const lock = useLock(wording ? 'wording' : 'structure');
  const common = {
    id,
    value,
    readOnly: lock.locked,
    'aria-invalid': errors.length > 0 || undefined,
    'aria-describedby': describedBy(errors.length > 0 && errorId, help && hintId, lockedBy(lock)),
    onInput: (event: Event) => onChange((event.currentTarget as HTMLInputElement).value),
  };
  const input =
    type === 'date' ? (
      <input type="date" class="input ed-input-date" {...common} />
    ) : (
      <input type="text" class="input" autoComplete={autoComplete} spellcheck={spellcheck} {...common} />
    );
  return (
    <FieldFrame id={id} label={label} hint={help} errors={errors} look={look} class="ed-field">
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
