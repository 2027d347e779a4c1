import type { ComponentChildren } from 'preact';
import { useEditor, useFieldErrors } from '../context.ts';
import { domId } from '../model/paths.ts';
import { describedBy, FieldErrors } from './FieldErrors.tsx';

type Props = {
  fieldKey: string;
  label: ComponentChildren;
  help?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
};

/** A checkbox with its explanation under the label, read with it. */
export function CheckboxField({ fieldKey, label, help, checked, onChange, disabled }: Props) {
  const id = domId(fieldKey);
  const helpId = help ? `${id}-help` : undefined;
  const errorId = `${id}-error`;
  const errors = useFieldErrors(fieldKey);
  const { readOnly } = useEditor();
  return (
    <div class="ed-check">
      <FieldErrors id={errorId} messages={errors} />
      <div class="ed-check-row">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled || readOnly}
          aria-describedby={describedBy(errors.length > 0 && errorId, helpId)}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <label for={id}>{label}</label>
      </div>
      {help && (
        <p id={helpId} class="ed-help ed-check-help">
          {help}
        </p>
      )}
    </div>
  );
}
