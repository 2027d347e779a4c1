import * as v from 'valibot';
import { LocalizedText } from './lang.ts';
import { say } from './messages.ts';

/**
 * Names every plain object already answers to (`constructor`, `toString`, `valueOf`, `__proto__`…):
 * as ids, answers[id] would read an inherited member where no answer was given.
 */
const RESERVED_IDS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Stable identifiers: what answers, tallies and conditions refer to. */
export const Id = v.pipe(
  v.string(),
  v.check(
    (id) => !RESERVED_IDS.has(id),
    say(
      (issue) => `Identifiant réservé : « ${String(issue.input)} » est un nom interne de JavaScript, choisissez-en un autre`,
      (issue) => `Reserved id: “${String(issue.input)}” is a JavaScript built-in name, choose another one`,
    ),
  ),
  v.regex(
    /^[a-z0-9][a-z0-9_-]{0,47}$/i,
    say('Identifiant invalide : lettres, chiffres, - et _ (48 au plus)', 'Invalid id: letters, digits, - and _ (48 at most)'),
  ),
);
export const Slug = v.pipe(
  v.string(),
  v.regex(
    /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/,
    say('Adresse invalide : minuscules, chiffres et tirets', 'Invalid slug: lowercase letters, digits and dashes'),
  ),
);

const Option = v.strictObject({ id: Id, label: LocalizedText });
export type Option = v.InferOutput<typeof Option>;
const Options = v.pipe(v.array(Option), v.minLength(2), v.maxLength(50));

const ScalePoint = v.strictObject({ value: v.pipe(v.number(), v.integer()), label: LocalizedText });
/** A run of integer points, e.g. a 1–5 Likert or 0–10, with labels on some or all points. */
const Scale = v.strictObject({
  min: v.pipe(v.number(), v.integer(), v.minValue(-100), v.maxValue(100)),
  max: v.pipe(v.number(), v.integer(), v.minValue(-100), v.maxValue(100)),
  labels: v.optional(v.array(ScalePoint), []),
});
export type Scale = v.InferOutput<typeof Scale>;

/** Show a question only when an earlier answer matches. */
export const Condition = v.strictObject({
  question: Id,
  operator: v.picklist(['answered', 'equals', 'not_equals', 'any_of', 'gte', 'lte']),
  value: v.optional(v.union([v.string(), v.number(), v.array(v.string())])),
});
export type Condition = v.InferOutput<typeof Condition>;

const base = {
  id: Id,
  label: LocalizedText,
  help: v.optional(LocalizedText),
  required: v.optional(v.boolean(), false),
  preferNotToAnswer: v.optional(v.boolean(), false),
  showIf: v.optional(Condition),
};

const SingleChoice = v.strictObject({
  ...base,
  type: v.literal('single'),
  options: Options,
  /** Offer this question as a filter / breakdown of the other results (profession, area…). */
  breakdown: v.optional(v.boolean(), false),
});
const MultipleChoice = v.strictObject({
  ...base,
  type: v.literal('multiple'),
  options: Options,
  minSelections: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  maxSelections: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
const ScaleQuestion = v.strictObject({ ...base, type: v.literal('scale'), ...Scale.entries });
const Matrix = v.strictObject({
  ...base,
  type: v.literal('matrix'),
  items: v.pipe(v.array(Option), v.minLength(1), v.maxLength(40)),
  scale: Scale,
});
const NumberQuestion = v.strictObject({
  ...base,
  type: v.literal('number'),
  min: v.optional(v.pipe(v.number(), v.finite())),
  max: v.optional(v.pipe(v.number(), v.finite())),
  integer: v.optional(v.boolean(), false),
  unit: v.optional(LocalizedText),
});
const ShortText = v.strictObject({
  ...base,
  type: v.literal('short_text'),
  maxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)), 200),
});
const LongText = v.strictObject({
  ...base,
  type: v.literal('long_text'),
  maxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10000)), 5000),
});
const DateQuestion = v.strictObject({
  ...base,
  type: v.literal('date'),
  min: v.optional(v.pipe(v.string(), v.isoDate())),
  max: v.optional(v.pipe(v.string(), v.isoDate())),
});
const Ranking = v.strictObject({
  ...base,
  type: v.literal('ranking'),
  options: Options,
  /** Rank only the top N; every option when absent. */
  maxRanked: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

export const Question = v.variant(
  'type',
  [SingleChoice, MultipleChoice, ScaleQuestion, Matrix, NumberQuestion, ShortText, LongText, DateQuestion, Ranking],
  say(
    'Type de question inconnu : single, multiple, scale, matrix, number, short_text, long_text, date ou ranking',
    'Unknown question type: single, multiple, scale, matrix, number, short_text, long_text, date or ranking',
  ),
);
export type Question = v.InferOutput<typeof Question>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export const Page = v.strictObject({
  id: Id,
  title: v.optional(LocalizedText),
  questions: v.pipe(v.array(Question), v.minLength(1), v.maxLength(100)),
});
export type Page = v.InferOutput<typeof Page>;

export const SurveySettings = v.strictObject({
  /** Anonymity threshold: no figure about fewer than k respondents. */
  k: v.optional(v.pipe(v.number(), v.integer(), v.minValue(3), v.maxValue(100)), 5),
  resultsVisibility: v.optional(v.picklist(['private', 'public']), 'private'),
  /** Raw responses are deleted this many months after the survey closes; anonymous aggregates stay. */
  retentionMonths: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)), 12),
  /** Why the survey is run, for the privacy notice shown before the first question. */
  purpose: v.optional(LocalizedText),
  /** Who respondents can write to about their data. */
  contact: v.optional(v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(200))),
  /**
   * One response per printed single-use code, without knowing who holds which code. Left out, codes
   * are asked for when the survey has breakdown questions or a validated instrument (see `asksForCodes`).
   */
  participationCodes: v.optional(v.boolean()),
  /** The organisation's own support contacts, shown to respondents next to their scores. */
  supportContacts: v.optional(LocalizedText),
});
export type SurveySettings = v.InferOutput<typeof SurveySettings>;

export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** What a coordinator writes: everything but the server-owned id and status. */
export const SurveyInput = v.pipe(
  v.strictObject({
    slug: Slug,
    title: LocalizedText,
    description: v.optional(LocalizedText),
    settings: v.optional(SurveySettings, {}),
    pages: v.pipe(v.array(Page), v.minLength(1), v.maxLength(50)),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (dataset.typed) checkCoherence(dataset.value, addIssue);
  }),
);
export type SurveyInput = v.InferOutput<typeof SurveyInput>;
/** A definition as authored (defaults may be left out). */
export type SurveyDraft = v.InferInput<typeof SurveyInput>;

/** A survey as stored and served. */
export type Survey = SurveyInput & { id: string; status: SurveyStatus };

export function questionsOf(survey: Pick<SurveyInput, 'pages'>): Question[] {
  return survey.pages.flatMap((page) => page.questions);
}

// ---- cross-field rules (ids unique, ranges ordered, conditions point backwards) ----

type AddIssue = Parameters<Parameters<typeof v.rawCheck<SurveyInput>>[0]>[0]['addIssue'];
type Segment = string | number;

function pathItems(root: SurveyInput, segments: Segment[]) {
  let input: unknown = root;
  return segments.map((key) => {
    const container = input as Record<string, unknown> & unknown[];
    const value = container[key as never];
    const item = Array.isArray(container)
      ? ({ type: 'array', origin: 'value', input: container, key: key as number, value } as const)
      : ({ type: 'object', origin: 'value', input: container, key: String(key), value } as const);
    input = value;
    return item;
  }) as unknown as [v.IssuePathItem, ...v.IssuePathItem[]];
}

function checkCoherence(survey: SurveyInput, addIssue: AddIssue): void {
  const issue = (segments: Segment[], fr: string, en: string) => addIssue({ message: say(fr, en), path: pathItems(survey, segments) });

  const seenPages = new Set<string>();
  const earlier = new Map<string, Question>();
  survey.pages.forEach((page, p) => {
    if (seenPages.has(page.id)) issue(['pages', p, 'id'], `Identifiant de page en double : ${page.id}`, `Duplicate page id: ${page.id}`);
    seenPages.add(page.id);
    page.questions.forEach((question, q) => {
      const at = (...rest: Segment[]) => ['pages', p, 'questions', q, ...rest];
      if (earlier.has(question.id)) issue(at('id'), `Identifiant de question en double : ${question.id}`, `Duplicate question id: ${question.id}`);
      checkQuestion(question, at, issue);
      if (question.showIf) checkCondition(question.showIf, earlier, at('showIf'), issue);
      earlier.set(question.id, question);
    });
  });
}

type Issue = (segments: Segment[], fr: string, en: string) => void;

function checkUniqueIds(list: { id: string }[], at: Segment[], issue: Issue): void {
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    if (seen.has(entry.id)) issue([...at, i, 'id'], `Identifiant en double : ${entry.id}`, `Duplicate id: ${entry.id}`);
    seen.add(entry.id);
  });
}

function checkScale(scale: Scale, at: Segment[], issue: Issue): void {
  if (scale.max <= scale.min) issue([...at, 'max'], 'Le maximum doit dépasser le minimum', 'max must be greater than min');
  else if (scale.max - scale.min > 20) issue([...at, 'max'], 'Une échelle compte 21 points au plus', 'A scale has at most 21 points');
  scale.labels.forEach((point, i) => {
    if (point.value < scale.min || point.value > scale.max)
      issue([...at, 'labels', i, 'value'], 'Ce point est hors de l’échelle', 'This point lies outside the scale');
  });
}

function checkQuestion(question: Question, at: (...rest: Segment[]) => Segment[], issue: Issue): void {
  switch (question.type) {
    case 'single':
    case 'ranking':
      checkUniqueIds(question.options, at('options'), issue);
      if (question.type === 'ranking' && question.maxRanked && question.maxRanked > question.options.length)
        issue(at('maxRanked'), 'Plus de rangs que d’options', 'More ranks than options');
      return;
    case 'multiple': {
      checkUniqueIds(question.options, at('options'), issue);
      const { minSelections: min, maxSelections: max } = question;
      if (max !== undefined && max > question.options.length) issue(at('maxSelections'), 'Plus de choix que d’options', 'More selections than options');
      if (min !== undefined && max !== undefined && min > max) issue(at('minSelections'), 'Le minimum dépasse le maximum', 'min exceeds max');
      return;
    }
    case 'scale':
      return checkScale(question, at(), issue);
    case 'matrix':
      checkUniqueIds(question.items, at('items'), issue);
      return checkScale(question.scale, at('scale'), issue);
    case 'number':
    case 'date':
      if (question.min !== undefined && question.max !== undefined && question.min > question.max)
        issue(at('min'), 'Le minimum dépasse le maximum', 'min exceeds max');
      return;
  }
}

/** The operators a condition may use on each type of earlier question (the builder offers the same). */
export const OPERATORS_BY_TYPE: Record<QuestionType, readonly Condition['operator'][]> = {
  single: ['answered', 'equals', 'not_equals', 'any_of'],
  multiple: ['answered', 'equals', 'not_equals', 'any_of'],
  scale: ['answered', 'equals', 'not_equals', 'gte', 'lte'],
  number: ['answered', 'equals', 'not_equals', 'gte', 'lte'],
  matrix: ['answered'],
  short_text: ['answered'],
  long_text: ['answered'],
  date: ['answered'],
  ranking: ['answered'],
};

function checkCondition(condition: Condition, earlier: Map<string, Question>, at: Segment[], issue: Issue): void {
  const target = earlier.get(condition.question);
  if (!target) {
    issue([...at, 'question'], 'La condition doit porter sur une question précédente', 'The condition must refer to an earlier question');
    return;
  }
  if (!OPERATORS_BY_TYPE[target.type].includes(condition.operator)) {
    issue([...at, 'operator'], `Opérateur impossible pour une question ${target.type}`, `Operator not available for a ${target.type} question`);
    return;
  }
  const { operator, value } = condition;
  if (operator === 'answered') return;
  const optionIds = 'options' in target ? new Set(target.options.map((o) => o.id)) : null;
  if (operator === 'any_of') {
    if (!Array.isArray(value) || value.length === 0 || !value.every((id) => optionIds?.has(id)))
      issue([...at, 'value'], 'Attendu : une liste d’options de la question visée', 'Expected a list of the target question’s options');
  } else if (optionIds) {
    if (typeof value !== 'string' || !optionIds.has(value))
      issue([...at, 'value'], 'Attendu : une option de la question visée', 'Expected one of the target question’s options');
  } else if (typeof value !== 'number') {
    issue([...at, 'value'], 'Attendu : un nombre', 'Expected a number');
  }
}
