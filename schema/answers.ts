import * as v from 'valibot';
import type { Lang } from './lang.ts';
import { say, toErrorItems, type ErrorItem } from './messages.ts';
import { questionsOf, type Condition, type Question, type SurveyInput } from './survey.ts';

/**
 * Answer values, per question type. `null` means « je préfère ne pas répondre »,
 * allowed only where the question offers it.
 */
export type MatrixAnswer = Record<string, number>;
export type AnswerValue = string | number | string[] | MatrixAnswer | null;
export type Answers = Record<string, AnswerValue>;

/** The body of `POST /api/s/:slug/responses`. */
export const SubmissionBody = v.strictObject({
  answers: v.record(v.string(), v.unknown()),
  /** A printed single-use participation code, when the survey asks for one. */
  code: v.optional(v.pipe(v.string(), v.trim(), v.toUpperCase(), v.maxLength(20))),
});

export const IdempotencyKey = v.pipe(
  v.string(),
  v.regex(
    /^[A-Za-z0-9_-]{16,128}$/,
    say('Clé d’idempotence invalide : 16 à 128 caractères A-Z, a-z, 0-9, - ou _', 'Invalid Idempotency-Key: 16 to 128 characters A-Z, a-z, 0-9, - or _'),
  ),
);

// ---- visibility ----

/** A condition holds only when the earlier question was actually answered (not skipped, not « préfère ne pas répondre »). */
export function conditionHolds(condition: Condition, answers: Readonly<Record<string, unknown>>): boolean {
  const answer = answers[condition.question];
  if (answer === undefined || answer === null) return false;
  const { operator, value } = condition;
  const chosen = Array.isArray(answer) ? answer : [answer];
  switch (operator) {
    case 'answered':
      return true;
    case 'equals':
      return chosen.includes(value);
    case 'not_equals':
      return !chosen.includes(value);
    case 'any_of':
      return Array.isArray(value) && chosen.some((c) => value.includes(c as string));
    case 'gte':
      return typeof answer === 'number' && typeof value === 'number' && answer >= value;
    case 'lte':
      return typeof answer === 'number' && typeof value === 'number' && answer <= value;
  }
}

/**
 * A map of answers by question id with no prototype: reading an id nobody answered gives undefined,
 * even an id such as `valueOf` or `constructor` (surveys stored before such ids were refused).
 */
export function answerMap<T>(entries: Readonly<Record<string, T>> = {}): Record<string, T> {
  const map = Object.create(null) as Record<string, T>;
  for (const id of Object.keys(entries)) map[id] = entries[id]!;
  return map;
}

/** Ids of the questions a respondent sees given their answers so far (conditions only look backwards). */
export function visibleQuestionIds(survey: Pick<SurveyInput, 'pages'>, answers: Readonly<Record<string, unknown>>): Set<string> {
  const given = answerMap(answers);
  const visible = new Set<string>();
  const seen = answerMap<unknown>();
  for (const question of questionsOf(survey)) {
    if (!question.showIf || conditionHolds(question.showIf, seen)) {
      visible.add(question.id);
      seen[question.id] = given[question.id];
    }
  }
  return visible;
}

// ---- per-question value schemas ----

const unique = (values: string[]) => new Set(values).size === values.length;
const isRealDate = (iso: string) => {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
};

function optionPicklist(question: Extract<Question, { options: unknown }>) {
  return v.picklist(
    question.options.map((o) => o.id),
    say('Option inconnue pour cette question', 'Unknown option for this question'),
  );
}

function scalePoint(min: number, max: number) {
  return v.pipe(
    v.number(),
    v.integer(),
    v.minValue(min, say(`Hors échelle : entre ${min} et ${max}`, `Out of scale: between ${min} and ${max}`)),
    v.maxValue(max, say(`Hors échelle : entre ${min} et ${max}`, `Out of scale: between ${min} and ${max}`)),
  );
}

function buildValueSchema(question: Question): v.GenericSchema {
  switch (question.type) {
    case 'single':
      return optionPicklist(question);
    case 'multiple': {
      const min = question.minSelections ?? 1;
      const max = question.maxSelections ?? question.options.length;
      return v.pipe(
        v.array(optionPicklist(question)),
        v.check(unique, say('Une option est choisie deux fois', 'An option is chosen twice')),
        v.minLength(min, say(`Choisissez au moins ${min} option(s)`, `Choose at least ${min} option(s)`)),
        v.maxLength(max, say(`Choisissez au plus ${max} option(s)`, `Choose at most ${max} option(s)`)),
      );
    }
    case 'scale':
      return scalePoint(question.min, question.max);
    case 'matrix': {
      const point = scalePoint(question.scale.min, question.scale.max);
      const rows = question.items.map((item) => [item.id, question.required ? point : v.optional(point)] as const);
      return v.strictObject(Object.fromEntries(rows), say('Ligne inconnue pour cette question', 'Unknown row for this question'));
    }
    case 'number': {
      const checks: v.PipeItem<number, number, v.BaseIssue<unknown>>[] = [v.finite()];
      if (question.integer) checks.push(v.integer());
      if (question.min !== undefined) checks.push(v.minValue(question.min));
      if (question.max !== undefined) checks.push(v.maxValue(question.max));
      return v.pipe(v.number(), ...checks);
    }
    case 'short_text':
    case 'long_text':
      return v.pipe(
        v.string(),
        v.maxLength(question.maxLength, say(`Trop long : ${question.maxLength} caractères au plus`, `Too long: ${question.maxLength} characters at most`)),
      );
    case 'date': {
      const { min, max } = question;
      return v.pipe(
        v.string(),
        v.isoDate(),
        v.check(isRealDate, say('Cette date n’existe pas', 'This date does not exist')),
        v.check((d) => !min || d >= min, say(`La date doit être le ${min} ou après`, `The date must be ${min} or later`)),
        v.check((d) => !max || d <= max, say(`La date doit être le ${max} ou avant`, `The date must be ${max} or earlier`)),
      );
    }
    case 'ranking': {
      const count = Math.min(question.maxRanked ?? question.options.length, question.options.length);
      return v.pipe(
        v.array(optionPicklist(question)),
        v.check(unique, say('Une option est classée deux fois', 'An option is ranked twice')),
        v.length(count, say(`Classez exactement ${count} option(s)`, `Rank exactly ${count} option(s)`)),
      );
    }
  }
}

const schemaCache = new WeakMap<Question, v.GenericSchema>();
function valueSchema(question: Question): v.GenericSchema {
  let schema = schemaCache.get(question);
  if (!schema) schemaCache.set(question, (schema = buildValueSchema(question)));
  return schema;
}

/** Blank strings, empty selections and empty matrices count as « no answer ». */
function normalize(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value) && value.length === 0) return undefined;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const kept = Object.entries(value).filter(([, cell]) => cell !== null && cell !== undefined);
    return kept.length === 0 ? undefined : Object.fromEntries(kept);
  }
  return value;
}

export type AnswerCheck = { ok: true; answers: Answers } | { ok: false; errors: ErrorItem[] };

/**
 * Checks answers against a survey definition: unknown questions, value shapes and ranges,
 * required answers, and answers to questions hidden by a condition.
 * `only` restricts the required check to some questions (one page of the respondent form).
 */
export function checkAnswers(survey: Pick<SurveyInput, 'pages'>, raw: Readonly<Record<string, unknown>>, lang: Lang, only?: ReadonlySet<string>): AnswerCheck {
  const en = lang === 'en';
  const errors: ErrorItem[] = [];
  const questions = questionsOf(survey);
  const known = new Set(questions.map((q) => q.id));
  const given = answerMap(raw);
  for (const id of Object.keys(given)) {
    if (!known.has(id)) errors.push({ path: `answers.${id}`, message: en ? 'Unknown question' : 'Question inconnue' });
  }

  const answers = answerMap<AnswerValue>();
  const seen = answerMap<unknown>();
  for (const question of questions) {
    const path = `answers.${question.id}`;
    const value = given[question.id] === null ? null : normalize(given[question.id]);
    const visible = !question.showIf || conditionHolds(question.showIf, seen);
    if (!visible) {
      if (value !== undefined)
        errors.push({
          path,
          message: en
            ? 'This question is hidden by an earlier answer: leave it out'
            : 'Cette question est masquée par une réponse précédente : ne pas y répondre',
        });
      continue;
    }
    if (value === undefined) {
      if (question.required && (!only || only.has(question.id))) errors.push({ path, message: en ? 'An answer is required' : 'Réponse obligatoire' });
      continue;
    }
    if (value === null) {
      if (!question.preferNotToAnswer)
        errors.push({ path, message: en ? 'This question has no « prefer not to answer »' : 'Cette question ne propose pas « je préfère ne pas répondre »' });
      else seen[question.id] = answers[question.id] = null;
      continue;
    }
    const parsed = v.safeParse(valueSchema(question), value, { lang });
    if (parsed.success) seen[question.id] = answers[question.id] = parsed.output as AnswerValue;
    else errors.push(...toErrorItems(parsed.issues, path));
  }
  // An empty response is a free fake: it would pad a release without saying anything.
  if (!only && errors.length === 0 && !Object.values(answers).some((value) => value !== null))
    errors.push({ path: 'answers', message: en ? 'Answer at least one question' : 'Répondez à au moins une question' });
  return errors.length ? { ok: false, errors } : { ok: true, answers };
}
