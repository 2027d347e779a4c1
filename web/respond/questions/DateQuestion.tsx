import type { WidgetProps } from './types.ts';

/** The browser's own date field: typed digit by digit, or picked from its calendar. */
export function DateQuestion({ question, value, onChange, ids, invalid, disabled }: WidgetProps<'date'>) {
  return (
    <input
      id={ids.control}
      type="date"
      class="input input-date"
      min={question.min}
      max={question.max}
      value={disabled || typeof value !== 'string' ? '' : value}
      disabled={disabled}
      aria-invalid={invalid || undefined}
      aria-required={question.required || undefined}
      aria-describedby={ids.describedBy}
      onInput={(event) => onChange(event.currentTarget.value || undefined)}
    />
  );
}
