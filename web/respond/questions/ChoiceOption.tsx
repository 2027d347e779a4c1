import type { ComponentChildren } from 'preact';

type Props = {
  type: 'radio' | 'checkbox';
  name: string;
  checked: boolean;
  disabled?: boolean;
  invalid?: boolean;
  onChange: (event: Event & { currentTarget: HTMLInputElement }) => void;
  class?: string;
  children: ComponentChildren;
};

/** One radio or checkbox as a large, tappable card; the native input keeps keyboard and screen-reader behaviour. */
export function ChoiceOption({ type, name, checked, disabled, invalid, onChange, class: extra, children }: Props) {
  return (
    <label class={`option ${extra ?? ''}`}>
      <input
        type={type}
        name={name}
        checked={checked}
        disabled={disabled}
        aria-invalid={type === 'checkbox' && invalid ? true : undefined}
        onChange={onChange}
      />
      <span class="option-text">{children}</span>
    </label>
  );
}
