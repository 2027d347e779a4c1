import { describe, expect, it } from 'vitest';
import { healthAnswers } from '../../tests/fixtures/health-answers.ts';
import { professionalHealth } from '../../schema/templates/professional-health.ts';
import { PAST_CUTOFF, SCORES_QUESTION, SQUARES, USABLE, scaleAggregates, scoreCells, usableCount } from './scored-scales.ts';
import { scoreResponse } from './scoring.ts';
import type { TallyCell } from './tally.ts';

const survey = professionalHealth.survey;
const cellsOf = (answers: ReturnType<typeof healthAnswers>) => scoreCells(scoreResponse(survey, answers));

/** Adds cells the way the tallies' upsert does. */
function fold(cells: TallyCell[]): TallyCell[] {
  const byKey = new Map<string, TallyCell>();
  for (const cell of cells) {
    const key = `${cell.question}|${cell.item}|${cell.option}`;
    const sum = byKey.get(key);
    if (sum) byKey.set(key, { ...sum, count: sum.count + cell.count, total: sum.total + cell.total });
    else byKey.set(key, { ...cell });
  }
  return [...byKey.values()];
}

describe('scoreCells', () => {
  it('adds, per scored scale, one to n, the score to the sum, its square to the squares, and one past the cutoff', () => {
    const cells = cellsOf(healthAnswers(3, 2)); // personal 75, work 475/7, patient 75, WHO-5 40
    const personal = cells.filter((c) => c.item === 'cbi.personal');
    expect(personal).toEqual([
      { question: SCORES_QUESTION, item: 'cbi.personal', option: '', count: 1, total: 75 },
      { question: SCORES_QUESTION, item: 'cbi.personal', option: SQUARES, count: 1, total: 5625 },
      { question: SCORES_QUESTION, item: 'cbi.personal', option: PAST_CUTOFF, count: 1, total: 0 },
    ]);
    expect(cells.find((c) => c.item === 'who5.wellbeing' && c.option === '')?.total).toBe(40);
    expect(cells.some((c) => c.item === 'who5.wellbeing' && c.option === PAST_CUTOFF)).toBe(true); // 40 ≤ 50
    expect(cells.at(-1)).toEqual({ question: SCORES_QUESTION, item: '', option: USABLE, count: 1, total: 0 });
  });

  it('adds nothing for a non-responder scale and does not count the response as usable', () => {
    const answers = healthAnswers(1, 5);
    answers.cbi_personal = { p1: 1 };
    const cells = cellsOf(answers);
    expect(cells.some((c) => c.item === 'cbi.personal')).toBe(false);
    expect(cells.find((c) => c.item === 'cbi.personal' && c.option === '')).toBeUndefined();
    expect(cells.some((c) => c.option === USABLE)).toBe(false);
    expect(cells.some((c) => c.item === 'who5.wellbeing' && c.option === PAST_CUTOFF)).toBe(false); // 100 > 50
  });

  it('adds nothing at all for a survey without an intact instrument', () => {
    expect(scoreCells({ cbi: null, who5: null })).toEqual([]);
  });

  it('aggregates back to n, Σx, Σx² and the count past the cutoff', () => {
    const folded = fold([0, 1, 2, 3, 4].flatMap((level) => cellsOf(healthAnswers(level, 3))));
    expect(scaleAggregates(folded).get('cbi.personal')).toEqual({ n: 5, sum: 250, squares: 0 + 625 + 2500 + 5625 + 10000, pastCutoff: 3 });
    expect(usableCount(folded)).toBe(5);
  });
});
