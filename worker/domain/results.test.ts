import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schema/answers.ts';
import { demoSurvey } from '../../schema/demo.ts';
import { SurveyInput, type Survey } from '../../schema/survey.ts';
import { surveyResults } from './results.ts';
import { cellsForResponse, type TallyCell } from './tally.ts';

const survey: Survey = { ...v.parse(SurveyInput, demoSurvey), id: 'id', status: 'open' };

/** Sums the cells of several responses the way D1's upserts do. */
function tallies(responses: Answers[]): TallyCell[] {
  const merged = new Map<string, TallyCell>();
  for (const answers of responses) {
    for (const cell of cellsForResponse(survey, answers)) {
      const k = `${cell.question}|${cell.item}|${cell.option}`;
      const existing = merged.get(k);
      if (existing) {
        existing.count += cell.count;
        existing.total += cell.total;
      } else merged.set(k, { ...cell });
    }
  }
  return [...merged.values()];
}

const five: Answers[] = [
  { profession: 'gp', coordination: 1, years: 3, topics: ['mental'], priorities: ['access', 'tools', 'training'], worklife: { time: 1, isolated: 5 }, last_meeting: '2026-01-05' },
  { profession: 'gp', coordination: 2, years: 10, topics: ['mental', 'home'], priorities: ['access', 'training', 'tools'], worklife: { time: 2, isolated: 4 }, last_meeting: '2026-01-20' },
  { profession: 'nurse', coordination: 4, years: 12, topics: ['home'], priorities: ['tools', 'access', 'elderly'], worklife: { time: 2, isolated: 4 }, last_meeting: '2026-02-02' },
  { profession: 'nurse', coordination: 5, years: 30, topics: ['prevention'], priorities: ['elderly', 'access', 'tools'], worklife: { time: 4, isolated: 2 }, comments: 'RAS' },
  { profession: null, coordination: 5, years: null, topics: ['mental', 'hospital'], priorities: ['access', 'elderly', 'attract'], worklife: { time: 5 } },
];

describe('surveyResults', () => {
  it('always gives the total, but no figure for a question fewer than k answered', () => {
    const results = surveyResults(survey, tallies(five.slice(0, 4)), 4);
    expect(results.responses).toBe(4);
    expect(results.released).toBe(4);
    expect(results.k).toBe(5);
    expect(results.questions.every((q) => q.suppressed)).toBe(true);
    expect(JSON.stringify(results.questions)).not.toMatch(/count|mean/);
  });

  it('counts and percentages per option, « prefer not to answer » apart', () => {
    const results = surveyResults(survey, tallies(five), 5);
    const profession = results.questions.find((q) => q.id === 'profession')!;
    // 4 real answers < k = 5: even with 5 respondents, the question is hidden
    expect(profession).toEqual({ id: 'profession', type: 'single', suppressed: true });
    const topics = results.questions.find((q) => q.id === 'topics');
    expect(topics).toMatchObject({
      suppressed: false,
      answered: 5,
      preferNotToAnswer: 0,
      options: [
        { key: 'unplanned', count: 0, percent: 0 },
        { key: 'prevention', count: 1, percent: 20 },
        { key: 'mental', count: 3, percent: 60 },
        { key: 'hospital', count: 1, percent: 20 },
        { key: 'home', count: 2, percent: 40 },
      ],
    });
  });

  it('distribution, mean and median for scales', () => {
    const coordination = surveyResults(survey, tallies(five), 5).questions.find((q) => q.id === 'coordination');
    expect(coordination).toMatchObject({
      type: 'scale',
      answered: 5,
      mean: 3.4, // (1+2+4+5+5)/5
      median: 4,
      distribution: [
        { key: '1', count: 1, percent: 20 },
        { key: '2', count: 1, percent: 20 },
        { key: '3', count: 0, percent: 0 },
        { key: '4', count: 1, percent: 20 },
        { key: '5', count: 2, percent: 40 },
      ],
    });
  });

  it('mean rank and first places for rankings', () => {
    const priorities = surveyResults(survey, tallies(five), 5).questions.find((q) => q.id === 'priorities');
    expect(priorities).toMatchObject({
      type: 'ranking',
      options: [
        { id: 'access', ranked: 5, meanRank: 1.4, first: 3 }, // 1,1,2,2,1
        { id: 'training', ranked: 2, meanRank: 2.5, first: 0 },
        { id: 'tools', ranked: 4, meanRank: 2.25, first: 1 }, // 2,3,1,3
        { id: 'attract', ranked: 1, meanRank: 3, first: 0 },
        { id: 'elderly', ranked: 3, meanRank: 2, first: 1 }, // 3,1,2
      ],
    });
  });

  it('suppresses matrix rows one by one, and counts text answers only', () => {
    const results = surveyResults(survey, tallies(five), 5);
    const worklife = results.questions.find((q) => q.id === 'worklife');
    expect(worklife).toMatchObject({ suppressed: false, answered: 5 });
    if (worklife?.type !== 'matrix' || worklife.suppressed) throw new Error('matrix expected');
    expect(worklife.items[0]).toMatchObject({ id: 'time', suppressed: false, answered: 5, mean: 2.8, median: 2 });
    expect(worklife.items[1]).toEqual({ id: 'isolated', suppressed: true }); // 4 answers
    expect(worklife.items[2]).toEqual({ id: 'support', suppressed: true });
    expect(results.questions.find((q) => q.id === 'comments')).toEqual({ id: 'comments', type: 'long_text', suppressed: true });
  });

  it('numbers get round bins, a mean and a median; dates group by month', () => {
    const six = [...five, { profession: 'pharmacist', coordination: 3, years: 8, last_meeting: '2026-02-14' }, { coordination: 3, last_meeting: '2026-02-20' }];
    const results = surveyResults(survey, tallies(six), 7);
    const years = results.questions.find((q) => q.id === 'years');
    expect(years).toMatchObject({ type: 'number', answered: 5, preferNotToAnswer: 1, mean: 12.6, median: 10 });
    if (years?.type !== 'number' || years.suppressed) throw new Error('number expected');
    expect(years.distribution.find((b) => b.key === '10–14')).toMatchObject({ count: 2, from: 10, to: 14 });
    expect(results.questions.find((q) => q.id === 'last_meeting')).toMatchObject({
      distribution: [
        { key: '2026-01', count: 2, percent: 40 },
        { key: '2026-02', count: 3, percent: 60 },
      ],
    });
  });
});
