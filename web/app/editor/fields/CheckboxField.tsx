import type { ComponentChildren } from 'preact';
import { LOCK_REASON_ID, useEditor, useFieldErrors } from '../context.ts';
import { domId } from '../model/paths.ts';
import { describedBy, FieldErrors } from './FieldErrors.tsx';

type Props = {
  fieldKey: string;
  label: ComponentChildren;
  help?: string;
  /** Said when the box is in a risky state; announced politely as it appears. */
  warning?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
};

/** A checkbox (a rule or a setting: off once the structure is locked) with its explanation under the label, read with it, and a warning when it is in a risky state. */
export function CheckboxField({ fieldKey, label, help, warning, checked, onChange, disabled }: Props) {
  const id = domId(fieldKey);
  const helpId = help ? `${id}-help` : undefined;
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const errors = useFieldErrors(fieldKey);
  const { structureLocked } = useEditor();
  return (
    <div class="ed-check">
      <FieldErrors id={errorId} messages={errors} />
      <div class="ed-check-row">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled || structureLocked}
          aria-describedby={describedBy(errors.length > 0 && errorId, helpId, !!warning && warningId, structureLocked && LOCK_REASON_ID)}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <label for={id}>{label}</label>
      </div>
      {help && (
        <p id={helpId} class="ed-help ed-check-help">
          {help}
        </p>
      )}
      <div aria-live="polite" class="ed-check-help">
        {warning && (
          <p id={warningId} class="ed-note" data-testid="checkbox-warning">
            {warning}
          </p>
        )}
      </div>
    </div>
  );
}
