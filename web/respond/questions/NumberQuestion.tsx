import { useEffect, useState } from 'preact/hooks';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { useLang } from '../../shared/i18n/lang.ts';
import { displayNumber, parseNumber } from './number-text.ts';
import type { WidgetProps } from './types.ts';

/**
 * A text field with a numeric keyboard (not type=number, whose wheel and locale quirks change values
 * by accident). What is typed is kept as typed, so "1,50" does not jump to "1,5" mid-entry.
 */
export function NumberQuestion({ question, value, onChange, ids, invalid, disabled }: WidgetProps<'number'>) {
  const lang = useLang();
  const [text, setText] = useState(() => displayNumber(value, lang));
  useEffect(() => {
    if (parseNumber(text) !== value && !(value === undefined && text.trim() === '')) setText(displayNumber(value, lang));
  }, [value]);

  const unit = question.unit && surveyText(question.unit, lang);
  const unitId = `${ids.container}-unit`;
  return (
    <div class="number-field">
      <input
        id={ids.control}
        type="text"
        inputMode={question.integer && (question.min ?? 0) >= 0 ? 'numeric' : 'decimal'}
        autoComplete="off"
        class="input input-number"
        value={disabled ? '' : text}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-required={question.required || undefined}
        aria-describedby={[ids.describedBy, unit && unitId].filter(Boolean).join(' ') || undefined}
        onInput={(event) => {
          const typed = event.currentTarget.value;
          setText(typed);
          onChange(parseNumber(typed));
        }}
      />
      {unit && (
        <span id={unitId} class="unit">
          {unit}
        </span>
      )}
    </div>
  );
}
