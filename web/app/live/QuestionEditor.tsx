import { useText } from '../../shared/i18n/lang.ts';
import { Field } from '../ui/Field.tsx';
import { fieldId, hasOptions, newId, type FormQuestion } from './form-model.ts';
import { liveConsoleText } from './text.ts';

/** One question of a live session being built: its type, wording, options and place in the list. */
type EditorProps = {
  q: FormQuestion;
  index: number;
  count: number;
  err: (path: string) => string | undefined;
  groupError: (path: string) => preact.ComponentChildren;
  readOnly: boolean;
  onChange: (patch: Partial<FormQuestion>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

export function QuestionEditor({ q, index, count, err, groupError, readOnly, onChange, onMove, onRemove }: EditorProps) {
  const text = useText(liveConsoleText);
  const n = index + 1;
  const path = (name: string) => `questions.${index}.${name}`;
  const headingId = `live-q-${q.id}-heading`;
  return (
    <fieldset class="fieldset fieldset-plain" aria-labelledby={headingId} disabled={readOnly}>
      <div class="live-question-head">
        <h3 id={headingId}>
          {text.questionN(n)} · {text.types[q.type]}
        </h3>
        <div class="live-question-tools">
          <button
            type="button"
            class="button button-secondary button-small"
            aria-disabled={index === 0 ? 'true' : undefined}
            onClick={() => index > 0 && onMove(-1)}
          >
            <span aria-hidden="true">↑</span>
            <span class="sr-only">{text.moveUp(n)}</span>
          </button>
          <button
            type="button"
            class="button button-secondary button-small"
            aria-disabled={index === count - 1 ? 'true' : undefined}
            onClick={() => index < count - 1 && onMove(1)}
          >
            <span aria-hidden="true">↓</span>
            <span class="sr-only">{text.moveDown(n)}</span>
          </button>
          <button type="button" class="button button-danger button-small" onClick={onRemove}>
            {text.remove(n)}
          </button>
        </div>
      </div>
      <Field
        id={fieldId(path('label'))}
        label={text.questionLabel(n)}
        value={q.label}
        onInput={(label) => onChange({ label })}
        error={err(path('label'))}
        required
      />
      {hasOptions(q.type) && (
        <div id={`${fieldId(path('options'))}-field`} class="live-options" tabIndex={-1}>
          <p class="field-label">{text.options}</p>
          {groupError(path('options'))}
          {q.options.map((option, j) => (
            <div class="live-option-row" key={option.id}>
              <Field
                id={fieldId(path(`options.${j}.label`))}
                label={text.optionLabel(n, j + 1)}
                value={option.label}
                onInput={(label) => onChange({ options: q.options.map((o, k) => (k === j ? { ...o, label } : o)) })}
                error={err(path(`options.${j}.label`))}
              />
              <button type="button" class="button button-secondary button-small" onClick={() => onChange({ options: q.options.filter((_, k) => k !== j) })}>
                <span aria-hidden="true">✕</span>
                <span class="sr-only">{text.removeOption(n, j + 1)}</span>
              </button>
            </div>
          ))}
          <button
            type="button"
            class="button button-secondary button-small"
            onClick={() => onChange({ options: [...q.options, { id: newId('o'), label: '' }] })}
          >
            {text.addOption}
          </button>
        </div>
      )}
      {q.type === 'multiple' && (
        <Field
          id={fieldId(path('maxSelections'))}
          label={text.maxSelections}
          type="number"
          value={q.maxSelections}
          onInput={(maxSelections) => onChange({ maxSelections })}
          error={err(path('maxSelections'))}
          class="field-short"
        />
      )}
      {q.type === 'dots' && (
        <Field
          id={fieldId(path('points'))}
          label={text.points}
          type="number"
          value={q.points}
          onInput={(points) => onChange({ points })}
          error={err(path('points'))}
          class="field-short"
        />
      )}
      {q.type === 'scale' && (
        <div class="live-scale-fields">
          <Field
            id={fieldId(path('min'))}
            label={text.min}
            type="number"
            value={q.min}
            onInput={(min) => onChange({ min })}
            error={err(path('min'))}
            class="field-short"
          />
          <Field
            id={fieldId(path('max'))}
            label={text.max}
            type="number"
            value={q.max}
            onInput={(max) => onChange({ max })}
            error={err(path('max'))}
            class="field-short"
          />
          <Field
            id={fieldId(path('minLabel'))}
            label={text.minLabel}
            value={q.minLabel}
            onInput={(minLabel) => onChange({ minLabel })}
            error={err(path('minLabel'))}
          />
          <Field
            id={fieldId(path('maxLabel'))}
            label={text.maxLabel}
            value={q.maxLabel}
            onInput={(maxLabel) => onChange({ maxLabel })}
            error={err(path('maxLabel'))}
          />
        </div>
      )}
      {q.type === 'words' && (
        <Field
          id={fieldId(path('maxWords'))}
          label={text.maxWords}
          type="number"
          value={q.maxWords}
          onInput={(maxWords) => onChange({ maxWords })}
          error={err(path('maxWords'))}
          class="field-short"
        />
      )}
      {q.type === 'survey_results' && (
        <Field
          id={fieldId(path('surveySlug'))}
          label={text.surveySlug}
          hint={text.surveySlugHint}
          value={q.surveySlug}
          onInput={(surveySlug) => onChange({ surveySlug })}
          error={err(path('surveySlug'))}
        />
      )}
    </fieldset>
  );
}
