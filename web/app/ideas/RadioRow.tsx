/** One radio of a fieldset, its help read with it (the app's `.radio` rows: the whole row is the target). */
export function RadioRow({
  id,
  name,
  checked,
  title,
  help,
  onChange,
}: {
  id: string;
  name: string;
  checked: boolean;
  title: string;
  help?: string;
  onChange: () => void;
}) {
  return (
    <div class="radio">
      <input id={id} type="radio" name={name} checked={checked} onChange={onChange} aria-describedby={help ? `${id}-help` : undefined} />
      <label for={id}>
        <span class="radio-title">{title}</span>
        {help && (
          <span id={`${id}-help`} class="radio-help">
            {help}
          </span>
        )}
      </label>
    </div>
  );
}
