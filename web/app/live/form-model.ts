/**
 * The live-session editor's model, pure: the form's state (texts as typed, numbers as strings), its
 * conversion to the API's LiveSessionInput and back, question moves, and API error paths → field ids.
 */
import type { LiveQuestionType, LiveSessionInput } from '../../../schema/live.ts';
import type { SessionInput } from './live-api.ts';

export type FormOption = { id: string; label: string };
export type FormQuestion = {
  id: string;
  type: LiveQuestionType;
  label: string;
  options: FormOption[];
  maxSelections: string;
  points: string;
  min: string;
  max: string;
  minLabel: string;
  maxLabel: string;
  maxWords: string;
  surveySlug: string;
};
export type FormCollege = { id: string; label: string; weight: string };
export type SessionForm = {
  title: string;
  k: string;
  /** People expected in the room ('' for no limit beyond the platform's). */
  expected: string;
  collegesOn: boolean;
  colleges: FormCollege[];
  cardsRequired: boolean;
  questions: FormQuestion[];
};

const OPTION_TYPES: LiveQuestionType[] = ['single', 'multiple', 'dots', 'ranking'];
export const hasOptions = (type: LiveQuestionType) => OPTION_TYPES.includes(type);

let counter = 0;
/** A short id, unique within the session (questions, options, colleges). */
export function newId(prefix: string): string {
  counter = (counter + 1) % 1_000_000;
  return `${prefix}${Date.now().toString(36).slice(-4)}${counter.toString(36)}${Math.floor(Math.random() * 36 ** 2).toString(36)}`;
}

export function newQuestion(type: LiveQuestionType): FormQuestion {
  return {
    id: newId('q'),
    type,
    label: '',
    options: hasOptions(type)
      ? [
          { id: newId('o'), label: '' },
          { id: newId('o'), label: '' },
        ]
      : [],
    maxSelections: '',
    points: '10',
    min: '1',
    max: '5',
    minLabel: '',
    maxLabel: '',
    maxWords: '3',
    surveySlug: '',
  };
}

export function emptyForm(): SessionForm {
  return { title: '', k: '5', expected: '', collegesOn: false, colleges: [], cardsRequired: false, questions: [newQuestion('single')] };
}

/** A number as typed: NaN when it is not one, so the API names the field rather than the form guessing. */
const num = (typed: string) => (typed.trim() === '' ? Number.NaN : Number(typed.replace(',', '.')));
const text = (typed: string) => ({ fr: typed.trim() });

export function toInput(form: SessionForm): SessionInput {
  const questions = form.questions.map((q) => {
    const base = { id: q.id, label: text(q.label) };
    const options = q.options.map((o) => ({ id: o.id, label: text(o.label) }));
    switch (q.type) {
      case 'single':
      case 'ranking':
        return { ...base, type: q.type, options };
      case 'multiple':
        return q.maxSelections.trim() ? { ...base, type: q.type, options, maxSelections: num(q.maxSelections) } : { ...base, type: q.type, options };
      case 'dots':
        return { ...base, type: q.type, options, points: num(q.points) };
      case 'scale':
        return {
          ...base,
          type: q.type,
          min: num(q.min),
          max: num(q.max),
          ...(q.minLabel.trim() ? { minLabel: text(q.minLabel) } : {}),
          ...(q.maxLabel.trim() ? { maxLabel: text(q.maxLabel) } : {}),
        };
      case 'words':
        return { ...base, type: q.type, maxWords: num(q.maxWords) };
      case 'ideas':
        return { ...base, type: q.type };
      case 'survey_results':
        return { ...base, type: q.type, surveySlug: q.surveySlug.trim() };
    }
  });
  return {
    title: text(form.title),
    settings: {
      k: num(form.k),
      ...(form.expected.trim() ? { expectedParticipants: num(form.expected) } : {}),
      ...(form.collegesOn ? { colleges: form.colleges.map((c) => ({ id: c.id, label: text(c.label), weight: num(c.weight) })) } : {}),
      cardsRequired: form.cardsRequired,
    },
    questions: questions as SessionInput['questions'],
  };
}

export function fromInput(input: LiveSessionInput): SessionForm {
  const blank = newQuestion('single');
  return {
    title: input.title.fr,
    k: String(input.settings?.k ?? 5),
    expected: input.settings?.expectedParticipants === undefined ? '' : String(input.settings.expectedParticipants),
    collegesOn: !!input.settings?.colleges,
    colleges: (input.settings?.colleges ?? []).map((c) => ({ id: c.id, label: c.label.fr, weight: String(c.weight) })),
    cardsRequired: !!input.settings?.cardsRequired,
    questions: input.questions.map((q) => ({
      ...blank,
      id: q.id,
      type: q.type,
      label: q.label.fr,
      options: 'options' in q ? q.options.map((o) => ({ id: o.id, label: o.label.fr })) : [],
      maxSelections: q.type === 'multiple' && q.maxSelections !== undefined ? String(q.maxSelections) : '',
      points: q.type === 'dots' ? String(q.points) : blank.points,
      min: q.type === 'scale' ? String(q.min) : blank.min,
      max: q.type === 'scale' ? String(q.max) : blank.max,
      minLabel: q.type === 'scale' ? (q.minLabel?.fr ?? '') : '',
      maxLabel: q.type === 'scale' ? (q.maxLabel?.fr ?? '') : '',
      maxWords: q.type === 'words' ? String(q.maxWords ?? 3) : blank.maxWords,
      surveySlug: q.type === 'survey_results' ? q.surveySlug : '',
    })),
  };
}

/** Moves item `index` one place up or down. */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  const next = [...list];
  if (to < 0 || to >= list.length) return next;
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** A field's DOM id from its API path: `questions.2.options.0.label` → `f-questions-2-options-0-label`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/\./g, '-')}`;
}

/**
 * The field an API error belongs to: its path, shortened until it names a field the form shows
 * (`questions.1.label.fr` → the label; `questions.1.options` → the options list), or null.
 */
export function fieldOfError(path: string, fields: ReadonlySet<string>): string | null {
  const parts = path.split('.').filter(Boolean);
  while (parts.length) {
    const id = fieldId(parts.join('.'));
    if (fields.has(id)) return id;
    parts.pop();
  }
  return null;
}
