import { useLang, useText } from '../../shared/i18n/lang.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { respondText } from '../text.ts';
import type { WidgetProps } from './types.ts';

/** A one-line answer. */
export function ShortTextQuestion({ question, value, onChange, ids, invalid, disabled }: WidgetProps<'short_text'>) {
  return (
    <input
      id={ids.control}
      type="text"
      class="input"
      autoComplete="off"
      maxLength={question.maxLength}
      value={disabled || typeof value !== 'string' ? '' : value}
      disabled={disabled}
      aria-invalid={invalid || undefined}
      aria-required={question.required || undefined}
      aria-describedby={ids.describedBy}
      onInput={(event) => onChange(event.currentTarget.value || undefined)}
    />
  );
}

/** Remaining characters are spoken only near the limit, not at every keystroke. */
const ANNOUNCE_BELOW = 50;

/** A free answer with a character counter. */
export function LongTextQuestion({ question, value, onChange, ids, invalid, disabled }: WidgetProps<'long_text'>) {
  const lang = useLang();
  const text = useText(respondText);
  const current = disabled || typeof value !== 'string' ? '' : value;
  const left = question.maxLength - current.length;
  const counterId = `${ids.container}-counter`;
  return (
    <>
      <textarea
        id={ids.control}
        class="input textarea"
        rows={5}
        maxLength={question.maxLength}
        value={current}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-required={question.required || undefined}
        aria-describedby={[ids.describedBy, counterId].filter(Boolean).join(' ')}
        onInput={(event) => onChange(event.currentTarget.value || undefined)}
      />
      <p id={counterId} class="counter">
        {text.charactersLeft(formatNumber(lang, current.length), formatNumber(lang, question.maxLength))}
      </p>
      <p class="sr-only" aria-live="polite">
        {left < ANNOUNCE_BELOW ? text.fewLeft(left) : ''}
      </p>
    </>
  );
}
