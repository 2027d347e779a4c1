import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useText } from '../../shared/i18n/lang.ts';
import { describedBy } from './describedBy.ts';
import { FieldFrame } from './FieldFrame.tsx';
import { fieldIds, formLook } from './fieldLook.ts';
import { uiText } from './text.ts';

export type FieldProps = {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'number' | 'url';
  hint?: ComponentChildren;
  error?: string;
  autoComplete?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'text' | 'email';
  min?: number;
  max?: number;
  /** Extra control after the input (a show/hide button). */
  after?: ComponentChildren;
  describedBy?: string;
  spellcheck?: boolean;
  class?: string;
};

/** A labelled input; its hint and its error are read with it (aria-describedby), the error marks it invalid. */
export function Field({
  id,
  label,
  value,
  onInput,
  type = 'text',
  hint,
  error,
  autoComplete,
  required,
  inputMode,
  min,
  max,
  after,
  describedBy: more,
  spellcheck,
  class: className,
}: FieldProps) {
  const text = useText(uiText);
  const { hintId, errorId } = fieldIds(id, formLook);
  const frameClass = `field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`;
  const fieldLabel = (
    <>
      {label}
      {required && <span class="field-required"> ({text.required})</span>}
    </>
  );
  return (
    <FieldFrame id={id} frameId={`${id}-field`} class={frameClass} label={fieldLabel} hint={hint} errors={error ? [error] : []}>
      <div class={after ? 'field-row' : undefined}>
        <input
          id={id}
          name={id}
          class="input"
          type={type as 'text'}
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
          autoComplete={autoComplete}
          required={required}
          aria-required={required ? 'true' : undefined}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(error && errorId, hint ? hintId : undefined, more)}
          inputMode={inputMode}
          min={min}
          max={max}
          spellcheck={spellcheck}
        />
        {after}
      </div>
    </FieldFrame>
  );
}

type PasswordProps = Omit<FieldProps, 'type' | 'after'> & { rules?: boolean };

/** A password with a show/hide button and, for a new password, its one rule and how far along it is. */
export function PasswordField({ rules, hint, ...props }: PasswordProps) {
  const text = useText(uiText);
  const [visible, setVisible] = useState(false);
  const length = [...props.value].length;
  const statusId = `${props.id}-length`;
  return (
    <>
      <Field
        {...props}
        type={visible ? 'text' : 'password'}
        spellcheck={false}
        hint={rules ? (hint ?? text.passwordRules) : hint}
        describedBy={rules ? statusId : undefined}
        after={
          <button type="button" class="button button-secondary field-toggle" aria-controls={props.id} onClick={() => setVisible(!visible)}>
            {visible ? text.hide : text.show}
            <span class="sr-only"> {text.thePassword}</span>
          </button>
        }
      />
      {rules && (
        <p id={statusId} class={length >= 12 ? 'password-meter password-meter-ok' : 'password-meter'}>
          <span class="password-meter-icon" aria-hidden="true">
            {length >= 12 ? '✓' : '•'}
          </span>
          {length >= 12 ? text.passwordOk : text.passwordLength(length)}
        </p>
      )}
    </>
  );
}
