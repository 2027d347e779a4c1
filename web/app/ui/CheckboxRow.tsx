import type { ComponentChildren } from 'preact';

type Props = {
  id: string;
  label: ComponentChildren;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  /** Its explanation, problems or warning elsewhere, read with it. */
  describedBy?: string;
  /** The row's look: the app's `.checkbox-row` (forms.css) unless told. */
  class?: string;
};

/** One labelled checkbox (the app's `.checkbox-row`: box and label on one line, a 44px target). */
export function CheckboxRow({ id, label, checked, disabled, onChange, describedBy, class: className = 'checkbox-row' }: Props) {
  return (
    <div class={className}>
      <input id={id} type="checkbox" checked={checked} disabled={disabled} aria-describedby={describedBy} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
    </div>
  );
}
