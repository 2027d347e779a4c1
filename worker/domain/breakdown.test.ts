import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schema/answers.ts';
import { demoSurvey } from '../../schema/demo.ts';
import { SurveyInput, type Survey } from '../../schema/survey.ts';
import { breakdownGroups, breakdownResults } from './breakdown.ts';
import { cellsForResponse, crossCellsForResponse, type TallyCell } from './tally.ts';

const survey: Survey = { ...v.parse(SurveyInput, demoSurvey), id: 'id', status: 'open' };

/** Sums cells the way D1's upserts do, overall and per profession. */
function tally(responses: Answers[]) {
  const add = (map: Map<string, TallyCell>, cell: TallyCell) => {
    const key = `${cell.question}|${cell.item}|${cell.option}`;
    const existing = map.get(key);
    if (existing) {
      existing.count += cell.count;
      existing.total += cell.total;
    } else map.set(key, { ...cell });
  };
  const all = new Map<string, TallyCell>();
  const groups = new Map<string, Map<string, TallyCell>>();
  for (const answers of responses) {
    const cells = cellsForResponse(survey, answers);
    for (const cell of cells) add(all, cell);
    for (const { by: _by, byOption, ...cell } of crossCellsForResponse(survey, answers, cells)) {
      if (!groups.has(byOption)) groups.set(byOption, new Map());
      add(groups.get(byOption)!, cell);
    }
  }
  return { all: [...all.values()], byOption: new Map([...groups].map(([o, m]) => [o, [...m.values()]])) };
}

const people = (n: number, answers: Answers) => Array.from({ length: n }, () => ({ ...answers }));

describe('breakdowns', () => {
  it('show a group of at least k, with its own figures', () => {
    const { all, byOption } = tally([...people(6, { profession: 'nurse', coordination: 2 }), ...people(5, { profession: 'gp', coordination: 5 })]);
    const nurses = breakdownResults(survey, 'profession', 'nurse', all, byOption);
    expect(nurses.ok).toBe(true);
    if (!nurses.ok) return;
    expect(nurses.results.filter).toEqual({ question: 'profession', option: 'nurse', respondents: 6 });
    expect(nurses.results.questions.find((q) => q.id === 'coordination')).toMatchObject({ answered: 6, mean: 2 });
    // the breakdown question itself says nothing new
    expect(nurses.results.questions.find((q) => q.id === 'profession')).toMatchObject({ suppressed: true });
  });

  it('refuse a group under k, and a large group whose complement would reveal a small one', () => {
    // 10 nurses, 10 GPs, 2 physios: physios are hidden; showing both nurses and GPs would give
    // physios = total − nurses − GPs, so one of them (the smallest) is hidden too
    const { all, byOption } = tally([
      ...people(10, { profession: 'nurse', coordination: 3 }),
      ...people(11, { profession: 'gp', coordination: 4 }),
      ...people(2, { profession: 'physio', coordination: 1 }),
    ]);
    expect(breakdownGroups(survey, 'profession', all, byOption).filter((g) => g.available).map((g) => g.option)).toEqual(['gp']);
    expect(breakdownResults(survey, 'profession', 'physio', all, byOption)).toEqual({ ok: false, reason: 'too_few' });
    expect(breakdownResults(survey, 'profession', 'nurse', all, byOption)).toEqual({ ok: false, reason: 'too_few' });
    // the GP figures and the overall figures leave 12 people outside: at least k
    expect(breakdownResults(survey, 'profession', 'gp', all, byOption).ok).toBe(true);
  });

  it('hide a question whose answers outside the shown groups are fewer than k', () => {
    // 2 people prefer not to give their profession: the pharmacists (5) are hidden with them
    const { all, byOption } = tally([
      ...people(6, { profession: 'nurse', coordination: 3, years: 4 }),
      ...people(6, { profession: 'gp', coordination: 3, years: 20 }),
      ...people(5, { profession: 'pharmacist', coordination: 3 }),
      ...people(2, { profession: null, coordination: 3, years: 30 }),
    ]);
    const gps = breakdownResults(survey, 'profession', 'gp', all, byOption);
    if (!gps.ok) throw new Error('gp group expected');
    // years: nurses 6 + GPs 6 shown, 14 answered, so the 2 outside could be recovered → hidden
    expect(gps.results.questions.find((q) => q.id === 'years')).toEqual({ id: 'years', type: 'number', suppressed: true });
    // coordination: 19 answered, 12 inside the shown groups, 7 outside → shown
    expect(gps.results.questions.find((q) => q.id === 'coordination')).toMatchObject({ suppressed: false, answered: 6, mean: 3 });
  });

  it('refuse what is not a breakdown question or not one of its options', () => {
    const { all, byOption } = tally(people(5, { profession: 'nurse', coordination: 3 }));
    expect(breakdownResults(survey, 'coordination', '3', all, byOption)).toEqual({ ok: false, reason: 'not_a_breakdown' });
    expect(breakdownResults(survey, 'profession', 'astronaut', all, byOption)).toEqual({ ok: false, reason: 'unknown_option' });
  });
});
