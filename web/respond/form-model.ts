import { checkAnswers, visibleQuestionIds, type AnswerValue, type Answers } from '../../schema/answers.ts';
import type { Lang } from '../../schema/lang.ts';
import type { ErrorItem } from '../../schema/messages.ts';
import { questionsOf, type Question, type SurveyInput } from '../../schema/survey.ts';

type Definition = Pick<SurveyInput, 'pages'>;

/** Question id → the message to show beside it. */
export type QuestionErrors = Record<string, string>;

/** What the person has entered so far, blanks included; the payload is derived from them. */
export type Entries = Record<string, AnswerValue>;

export function isBlank(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (value && typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/**
 * The answers to send: questions hidden by a condition lose their answer (kept in the entries in case
 * the person changes their mind), blanks are left out, and the definition's order is kept.
 */
export function payloadOf(survey: Definition, entries: Entries): Answers {
  const visible = visibleQuestionIds(survey, entries);
  const answers: Answers = {};
  for (const question of questionsOf(survey)) {
    const value = entries[question.id];
    if (visible.has(question.id) && value !== undefined && !isBlank(value)) answers[question.id] = value;
  }
  return answers;
}

/** `answers.<id>` or `answers.<id>.<row>` → `<id>`. */
export function questionIdOf(path: string): string | null {
  return /^answers\.([^.]+)/.exec(path)?.[1] ?? null;
}

/** The first message per question, for the questions in `among` (all when absent). */
export function errorsByQuestion(errors: readonly ErrorItem[], among?: ReadonlySet<string>): QuestionErrors {
  const byQuestion: QuestionErrors = {};
  for (const error of errors) {
    const id = questionIdOf(error.path);
    if (id && (!among || among.has(id)) && !(id in byQuestion)) byQuestion[id] = error.message;
  }
  return byQuestion;
}

/** Numbers are typed as text; text that is not a number gets a plainer message than the schema's. */
const notANumber = { fr: 'Saisissez un nombre, en chiffres (par exemple 12)', en: 'Enter a number, in digits (for example 12)' };

/** Problems on one page, checked with the same rules as the server (`checkAnswers`), required answers included. */
export function checkPage(survey: Definition, entries: Entries, lang: Lang, pageIndex: number): QuestionErrors {
  const answers = payloadOf(survey, entries);
  const visible = visibleQuestionIds(survey, answers);
  const onPage = new Set(survey.pages[pageIndex]?.questions.filter((q) => visible.has(q.id)).map((q) => q.id));
  const checked = checkAnswers(survey, answers, lang, onPage);
  if (checked.ok) return {};
  const errors = errorsByQuestion(checked.errors, onPage);
  for (const question of survey.pages[pageIndex]?.questions ?? []) {
    if (question.type === 'number' && typeof answers[question.id] === 'string' && errors[question.id]) errors[question.id] = notANumber[lang];
  }
  return errors;
}

/** The page holding a question, for server errors that point at an earlier page. */
export function pageIndexOf(survey: Definition, questionId: string): number {
  return survey.pages.findIndex((page) => page.questions.some((q) => q.id === questionId));
}

export function visibleOnPage(survey: Definition, entries: Entries, pageIndex: number): Question[] {
  const visible = visibleQuestionIds(survey, entries);
  return (survey.pages[pageIndex]?.questions ?? []).filter((q) => visible.has(q.id));
}
