import type { LiveQuestion } from '../../schema/live.ts';
import { formatNumber } from '../shared/i18n/format.ts';
import { useText, type Lang } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { DotsInput } from './DotsInput.tsx';
import { toggleChoice, type Dots, type Draft } from './model.ts';
import { RankingInput } from './RankingInput.tsx';
import { liveText } from './text.ts';

export type RankingConsent = { untouched: boolean; confirmed: boolean; onConfirm: (confirmed: boolean) => void };
type Props = { question: LiveQuestion; id: string; draft: Draft; onChange: (draft: Draft) => void; ranking: RankingConsent; lang: Lang };

/** The input a question's type needs, holding the draft vote. */
export function BallotInputs({ question, id, draft, onChange, ranking, lang }: Props) {
  const text = useText(liveText);
  switch (question.type) {
    case 'single':
      return (
        <div class="options">
          {question.options.map((o) => (
            <label key={o.id} class="option">
              <input type="radio" name={id} checked={draft === o.id} onChange={() => onChange(o.id)} />
              <span class="option-text">{surveyText(o.label, lang)}</span>
            </label>
          ))}
        </div>
      );
    case 'multiple': {
      const chosen = Array.isArray(draft) ? draft : [];
      const max = question.maxSelections;
      const full = max !== undefined && chosen.length >= max;
      return (
        <>
          {max !== undefined && (
            <p class="hint" aria-live="polite">
              {full ? text.maxReached(max) : text.chosen(chosen.length, max)}
            </p>
          )}
          <div class="options">
            {question.options.map((o) => (
              <label key={o.id} class="option">
                <input
                  type="checkbox"
                  name={id}
                  checked={chosen.includes(o.id)}
                  aria-disabled={full && !chosen.includes(o.id) ? 'true' : undefined}
                  onChange={(event) => {
                    const next = toggleChoice(chosen, o.id, max);
                    event.currentTarget.checked = next.includes(o.id);
                    onChange(next);
                  }}
                />
                <span class="option-text">{surveyText(o.label, lang)}</span>
              </label>
            ))}
          </div>
        </>
      );
    }
    case 'dots':
      return <DotsInput question={question} id={id} dots={draft as Dots} onChange={onChange} lang={lang} />;
    case 'ranking':
      return <RankingInput question={question} id={id} order={draft as string[]} onChange={onChange} lang={lang} {...ranking} />;
    case 'scale':
      return <ScaleInput question={question} id={id} value={typeof draft === 'number' ? draft : null} onChange={onChange} lang={lang} />;
    case 'words':
      return <WordsInput id={id} words={Array.isArray(draft) ? draft : []} onChange={onChange} />;
    default:
      return null;
  }
}

function ScaleInput({
  question,
  id,
  value,
  onChange,
  lang,
}: {
  question: Extract<LiveQuestion, { type: 'scale' }>;
  id: string;
  value: number | null;
  onChange: (n: number) => void;
  lang: Lang;
}) {
  const points: number[] = [];
  for (let n = question.min; n <= question.max; n++) points.push(n);
  const minLabel = question.minLabel && surveyText(question.minLabel, lang);
  const maxLabel = question.maxLabel && surveyText(question.maxLabel, lang);
  return (
    <>
      <div class="scale-row">
        {points.map((n) => {
          const named = n === question.min ? minLabel : n === question.max ? maxLabel : undefined;
          return (
            <label key={n} class="scale-point">
              <input type="radio" name={id} checked={value === n} aria-label={named ? `${n}, ${named}` : undefined} onChange={() => onChange(n)} />
              <span class="scale-number">{formatNumber(lang, n)}</span>
            </label>
          );
        })}
      </div>
      {(minLabel || maxLabel) && (
        <p class="live-scale-ends" aria-hidden="true">
          <span>
            {formatNumber(lang, question.min)} {minLabel}
          </span>
          <span>
            {formatNumber(lang, question.max)} {maxLabel}
          </span>
        </p>
      )}
    </>
  );
}

function WordsInput({ id, words, onChange }: { id: string; words: string[]; onChange: (words: string[]) => void }) {
  const text = useText(liveText);
  return (
    <>
      <p class="hint" id={`${id}-words-hint`}>
        {text.wordsHint(words.length)}
      </p>
      {words.map((word, i) => (
        <div class="live-field" key={i}>
          <label class="live-label" for={`${id}-w${i}`}>
            {text.word(i + 1)}
          </label>
          <input
            id={`${id}-w${i}`}
            class="live-input"
            value={word}
            maxLength={40}
            autoComplete="off"
            aria-describedby={`${id}-words-hint`}
            onInput={(e) => onChange(words.map((w, j) => (j === i ? e.currentTarget.value : w)))}
          />
        </div>
      ))}
    </>
  );
}
