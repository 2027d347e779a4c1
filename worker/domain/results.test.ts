import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schema/answers.ts';
import { demoSurvey } from '../../schema/demo.ts';
import { SurveyInput, type Survey } from '../../schema/survey.ts';
import { EVERYONE } from './release/profile.ts';
import { makeSnapshot } from './release/snapshot.ts';
import { viewResults, type PublishedView } from './results.ts';

const survey: Survey = { ...v.parse(SurveyInput, demoSurvey), id: 'id', status: 'open' };

/** Everyone's view as a first release would publish it, read back the way the worker reads it. */
function published(responses: Answers[]): { view: PublishedView; release: { number: number; madeAt: string; kind: 'scheduled'; responses: number } } {
  const snapshot = makeSnapshot(survey, responses, []);
  const cells = snapshot.cells.filter((c) => c.view === EVERYONE);
  const states = new Map(snapshot.states.filter((s) => s.view === EVERYONE).map((s) => [s.measure, { release: s.fresh ? 1 : null, withheld: s.withheld }]));
  return { view: { cells, states }, release: { number: 1, madeAt: '2026-12-06T06:00:00.000Z', kind: 'scheduled', responses: responses.length } };
}

function surveyResults(responses: Answers[]) {
  const { view, release } = published(responses);
  return viewResults(survey, EVERYONE, view, { release, nextReleaseAt: null });
}

const five: Answers[] = [
  {
    profession: 'gp',
    coordination: 1,
    years: 3,
    topics: ['mental'],
    priorities: ['access', 'tools', 'training'],
    worklife: { time: 1, isolated: 5 },
    last_meeting: '2026-01-05',
  },
  {
    profession: 'gp',
    coordination: 2,
    years: 10,
    topics: ['mental', 'home'],
    priorities: ['access', 'training', 'tools'],
    worklife: { time: 2, isolated: 4 },
    last_meeting: '2026-01-20',
  },
  {
    profession: 'nurse',
    coordination: 4,
    years: 12,
    topics: ['home'],
    priorities: ['tools', 'access', 'elderly'],
    worklife: { time: 2, isolated: 4 },
    last_meeting: '2026-02-02',
  },
  {
    profession: 'nurse',
    coordination: 5,
    years: 30,
    topics: ['prevention'],
    priorities: ['elderly', 'access', 'tools'],
    worklife: { time: 4, isolated: 2 },
    comments: 'RAS',
  },
  { profession: null, coordination: 5, years: null, topics: ['mental', 'hospital'], priorities: ['access', 'elderly', 'attract'], worklife: { time: 5 } },
];

describe('viewResults', () => {
  it('gives no figure before a release, and none for a question fewer than k answered', () => {
    const empty = viewResults(survey, EVERYONE, { cells: [], states: new Map() }, { release: null, nextReleaseAt: null });
    expect(empty.responses).toBe(0);
    expect(empty.questions.every((q) => q.suppressed)).toBe(true);
    const results = surveyResults(five);
    expect(results.responses).toBe(5);
    expect(results.k).toBe(5);
    // 4 answers (one preferred not to): no distribution.
    expect(results.questions.find((q) => q.id === 'last_meeting')).toEqual({ id: 'last_meeting', type: 'date', suppressed: true, reason: 'under_k' });
  });

  it('counts and percentages per option; profile questions show group sizes or why not', () => {
    const results = surveyResults(five);
    const profession = results.questions.find((q) => q.id === 'profession')!;
    // 2 GPs, 2 nurses, 1 prefers not: every group under k, the 4 who answered too (so no percentages).
    expect(profession).toMatchObject({
      suppressed: false,
      answered: null,
      preferNotToAnswer: null,
      options: expect.arrayContaining([
        { key: 'gp', count: null, percent: null, withheld: 'under_k' },
        { key: 'nurse', count: null, percent: null, withheld: 'under_k' },
        { key: 'pharmacist', count: 0, percent: null },
      ]),
    });
    // Multiple choice: each option ticked or not. Among 5, any split leaves a majority with fewer than k others: bounds only.
    expect(results.questions.find((q) => q.id === 'topics')).toMatchObject({
      suppressed: false,
      answered: 5,
      preferNotToAnswer: 0,
      options: [
        { key: 'unplanned', count: null, coarse: { atMost: 40 } },
        { key: 'prevention', count: null, coarse: { atMost: 40 } },
        { key: 'mental', count: null, coarse: { atLeast: 60 } },
        { key: 'hospital', count: null, coarse: { atMost: 40 } },
        { key: 'home', count: null, coarse: { atMost: 40 } },
      ],
    });
    // Among 15, options ticked by 6 or 9 are counted; by 3 or 0, only bounded.
    const fifteen = [...five, ...five, ...five];
    expect(surveyResults(fifteen).questions.find((q) => q.id === 'topics')).toMatchObject({
      answered: 15,
      options: [
        { key: 'unplanned', count: null, coarse: { atMost: 30 } },
        { key: 'prevention', count: null, coarse: { atMost: 30 } },
        { key: 'mental', count: 9, percent: 60 },
        { key: 'hospital', count: null, coarse: { atMost: 30 } },
        { key: 'home', count: 6, percent: 40 },
      ],
    });
  });

  it('distribution, mean and median for scales', () => {
    const coordination = surveyResults(five).questions.find((q) => q.id === 'coordination');
    expect(coordination).toMatchObject({
      type: 'scale',
      answered: 5,
      release: 1,
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

  it('mean rank and first places for rankings, first places as bounds when one option leads nearly everyone', () => {
    const priorities = surveyResults(five).questions.find((q) => q.id === 'priorities');
    // « access » first for 3 of 5: a majority with fewer than k others.
    expect(priorities).toMatchObject({
      type: 'ranking',
      options: [
        { id: 'access', ranked: 5, meanRank: 1.4, first: null, coarse: { atLeast: 60 } }, // 1,1,2,2,1
        { id: 'training', ranked: 2, meanRank: 2.5, first: null, coarse: { atMost: 40 } },
        { id: 'tools', ranked: 4, meanRank: 2.25, first: null, coarse: { atMost: 40 } }, // 2,3,1,3
        { id: 'attract', ranked: 1, meanRank: 3, first: null, coarse: { atMost: 40 } },
        { id: 'elderly', ranked: 3, meanRank: 2, first: null, coarse: { atMost: 40 } }, // 3,1,2
      ],
    });
    const fifteen = [
      ...five,
      ...five.map((a) => ({ ...a, priorities: ['elderly', 'tools', 'access'] })),
      ...five.map((a) => ({ ...a, priorities: ['tools', 'access', 'elderly'] })),
    ];
    expect(surveyResults(fifteen).questions.find((q) => q.id === 'priorities')).toMatchObject({
      options: expect.arrayContaining([
        { id: 'access', ranked: 15, meanRank: 2.13, first: 3 },
        { id: 'elderly', ranked: 13, meanRank: 2, first: 6 },
        { id: 'tools', ranked: 14, meanRank: 1.71, first: 6 },
      ]),
    });
  });

  it('suppresses matrix rows one by one, and counts text answers only', () => {
    const results = surveyResults(five);
    const worklife = results.questions.find((q) => q.id === 'worklife');
    expect(worklife).toMatchObject({ suppressed: false, answered: 5 });
    if (worklife?.type !== 'matrix' || worklife.suppressed) throw new Error('matrix expected');
    expect(worklife.items[0]).toMatchObject({ id: 'time', suppressed: false, answered: 5, mean: 2.8, median: 2 });
    expect(worklife.items[1]).toEqual({ id: 'isolated', suppressed: true, reason: 'under_k' }); // 4 answers
    expect(worklife.items[2]).toEqual({ id: 'support', suppressed: true, reason: 'under_k' });
    expect(results.questions.find((q) => q.id === 'comments')).toEqual({ id: 'comments', type: 'long_text', suppressed: true, reason: 'under_k' });
  });

  it('numbers come as round ranges, a mean and the median range; dates group by month', () => {
    const seven = [
      ...five,
      { profession: 'pharmacist', coordination: 3, years: 8, last_meeting: '2026-02-14' },
      { coordination: 3, last_meeting: '2026-02-20' },
    ] as Answers[];
    const results = surveyResults(seven);
    const years = results.questions.find((q) => q.id === 'years');
    expect(years).toMatchObject({ type: 'number', answered: 5, preferNotToAnswer: 1, mean: 12.6, medianRange: { from: 10, to: 14 } });
    if (years?.type !== 'number' || years.suppressed) throw new Error('number expected');
    expect(years.distribution.find((b) => b.key === '10|14')).toMatchObject({ count: 2, from: 10, to: 14 });
    // Empty ranges between answers stay in the chart.
    expect(years.distribution.find((b) => b.from === 15)).toMatchObject({ count: 0, to: 19 });
    // 2 and 3 of 5: a majority month with fewer than k others, so bounds.
    expect(results.questions.find((q) => q.id === 'last_meeting')).toMatchObject({
      distribution: [
        { key: '2026-01', count: null, coarse: { atMost: 40 } },
        { key: '2026-02', count: null, coarse: { atLeast: 60 } },
      ],
    });
  });

  it('shows only a bound where nearly everyone gave the same answer, and no mean that would tell it', () => {
    const same = Array.from({ length: 8 }, () => ({
      profession: 'nurse',
      coordination: 5,
      priorities: ['access', 'tools', 'training'],
      topics: ['mental'],
      worklife: { time: 1 },
    })) as Answers[];
    const results = surveyResults(same);
    expect(results.questions.find((q) => q.id === 'coordination')).toMatchObject({
      mean: null,
      median: null,
      distribution: expect.arrayContaining([{ key: '5', count: null, percent: null, coarse: { atLeast: 60 } }]),
    });
  });
});
