import type { LiveQuestion } from '../../schema/live.ts';
import { useText, type Lang } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { dotsRemaining, setDots, type Dots } from './model.ts';
import { liveText } from './text.ts';

type Props = { question: Extract<LiveQuestion, { type: 'dots' }>; id: string; dots: Dots; onChange: (d: Dots) => void; lang: Lang };

/** Points spread over the options: a stepper per option, the points left said as they change. */
export function DotsInput({ question, id, dots, onChange, lang }: Props) {
  const text = useText(liveText);
  const left = dotsRemaining(dots, question.points);
  return (
    <>
      <p class="live-points-left" aria-live="polite" id={`${id}-left`}>
        {text.pointsLeft(left, question.points)}
      </p>
      <ul class="live-dots">
        {question.options.map((o) => {
          const label = surveyText(o.label, lang);
          const value = dots[o.id] ?? 0;
          const inputId = `${id}-d-${o.id}`;
          return (
            <li key={o.id} class="live-dot-row">
              <label for={inputId} class="live-dot-label">
                {label}
              </label>
              <span class="live-stepper">
                <button
                  type="button"
                  class="icon-button"
                  aria-label={`${text.less} – ${label}`}
                  aria-disabled={value <= 0 ? 'true' : undefined}
                  onClick={() => value > 0 && onChange(setDots(dots, o.id, value - 1, question.points))}
                >
                  −
                </button>
                <input
                  id={inputId}
                  class="live-input live-dot-input"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={value + left}
                  value={value}
                  aria-describedby={`${id}-left`}
                  onInput={(e) => onChange(setDots(dots, o.id, Number(e.currentTarget.value), question.points))}
                />
                <button
                  type="button"
                  class="icon-button"
                  aria-label={`${text.more} – ${label}`}
                  aria-disabled={left <= 0 ? 'true' : undefined}
                  onClick={() => left > 0 && onChange(setDots(dots, o.id, value + 1, question.points))}
                >
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
