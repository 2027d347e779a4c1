import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { demoSurvey } from '../../schema/demo.ts';
import { SurveyInput } from '../../schema/survey.ts';
import { cellsForResponse } from './tally.ts';

const survey = v.parse(SurveyInput, demoSurvey);
const key = (c: { question: string; item: string; option: string }) => `${c.question}|${c.item}|${c.option}`;

describe('cellsForResponse', () => {
  it('adds one to the response counter and to every answered option, numbers under their range', () => {
    const ranges = new Map([['years', (value: number) => (value < 10 ? '5|9' : '10|14')]]);
    const cells = cellsForResponse(
      survey,
      {
        profession: 'gp',
        years: 7,
        last_meeting: '2026-03-09',
        topics: ['mental', 'home'],
        priorities: ['tools', 'access', 'training'],
        coordination: 2,
        obstacles: 'Pas le temps',
        worklife: { time: 1, support: 5 },
        comments: 'RAS',
      },
      ranges,
    );
    const byKey = Object.fromEntries(cells.map((c) => [key(c), c.total]));
    expect(Object.keys(byKey).sort()).toEqual(
      [
        '||',
        'profession||',
        'profession||gp',
        'years||',
        'years||5|9',
        'last_meeting||',
        'last_meeting||2026-03',
        'topics||',
        'topics||mental',
        'topics||home',
        'priorities||',
        'priorities||tools',
        'priorities||access',
        'priorities||training',
        'priorities|1|tools',
        'priorities|2|access',
        'priorities|3|training',
        'coordination||',
        'coordination||2',
        'obstacles||',
        'worklife||',
        'worklife|time|',
        'worklife|time|1',
        'worklife|support|',
        'worklife|support|5',
        'comments||',
      ].sort(),
    );
    expect(cells.every((c) => c.count === 1)).toBe(true);
    // totals carry what means need: numeric answers and rank positions
    expect(byKey['years||']).toBe(7);
    expect(byKey['coordination||']).toBe(2);
    expect(byKey['worklife|support|']).toBe(5);
    expect(byKey['priorities||access']).toBe(2);
  });

  it('counts « prefer not to answer » apart, and nothing for skipped questions', () => {
    const cells = cellsForResponse(survey, { profession: null, coordination: 5 });
    expect(cells.map(key).sort()).toEqual(['||', 'coordination||', 'coordination||5', 'profession||#pna'].sort());
  });

  it('never keeps an exact number: without ranges, only the count and the sum (for the mean)', () => {
    expect(cellsForResponse(survey, { years: 23, coordination: 1 }).map(key).sort()).toEqual(['||', 'coordination||', 'coordination||1', 'years||'].sort());
  });

  it('never carries text, so free answers cannot leak through the counters', () => {
    const cells = cellsForResponse(survey, { coordination: 1, obstacles: 'Le secret de Mme X', comments: 'Dr Y' });
    expect(JSON.stringify(cells)).not.toMatch(/secret|Dr Y/);
  });
});
