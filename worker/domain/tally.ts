import type { Answers } from '../../schema/answers.ts';
import { questionsOf, type SurveyInput } from '../../schema/survey.ts';

/**
 * One pre-aggregated counter. Results are read from these cells only, so a results read
 * costs O(questions × options) rows whatever the number of responses.
 *
 * - question '' item '' option '': the number of responses;
 * - question q, item '', option '': people who answered q (total: sum of numeric answers);
 * - option '#pna': « préfère ne pas répondre »;
 * - other options: one count per option, scale point, range of numbers (`from|to`), month or ranked option;
 * - matrix rows use item = row id; rankings use item = rank position.
 */
export type TallyCell = { question: string; item: string; option: string; count: number; total: number };

export const RESPONSES_CELL = { question: '', item: '', option: '' } as const;
export const PREFER_NOT = '#pna';

/** The range a number answer is counted in, per number question: `from|to`. Exact numbers are never kept. */
export type NumberRanges = ReadonlyMap<string, (value: number) => string | undefined>;

/** The cells one validated response adds to (each by one). */
export function cellsForResponse(survey: Pick<SurveyInput, 'pages'>, answers: Answers, ranges: NumberRanges = new Map()): TallyCell[] {
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
        add(q, '', '', value as number);
        add(q, '', String(value));
        break;
      case 'number': {
        add(q, '', '', value as number);
        const range = ranges.get(q)?.(value as number);
        if (range !== undefined) add(q, '', range);
        break;
      }
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
