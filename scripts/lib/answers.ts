/**
 * Varied, valid answers for any survey definition, from a seeded PRNG: the same seed gives the same answers.
 * Rules followed (those of schema/answers.ts `checkAnswers`): required questions are always answered,
 * « préfère ne pas répondre » (`null`) only where offered, questions hidden by `showIf` are left out,
 * values stay within each question's options, ranges, lengths and counts.
 */
import { checkAnswers, conditionHolds, type AnswerValue, type Answers } from '../../schema/answers.ts';
import { questionsOf, type Question, type SurveyInput } from '../../schema/survey.ts';
import type { Rng } from './prng.ts';

export type AnswerOptions = {
  /** Chance of `null` on a question that offers « préfère ne pas répondre ». */
  preferNotRate?: number;
  /** Chance that a visible optional (non-text) question is answered. */
  optionalRate?: number;
  /** Chance that a visible optional text question is answered. */
  textRate?: number;
  /** Chance that an optional matrix row is left blank. */
  matrixRowSkipRate?: number;
  /** Upper bound for dates when the question has no `max` (fixed, so runs are repeatable). */
  latestDate?: string;
};

const DEFAULTS: Required<AnswerOptions> = {
  preferNotRate: 0.05,
  optionalRate: 0.85,
  textRate: 0.4,
  matrixRowSkipRate: 0.05,
  latestDate: '2026-10-31',
};

const SHORT_TEXTS = [
  'Manque de temps',
  'Pas d’outil commun pour échanger',
  'Trop de messageries différentes',
  'On ne se connaît pas assez entre professions',
  'Les horaires ne coïncident pas',
  'Difficile de joindre l’hôpital',
  'Réunions trop rares',
];
const LONG_TEXTS = [
  'Merci pour ce questionnaire.',
  'Une réunion par trimestre serait utile, de préférence en fin de journée.',
  'Il faudrait un annuaire à jour des professionnels du territoire, avec leurs jours de présence.',
  'Les soins non programmés débordent sur les cabinets : une permanence partagée soulagerait tout le monde.',
  'Rien à ajouter.',
];

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function text(rng: Rng, pool: readonly string[], maxLength: number): string {
  return rng.pick(pool).slice(0, maxLength).trim() || 'ok';
}

/** A real answer (never null) to one question. */
function valueFor(question: Question, rng: Rng, options: Required<AnswerOptions>): AnswerValue | undefined {
  switch (question.type) {
    case 'single':
      return rng.pick(question.options).id;
    case 'multiple': {
      const min = question.minSelections ?? 1;
      const max = Math.min(question.maxSelections ?? question.options.length, question.options.length);
      return rng.sample(question.options, rng.int(min, max)).map((o) => o.id);
    }
    case 'ranking': {
      const count = Math.min(question.maxRanked ?? question.options.length, question.options.length);
      return rng.sample(question.options, count).map((o) => o.id);
    }
    case 'scale':
      return rng.int(question.min, question.max);
    case 'matrix': {
      const rows: Record<string, number> = {};
      for (const item of question.items) {
        if (!question.required && rng.chance(options.matrixRowSkipRate)) continue;
        rows[item.id] = rng.int(question.scale.min, question.scale.max);
      }
      // Every row blank means no answer at all.
      return Object.keys(rows).length ? rows : undefined;
    }
    case 'number': {
      const min = question.min ?? 0;
      const max = question.max ?? min + 100;
      if (question.integer) return rng.int(Math.ceil(min), Math.floor(max));
      return Math.min(max, Math.max(min, Math.round((min + rng.next() * (max - min)) * 10) / 10));
    }
    case 'date': {
      const first = dayNumber(question.min ?? '2020-01-01');
      const fallbackLast = Math.max(first + 365, dayNumber(options.latestDate));
      const last = question.max ? dayNumber(question.max) : fallbackLast;
      return isoDay(rng.int(first, Math.max(first, last)));
    }
    case 'short_text':
      return text(rng, SHORT_TEXTS, question.maxLength);
    case 'long_text':
      return text(rng, LONG_TEXTS, question.maxLength);
  }
}

/** One respondent's answers to a survey. */
export function generateAnswers(survey: Pick<SurveyInput, 'pages'>, rng: Rng, overrides: AnswerOptions = {}): Answers {
  const options = { ...DEFAULTS, ...overrides };
  const answers: Answers = {};
  for (const question of questionsOf(survey)) {
    // Conditions only look backwards, at what was answered so far.
    if (question.showIf && !conditionHolds(question.showIf, answers)) continue;
    if (question.preferNotToAnswer && rng.chance(options.preferNotRate)) {
      answers[question.id] = null;
      continue;
    }
    if (!question.required) {
      const rate = question.type === 'short_text' || question.type === 'long_text' ? options.textRate : options.optionalRate;
      if (!rng.chance(rate)) continue;
    }
    const value = valueFor(question, rng, options);
    if (value !== undefined) answers[question.id] = value;
  }
  return answers;
}

/**
 * `count` answer sets, each checked with the worker's own `checkAnswers`: a generator bug fails here,
 * before any request is sent, instead of showing up as 422s in the middle of a bench.
 */
export function generateValidAnswers(survey: Pick<SurveyInput, 'pages'>, rng: Rng, count: number, overrides: AnswerOptions = {}): Answers[] {
  const all: Answers[] = [];
  for (let i = 0; i < count; i++) {
    const answers = generateAnswers(survey, rng, overrides);
    const checked = checkAnswers(survey, answers, 'en');
    if (!checked.ok) throw new Error(`generated answers #${i} are invalid: ${JSON.stringify(checked.errors)}\n${JSON.stringify(answers)}`);
    all.push(answers);
  }
  return all;
}

/** A valid Idempotency-Key (16–128 of [A-Za-z0-9_-]), unique per (prefix, index). */
export function idempotencyKey(prefix: string, index: number): string {
  const key = `${prefix}-${index.toString().padStart(8, '0')}`;
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(key)) throw new Error(`invalid Idempotency-Key ${key}`);
  return key;
}
