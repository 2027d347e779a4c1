import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { commonText } from '../../shared/i18n/common-text.ts';
import { useText } from '../../shared/i18n/lang.ts';
import { uiText } from './text.ts';

type FieldProps = {
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
  describedBy,
  spellcheck,
  class: className,
}: FieldProps) {
  const text = useText(uiText);
  const common = useText(commonText);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const described = [errorId, hintId, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div id={`${id}-field`} class={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label for={id} class="field-label">
        {label}
        {required && <span class="field-required"> ({text.required})</span>}
      </label>
      {hint && (
        <div id={hintId} class="field-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} class="field-error">
          <span class="sr-only">{common.errorPrefix} </span>
          {error}
        </p>
      )}
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
          aria-describedby={described}
          inputMode={inputMode}
          min={min}
          max={max}
          spellcheck={spellcheck}
        />
        {after}
      </div>
    </div>
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
