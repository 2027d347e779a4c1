import type { ComponentChildren } from 'preact';
import { FieldErrors } from './FieldErrors.tsx';

type Props = {
  id: string;
  label: string;
  help?: string;
  messages: string[];
  /** `ed-field` and any more (`ed-number`). */
  class?: string;
  children: ComponentChildren;
};

/** A text-like field's label, help and problems above its control, with the ids the control points at (`${id}-help`, `${id}-error`). */
export function FieldFrame({ id, label, help, messages, class: className = 'ed-field', children }: Props) {
  return (
    <div class={className}>
      <label for={id} class="ed-label">
        {label}
      </label>
      {help && (
        <p id={`${id}-help`} class="ed-help">
          {help}
        </p>
      )}
      <FieldErrors id={`${id}-error`} messages={messages} />
      {children}
    </div>
  );
}
