import type { ComponentChildren } from 'preact';
import { ErrorList } from './ErrorList.tsx';
import { FieldHint } from './FieldHint.tsx';
import { fieldIds, formLook, type FieldLook } from './fieldLook.ts';

type Props = {
  /** The control's id: the label points at it, and the hint's and error list's ids follow from it (fieldIds). */
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  /** Its problems, listed above the control; none for a control that cannot be wrong (a list to pick from). */
  errors?: readonly string[];
  look?: FieldLook;
  /** The wrapper's own id and classes. */
  frameId?: string;
  class: string;
  children: ComponentChildren;
};

/** A field's anatomy: its label, hint and problems above its control, which points at them with aria-describedby. */
export function FieldFrame({ id, label, hint, errors = [], look = formLook, frameId, class: className, children }: Props) {
  const { hintId, errorId } = fieldIds(id, look);
  return (
    <div id={frameId} class={className}>
      <label for={id} class={look.label}>
        {label}
      </label>
      {hint && (
        <FieldHint id={hintId} class={look.hint} tag={look.hintTag}>
          {hint}
        </FieldHint>
      )}
      <ErrorList id={errorId} messages={errors} class={look.error} prefix={look.errorPrefix} />
      {children}
    </div>
  );
}
