import { useLang, useText } from '../../shared/i18n/lang.ts';
import { respondText } from '../text.ts';
import { ChoiceOption } from './ChoiceOption.tsx';
import { isFullyLabelled, scalePoints } from './scale-points.ts';
import type { WidgetProps } from './types.ts';

/**
 * A rating scale as radios. Numbered scales show a row of large numbers with the labelled points
 * written underneath; each radio's name still carries its label for screen readers.
 */
export function ScaleQuestion({ question, value, onChange, ids }: WidgetProps<'scale'>) {
  const lang = useLang();
  const text = useText(respondText);
  const points = scalePoints(question, lang);
  const pna = question.preferNotToAnswer && (
    <ChoiceOption type="radio" name={ids.container} checked={value === null} onChange={() => onChange(null)} class="option-pna">
      {text.preferNot}
    </ChoiceOption>
  );

  if (isFullyLabelled(points))
    return (
      <div class="options">
        {points.map((point) => (
          <ChoiceOption key={point.value} type="radio" name={ids.container} checked={value === point.value} onChange={() => onChange(point.value)}>
            {point.label}
          </ChoiceOption>
        ))}
        {pna}
      </div>
    );

  const labelled = points.filter((point) => point.label);
  return (
    <>
      <div class="scale-row">
        {points.map((point) => (
          <label key={point.value} class="scale-point">
            <input
              type="radio"
              name={ids.container}
              checked={value === point.value}
              aria-label={point.label ? `${point.value}, ${point.label}` : undefined}
              onChange={() => onChange(point.value)}
            />
            <span class="scale-number">{point.value}</span>
          </label>
        ))}
      </div>
      {labelled.length > 0 && (
        <ul class="scale-legend" aria-hidden="true">
          {labelled.map((point) => (
            <li key={point.value}>
              <strong>{point.value}</strong> {point.label}
            </li>
          ))}
        </ul>
      )}
      {pna && <div class="options">{pna}</div>}
    </>
  );
}
