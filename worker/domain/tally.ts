import type { Answers } from '../../schema/answers.ts';
import { questionsOf, type SurveyInput } from '../../schema/survey.ts';

/**
 * One pre-aggregated counter. Results are read from these cells only, so a results read
 * costs O(questions × options) rows whatever the number of responses.
 *
 * - question '' item '' option '': the number of responses;
 * - question q, item '', option '': people who answered q (total: sum of numeric answers);
 * - option '#pna': « préfère ne pas répondre »;
 * - other options: one count per option, scale point, number value, month or ranked option;
 * - matrix rows use item = row id; rankings use item = rank position.
 */
export type TallyCell = { question: string; item: string; option: string; count: number; total: number };

export const RESPONSES_CELL = { question: '', item: '', option: '' } as const;
export const PREFER_NOT = '#pna';
/** Responses per day live under this pseudo-question (option = YYYY-MM-DD). */
export const DAYS_QUESTION = '#day';

export function dayCell(day: string): TallyCell {
  return { question: DAYS_QUESTION, item: '', option: day, count: 1, total: 0 };
}

/** The cells one validated response adds to (each by one). */
export function cellsForResponse(survey: Pick<SurveyInput, 'pages'>, answers: Answers): TallyCell[] {
  const cells: TallyCell[] = [{ ...RESPONSES_CELL, count: 1, total: 0 }];
  const add = (question: string, item: string, option: string, total = 0) => cells.push({ question, item, option, count: 1, total });

  for (const question of questionsOf(survey)) {
    const value = answers[question.id];
    if (value === undefined) continue;
    const q = question.id;
    if (value === null) {
      add(q, '', PREFER_NOT);
      continue;
    }
    switch (question.type) {
      case 'single':
        add(q, '', '');
        add(q, '', value as string);
        break;
      case 'multiple':
        add(q, '', '');
        for (const option of value as string[]) add(q, '', option);
        break;
      case 'scale':
      case 'number':
        add(q, '', '', value as number);
        add(q, '', String(value));
        break;
      case 'matrix':
        add(q, '', '');
        for (const [row, point] of Object.entries(value as Record<string, number>)) {
          add(q, row, '', point);
          add(q, row, String(point));
        }
        break;
      case 'ranking':
        add(q, '', '');
        (value as string[]).forEach((option, index) => {
          add(q, '', option, index + 1);
          add(q, String(index + 1), option);
        });
        break;
      case 'date':
        add(q, '', '');
        add(q, '', (value as string).slice(0, 7));
        break;
      case 'short_text':
      case 'long_text':
        add(q, '', '');
        break;
    }
  }
  return cells;
}

/** A counter of one subgroup: the people who gave `byOption` to the breakdown question `by`. */
export type CrossCell = TallyCell & { by: string; byOption: string };

/**
 * The subgroup counters one response adds to: for every breakdown question it answered, a copy
 * of its cells (not the breakdown question's own, not the days) filed under that answer.
 */
export function crossCellsForResponse(survey: Pick<SurveyInput, 'pages'>, answers: Answers, cells: readonly TallyCell[]): CrossCell[] {
  const crossCells: CrossCell[] = [];
  for (const question of questionsOf(survey)) {
    if (question.type !== 'single' || !question.breakdown) continue;
    const option = answers[question.id];
    if (typeof option !== 'string') continue;
    for (const cell of cells) {
      if (cell.question !== question.id && cell.question !== DAYS_QUESTION) crossCells.push({ ...cell, by: question.id, byOption: option });
    }
  }
  return crossCells;
}
