import { useState } from 'preact/hooks';
import { LIVE_QUESTION_TYPES, type LiveQuestionType } from '../../../schema/live.ts';
import type { ErrorItem } from '../../../schema/messages.ts';
import { useText } from '../../shared/i18n/lang.ts';
import { Field } from '../ui/Field.tsx';
import { CountField } from '../ui/CountField.tsx';
import { CheckboxRow } from '../ui/CheckboxRow.tsx';
import { FormProblems, type FieldErrors } from '../ui/FormProblems.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { fieldId, fieldOfError, hasOptions, move, newId, newQuestion, toInput, type FormQuestion, type SessionForm as Form } from './form-model.ts';
import type { SessionInput } from './live-api.ts';
import { QuestionEditor } from './QuestionEditor.tsx';
import { liveConsoleText } from './text.ts';

type Props = {
  initial: Form;
  submitLabel: string;
  busyLabel: string;
  /** Sends the input; resolves to the API's errors (empty when it worked). */
  onSubmit: (input: SessionInput) => Promise<ErrorItem[]>;
  onCancel?: () => void;
  /** Questions that were already asked: shown, not editable. */
  locked?: ReadonlySet<string>;
};

/**
 * Creates or edits a live session: title, k, colleges (label and weight), cards, then the ordered questions
 * of every type with their options. Checks are the API's: its errors land on their fields (by path), listed
 * in a summary that takes focus and is read out.
 */
export function SessionForm({ initial, submitLabel, busyLabel, onSubmit, onCancel, locked }: Props) {
  const text = useText(liveConsoleText);
  const [form, setForm] = useState<Form>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [tries, setTries] = useState(0);
  const [busy, setBusy] = useState(false);
  const [newType, setNewType] = useState<LiveQuestionType>('single');

  const update = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const setQuestion = (index: number, patch: Partial<FormQuestion>) =>
    setForm((f) => ({ ...f, questions: f.questions.map((q, i) => (i === index ? { ...q, ...patch } : q)) }));

  // The fields shown, in order, with their labels: errors are matched to them and listed in this order.
  const fields: [string, string][] = [
    [fieldId('title'), text.title],
    [fieldId('settings.k'), text.k],
  ];
  if (form.collegesOn) {
    fields.push([fieldId('settings.colleges'), text.colleges]);
    form.colleges.forEach((_, i) => {
      fields.push([fieldId(`settings.colleges.${i}.label`), text.collegeLabel(i + 1)], [fieldId(`settings.colleges.${i}.weight`), text.collegeWeight(i + 1)]);
    });
  }
  fields.push([fieldId('questions'), text.questions]);
  form.questions.forEach((q, i) => {
    const at = (name: string) => fieldId(`questions.${i}.${name}`);
    fields.push([at('label'), text.questionLabel(i + 1)]);
    if (hasOptions(q.type)) {
      fields.push([at('options'), `${text.questionN(i + 1)} – ${text.options}`]);
      q.options.forEach((_, j) => fields.push([at(`options.${j}.label`), text.optionLabel(i + 1, j + 1)]));
    }
    if (q.type === 'multiple') fields.push([at('maxSelections'), text.maxSelections]);
    if (q.type === 'dots') fields.push([at('points'), text.points]);
    if (q.type === 'scale') fields.push([at('min'), text.min], [at('max'), text.max], [at('minLabel'), text.minLabel], [at('maxLabel'), text.maxLabel]);
    if (q.type === 'words') fields.push([at('maxWords'), text.maxWords]);
    if (q.type === 'survey_results') fields.push([at('surveySlug'), text.surveySlug]);
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const problems = await onSubmit(toInput(form));
    setBusy(false);
    const known = new Set(fields.map(([id]) => id));
    const byField: FieldErrors = {};
    const rest: string[] = [];
    for (const problem of problems) {
      const id = fieldOfError(problem.path, known);
      if (id) byField[id] = byField[id] ? `${byField[id]} · ${problem.message}` : problem.message;
      else rest.push(problem.message);
    }
    setErrors(byField);
    setGeneral(rest.length ? rest.join(' · ') : null);
    setTries((n) => n + 1);
  };

  const err = (path: string) => errors[fieldId(path)];
  const groupError = (path: string) => {
    const message = err(path);
    return (
      message && (
        <p id={`${fieldId(path)}-error`} class="field-error">
          {message}
        </p>
      )
    );
  };

  return (
    <form class="live-form" onSubmit={submit} noValidate>
      <FormProblems fields={fields} errors={errors} general={general} attempt={tries} />
      <Field
        id={fieldId('title')}
        label={text.title}
        hint={text.titleHint}
        value={form.title}
        onInput={(title) => update({ title })}
        error={err('title')}
        required
      />
      <CountField
        id={fieldId('settings.k')}
        label={text.k}
        hint={text.kHint}
        min={3}
        max={100}
        value={form.k}
        onInput={(k) => update({ k })}
        error={err('settings.k')}
        class="field-short"
      />
      <CountField
        id={fieldId('settings.expectedParticipants')}
        label={text.expected}
        hint={text.expectedHint}
        min={1}
        max={5000}
        value={form.expected}
        onInput={(expected) => update({ expected })}
        error={err('settings.expectedParticipants')}
        class="field-short"
      />
      <CheckboxRow id="live-cards-required" label={text.cardsRequired} checked={form.cardsRequired} onChange={(cardsRequired) => update({ cardsRequired })} />
      <CheckboxRow
        id="live-colleges-on"
        label={text.collegesOn}
        checked={form.collegesOn}
        onChange={(on) =>
          update({
            collegesOn: on,
            colleges:
              on && form.colleges.length === 0
                ? [
                    { id: newId('c'), label: '', weight: '50' },
                    { id: newId('c'), label: '', weight: '50' },
                  ]
                : form.colleges,
          })
        }
      />
      {form.collegesOn && (
        <fieldset id={`${fieldId('settings.colleges')}-field`} class="fieldset live-colleges" tabIndex={-1}>
          <legend>{text.colleges}</legend>
          {groupError('settings.colleges')}
          {form.colleges.map((college, i) => (
            <div class="live-college-row" key={college.id}>
              <Field
                id={fieldId(`settings.colleges.${i}.label`)}
                label={text.collegeLabel(i + 1)}
                value={college.label}
                onInput={(label) => update({ colleges: form.colleges.map((c, j) => (j === i ? { ...c, label } : c)) })}
                error={err(`settings.colleges.${i}.label`)}
              />
              <Field
                id={fieldId(`settings.colleges.${i}.weight`)}
                label={text.collegeWeight(i + 1)}
                type="number"
                value={college.weight}
                onInput={(weight) => update({ colleges: form.colleges.map((c, j) => (j === i ? { ...c, weight } : c)) })}
                error={err(`settings.colleges.${i}.weight`)}
                class="field-short"
              />
              <button type="button" class="button button-secondary button-small" onClick={() => update({ colleges: form.colleges.filter((_, j) => j !== i) })}>
                {text.removeCollege(i + 1)}
              </button>
            </div>
          ))}
          <button
            type="button"
            class="button button-secondary button-small"
            onClick={() => update({ colleges: [...form.colleges, { id: newId('c'), label: '', weight: '10' }] })}
          >
            {text.addCollege}
          </button>
        </fieldset>
      )}

      <fieldset id={`${fieldId('questions')}-field`} class="fieldset" tabIndex={-1}>
        <legend>{text.questions}</legend>
        {groupError('questions')}
        <ol class="live-question-list">
          {form.questions.map((q, i) => (
            <li key={q.id} class="card live-question-card">
              <QuestionEditor
                q={q}
                index={i}
                count={form.questions.length}
                err={err}
                groupError={groupError}
                readOnly={!!locked?.has(q.id)}
                onChange={(patch) => setQuestion(i, patch)}
                onMove={(by) => update({ questions: move(form.questions, i, by) })}
                onRemove={() => update({ questions: form.questions.filter((_, j) => j !== i) })}
              />
            </li>
          ))}
        </ol>
        <div class="live-add-question">
          <SelectField
            id="live-new-type"
            label={text.newQuestionType}
            value={newType}
            choices={LIVE_QUESTION_TYPES.map((type) => ({ value: type, label: text.types[type] }))}
            onChange={(value) => setNewType(value as LiveQuestionType)}
            compact
          />
          <button type="button" class="button button-secondary" onClick={() => update({ questions: [...form.questions, newQuestion(newType)] })}>
            {text.addQuestion}
          </button>
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="button" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="button button-secondary" onClick={onCancel}>
            {text.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
