import { useState } from 'preact/hooks';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { respondText } from '../text.ts';
import { ChoiceOption } from './ChoiceOption.tsx';
import type { WidgetProps } from './types.ts';

/** Checkboxes; past `maxSelections`, a new tick is undone and the reason announced. */
export function MultipleChoice({ question, value, onChange, ids, invalid, disabled }: WidgetProps<'multiple'>) {
  const lang = useLang();
  const text = useText(respondText);
  const [blocked, setBlocked] = useState(false);
  const chosen = Array.isArray(value) ? value : [];
  const max = question.maxSelections;

  const toggle = (id: string, input: HTMLInputElement) => {
    if (input.checked && max !== undefined && chosen.length >= max) {
      input.checked = false;
      setBlocked(true);
      return;
    }
    setBlocked(false);
    const next = question.options.map((o) => o.id).filter((o) => (o === id ? input.checked : chosen.includes(o)));
    onChange(next.length ? next : undefined);
  };

  return (
    <>
      <div class="options">
        {question.options.map((option) => (
          <ChoiceOption
            key={option.id}
            type="checkbox"
            name={ids.container}
            checked={chosen.includes(option.id)}
            disabled={disabled}
            invalid={invalid}
            onChange={(event) => toggle(option.id, event.currentTarget)}
          >
            {surveyText(option.label, lang)}
          </ChoiceOption>
        ))}
      </div>
      {max !== undefined && (
        <p class={blocked ? 'choice-count choice-count-blocked' : 'choice-count'} role="status">
          {blocked ? text.maxReached(max) : text.chosenCount(chosen.length, max)}
        </p>
      )}
    </>
  );
}
