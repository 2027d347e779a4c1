import type { ComponentChildren } from 'preact';
import { CheckboxRow } from '../../ui/CheckboxRow.tsx';
import { describedBy } from '../../ui/describedBy.ts';
import { FieldHint } from '../../ui/FieldHint.tsx';
import { fieldIds } from '../../ui/fieldLook.ts';
import { lockedBy } from '../../ui/lock.ts';
import { useFieldErrors } from '../context.ts';
import { domId } from '../model/paths.ts';
import { FieldErrors } from './FieldErrors.tsx';
import { useEditorLook } from './look.ts';
import { useLock } from './useLock.ts';

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
  const look = useEditorLook();
  const { hintId, errorId } = fieldIds(id, look);
  const warningId = `${id}-warning`;
  const errors = useFieldErrors(fieldKey);
  const lock = useLock('structure');
  return (
    <div class="ed-check">
      <FieldErrors id={errorId} messages={errors} />
      <CheckboxRow
        class="ed-check-row"
        id={id}
        label={label}
        checked={checked}
        disabled={disabled || lock.locked}
        describedBy={describedBy(errors.length > 0 && errorId, help && hintId, !!warning && warningId, lockedBy(lock))}
        onChange={onChange}
      />
      {help && (
        <FieldHint id={hintId} class={`${look.hint} ed-check-help`}>
          {help}
        </FieldHint>
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
