import { useEffect, useState } from 'preact/hooks';
import { useLang, useText } from '../../../shared/i18n/lang.ts';
import { describedBy } from '../../ui/describedBy.ts';
import { FieldFrame } from '../../ui/FieldFrame.tsx';
import { fieldIds } from '../../ui/fieldLook.ts';
import { lockedBy } from '../../ui/lock.ts';
import { useFieldErrors } from '../context.ts';
import { numberText, parseNumberText } from '../model/numbers.ts';
import { domId } from '../model/paths.ts';
import { editorText } from '../text.ts';
import { useEditorLook } from './look.ts';
import { useLock } from './useLock.ts';

type Props = {
  fieldKey: string;
  label: string;
  help?: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  /** Whole numbers only (most settings); decimals otherwise. */
  integer?: boolean;
  /** Whether the field may be left empty (the value then becomes undefined). */
  optional?: boolean;
  /** A refusal checked before the value reaches the draft (e.g. k below 3): the draft keeps its last good value. */
  refuse?: (value: number) => string | undefined;
};

/**
 * A number typed as text (a setting: read only once the structure is locked) (so it can be half-typed or empty), with a decimal comma in French. Text that
 * is not a number, or a value `refuse` turns down, is explained beside the field and not passed on.
 */
export function NumberField({ fieldKey, label, help, value, onChange, integer = true, optional = false, refuse }: Props) {
  const lang = useLang();
  const text = useText(editorText);
  const id = domId(fieldKey);
  const [typed, setTyped] = useState(numberText(value, lang));
  const [local, setLocal] = useState<string | undefined>();
  const errors = useFieldErrors(fieldKey);
  const lock = useLock('structure');
  const look = useEditorLook();

  // A change from elsewhere (undo, import, another language) rewrites the field, unless it already says that.
  useEffect(() => {
    const parsed = parseNumberText(typed, integer);
    const shown = parsed.kind === 'number' ? parsed.value : undefined;
    if (shown !== value && !(parsed.kind === 'invalid' && local)) {
      setTyped(numberText(value, lang));
      setLocal(undefined);
    }
  }, [value]);

  const onInput = (raw: string) => {
    setTyped(raw);
    const parsed = parseNumberText(raw, integer);
    if (parsed.kind === 'invalid') return setLocal(integer ? text.numberInvalid : text.decimalInvalid);
    if (parsed.kind === 'empty') {
      if (!optional) return setLocal(integer ? text.numberInvalid : text.decimalInvalid);
      setLocal(undefined);
      return onChange(undefined);
    }
    const refusal = refuse?.(parsed.value);
    setLocal(refusal);
    if (!refusal) onChange(parsed.value);
  };

  const messages = local ? [local] : errors;
  const { hintId, errorId } = fieldIds(id, look);
  return (
    <FieldFrame id={id} label={label} hint={help} errors={messages} look={look} class="ed-field ed-number">
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        class="input ed-input-number"
        autoComplete="off"
        value={typed}
        readOnly={lock.locked}
        aria-invalid={messages.length > 0 || undefined}
        aria-describedby={describedBy(messages.length > 0 && errorId, help && hintId, lockedBy(lock))}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </FieldFrame>
  );
}
