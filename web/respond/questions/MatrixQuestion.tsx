import { surveyText } from '../../shared/i18n/survey-text.ts';
import type { MatrixAnswer } from '../../../schema/answers.ts';
import { useLang } from '../../shared/i18n/lang.ts';
import { scalePoints } from './scale-points.ts';
import type { WidgetProps } from './types.ts';

/**
 * One radio group per row, each a fieldset named by its statement. Phones list each row's choices;
 * wide screens line them up under a shared header, the choice names staying on every radio.
 */
export function MatrixQuestion({ question, value, onChange, ids, invalid, disabled }: WidgetProps<'matrix'>) {
  const lang = useLang();
  const points = scalePoints(question.scale, lang);
  const answer: MatrixAnswer = value && typeof value === 'object' && !Array.isArray(value) ? value : {};

  const choose = (item: string, point: number) => onChange({ ...answer, [item]: point });

  return (
    <div class="matrix">
      <div class="matrix-head" aria-hidden="true">
        {points.map((point) => (
          <span key={point.value}>{point.label || point.value}</span>
        ))}
      </div>
      {question.items.map((item) => (
        <fieldset
          key={item.id}
          class="matrix-row"
          role="radiogroup"
          aria-invalid={invalid && answer[item.id] === undefined ? true : undefined}
          aria-required={question.required || undefined}
          disabled={disabled}
        >
          <legend>{surveyText(item.label, lang)}</legend>
          <div class="matrix-options">
            {points.map((point) => (
              <label key={point.value} class="matrix-option">
                <input
                  type="radio"
                  name={`${ids.container}-${item.id}`}
                  checked={answer[item.id] === point.value}
                  onChange={() => choose(item.id, point.value)}
                />
                <span class="matrix-option-text">{point.label || point.value}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
