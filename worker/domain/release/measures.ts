import { questionsOf, type QuestionType, type Survey } from '../../../schema/survey.ts';
import { SCORES_QUESTION } from '../scored-scales.ts';
import type { TallyCell } from '../tally.ts';
import { breakdownQuestions } from './profile.ts';

/**
 * A measure is what one set of figures counts people for: the respondents themselves ('#n'), one
 * question, one matrix row, one score scale. Its figures (counts, sums, shares) are sums over the
 * people it concerns — those who answered it or preferred not to — so the disclosure check runs on
 * each measure apart, over those people.
 */
export const RESPONDENTS = '#n';

export const rowMeasure = (question: string, row: string) => `${question}:${row}`;
/** A breakdown question's group sizes, shown with everyone's results, each a measure of its own. */
export const countMeasure = (group: string) => `#count:${group}`;
export const scoreMeasure = (scale: string) => `${SCORES_QUESTION}:${scale}`;

/** The measure a tally cell belongs to. Rankings file their rank positions under `item`: still one measure. */
export function measureOfCell(cell: Pick<TallyCell, 'question' | 'item' | 'option'>, types: ReadonlyMap<string, QuestionType>): string {
  if (cell.question === '') return RESPONDENTS;
  if (cell.question === SCORES_QUESTION) return cell.item === '' ? RESPONDENTS : scoreMeasure(cell.item);
  if (cell.item !== '' && types.get(cell.question) === 'matrix') return rowMeasure(cell.question, cell.item);
  return cell.question;
}

export const questionTypes = (survey: Pick<Survey, 'pages'>): Map<string, QuestionType> => new Map(questionsOf(survey).map((q) => [q.id, q.type]));

/** Which measures each view publishes. Profile questions are counts of groups (checked apart); free texts only ever for everyone. */
export type MeasureLists = { everyone: string[]; groups: string[] };

export function measuresOfSurvey(survey: Pick<Survey, 'pages'>, scales: readonly string[]): MeasureLists {
  const profile = new Set(breakdownQuestions(survey).map((q) => q.id));
  const everyone = [RESPONDENTS];
  const groups = [RESPONDENTS];
  for (const question of questionsOf(survey)) {
    if (profile.has(question.id)) continue;
    const own = [question.id, ...(question.type === 'matrix' ? question.items.map((item) => rowMeasure(question.id, item.id)) : [])];
    everyone.push(...own);
    if (question.type !== 'short_text' && question.type !== 'long_text') groups.push(...own);
  }
  for (const scale of scales) {
    everyone.push(scoreMeasure(scale));
    groups.push(scoreMeasure(scale));
  }
  return { everyone, groups };
}

/** The measures one response's cells concern (it is one of the people each of them counts). */
export function measuresOfCells(cells: readonly TallyCell[], types: ReadonlyMap<string, QuestionType>): Set<string> {
  const measures = new Set<string>([RESPONDENTS]);
  for (const cell of cells) measures.add(measureOfCell(cell, types));
  return measures;
}
