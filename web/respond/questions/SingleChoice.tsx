import { surveyText } from '../../shared/i18n/survey-text.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { respondText } from '../text.ts';
import { ChoiceOption } from './ChoiceOption.tsx';
import type { WidgetProps } from './types.ts';

/** Radios: Tab enters the group, arrow keys move the choice. */
export function SingleChoice({ question, value, onChange, ids }: WidgetProps<'single'>) {
  const lang = useLang();
  const text = useText(respondText);
  return (
    <div class="options">
      {question.options.map((option) => (
        <ChoiceOption key={option.id} type="radio" name={ids.container} checked={value === option.id} onChange={() => onChange(option.id)}>
          {surveyText(option.label, lang)}
        </ChoiceOption>
      ))}
      {question.preferNotToAnswer && (
        <ChoiceOption type="radio" name={ids.container} checked={value === null} onChange={() => onChange(null)} class="option-pna">
          {text.preferNot}
        </ChoiceOption>
      )}
    </div>
  );
}
