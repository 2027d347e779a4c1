import { FieldFrame } from './FieldFrame.tsx';

export type Choice = { value: string; label: string };

type Props = {
  id: string;
  label: string;
  value: string;
  choices: Choice[];
  onChange: (value: string) => void;
  /** A first, empty choice that asks to pick one (« Choisir… ») or says what empty means (« Tous les collèges »). */
  prompt?: string;
  /** As wide as its choices rather than the whole line (beside a button). */
  compact?: boolean;
};

/** A labelled list to pick one value from; its wrapper is `${id}-field`, as Field's, for the problems list to point at. */
export function SelectField({ id, label, value, choices, onChange, prompt, compact }: Props) {
  return (
    <FieldFrame id={id} frameId={`${id}-field`} label={label} class="field">
      <select id={id} class={compact ? 'input select select-compact' : 'input select'} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {prompt !== undefined && <option value="">{prompt}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
