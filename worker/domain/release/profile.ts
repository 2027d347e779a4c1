import type { Answers } from '../../../schema/answers.ts';
import { questionsOf, type QuestionOf, type Survey } from '../../../schema/survey.ts';
import { PREFER_NOT } from '../tally.ts';

/**
 * A respondent's profile: their answer to each breakdown question (profession, age band…), the
 * only thing groups are made of. Respondents with the same profile are never told apart by any
 * figure: they form one atom of the disclosure check.
 */

export type BreakdownQuestion = QuestionOf<'single'>;

/** A profile value: an option id, PREFER_NOT, or NOT_SAID (skipped or not shown). */
export const NOT_SAID = '';
export type Profile = readonly string[];

export function breakdownQuestions(survey: Pick<Survey, 'pages'>): BreakdownQuestion[] {
  return questionsOf(survey).filter((q): q is BreakdownQuestion => q.type === 'single' && q.breakdown);
}

export function profileOf(questions: readonly BreakdownQuestion[], answers: Answers): Profile {
  return questions.map((q) => {
    const value = answers[q.id];
    if (value === null) return PREFER_NOT;
    return typeof value === 'string' ? value : NOT_SAID;
  });
}

export const profileKey = (profile: Profile): string => JSON.stringify(profile);
export const profileFromKey = (key: string): Profile => JSON.parse(key) as string[];

/**
 * A set of respondents defined by their profile: everyone (''), a group `<question>=<option>`,
 * those who preferred not to say (`<question>=#pna`) or those who gave an option (`<question>=#answered`).
 * Groups (`<question>=<option>`) are also the views of the results: a filter on one answer.
 */
export type GroupKey = string;
export const EVERYONE: GroupKey = '';
export const ANSWERED = '#answered';
export const groupKey = (question: string, option: string): GroupKey => `${question}=${option}`;

export function parseGroup(key: GroupKey): { question: string; option: string } | null {
  const at = key.indexOf('=');
  return at < 0 ? null : { question: key.slice(0, at), option: key.slice(at + 1) };
}

/** Whether a profile belongs to a group, given the breakdown questions' order. */
export function belongsTo(key: GroupKey, profile: Profile, questions: readonly BreakdownQuestion[]): boolean {
  if (key === EVERYONE) return true;
  const group = parseGroup(key);
  const index = group ? questions.findIndex((q) => q.id === group.question) : -1;
  if (!group || index < 0) return false;
  const value = profile[index];
  if (group.option === ANSWERED) return value !== NOT_SAID && value !== PREFER_NOT;
  return value === group.option;
}
