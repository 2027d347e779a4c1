import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../schema/answers.ts';
import { SurveyInput, type Survey } from '../../../schema/survey.ts';
import { digestResponses } from './digest.ts';
import { measuresOfSurvey } from './measures.ts';
import { planRelease, type PastRelease } from './plan.ts';

const survey: Survey = {
  ...v.parse(SurveyInput, {
    slug: 'plan',
    title: { fr: 'Plan' },
    settings: { k: 5 },
    pages: [
      {
        id: 'p',
        questions: [
          { id: 'job', type: 'single', label: { fr: 'Métier' }, breakdown: true, options: ['nurse', 'gp', 'physio'].map((id) => ({ id, label: { fr: id } })) },
          { id: 'mood', type: 'scale', label: { fr: 'Humeur' }, min: 1, max: 5 },
          { id: 'extra', type: 'short_text', label: { fr: 'Un mot' } },
        ],
      },
    ],
  }),
  id: 's',
  status: 'open',
};
const measures = measuresOfSurvey(survey, []);
const people = (n: number, answers: Answers): Answers[] => Array.from({ length: n }, () => ({ ...answers }));

/** Releases made one after another over growing lists of responses. */
function releases(...batches: Answers[][]) {
  const past: PastRelease[] = [];
  let all: Answers[] = [];
  for (const batch of batches) {
    all = [...all, ...batch];
    const { atoms } = digestResponses(survey, all);
    past.push({ atoms, plan: planRelease(survey, past, atoms, measures) });
  }
  return past.map((p) => p.plan);
}

describe('planRelease', () => {
  it('refuses to make a release of fewer than k new responses', () => {
    expect(() => releases(people(4, { job: 'nurse', mood: 3 }))).toThrow(/at least k new responses/);
  });

  it('publishes everyone, and groups large enough that no subtraction isolates the others', () => {
    const [plan] = releases([...people(8, { job: 'nurse', mood: 3 }), ...people(6, { job: 'gp', mood: 4 }), ...people(2, { job: 'physio', mood: 5 })]);
    expect(plan!.counts).toEqual(['job=#answered', 'job=nurse', 'job=#pna']);
    expect(plan!.withheldCounts).toEqual({ 'job=gp': 'deducible', 'job=physio': 'under_k' });
    expect(plan!.figures.mood).toEqual(['', 'job=nurse']);
  });

  it('keeps a question’s figures as they were when too few new people answered it', () => {
    const [first, second] = releases(people(6, { job: 'nurse', mood: 3, extra: 'un' }), [
      ...people(4, { job: 'nurse', mood: 2 }),
      { job: 'nurse', mood: 1, extra: 'deux' },
    ]);
    expect(first!.figures.extra).toEqual(['']);
    // One new text among five new people: the texts and their count stay those of release 1.
    expect(second!.figures.extra).toEqual([]);
    expect(second!.withheld.extra).toEqual({ '': 'deducible' });
    expect(second!.figures.mood).toEqual(['', 'job=nurse']);
  });

  it('refreshes a group only once it grew by k since its last figures, over several releases if need be', () => {
    const plans = releases(
      [...people(10, { job: 'nurse', mood: 3 }), ...people(10, { job: 'gp', mood: 4 })],
      [...people(3, { job: 'nurse', mood: 2 }), ...people(3, { job: 'gp', mood: 2 })],
      [...people(3, { job: 'nurse', mood: 2 }), ...people(3, { job: 'gp', mood: 2 })],
    );
    expect(plans.map((p) => p.counts.filter((g) => g === 'job=nurse' || g === 'job=gp'))).toEqual([['job=nurse', 'job=gp'], [], ['job=nurse', 'job=gp']]);
  });

  it('does not refresh one group when the others’ growth would then come out under k', () => {
    // Nurses grew by 6 and GPs by 4: refreshing the nurses would give the 4 GPs as everyone − nurses.
    const plans = releases(
      [...people(10, { job: 'nurse', mood: 3 }), ...people(10, { job: 'gp', mood: 4 })],
      [...people(3, { job: 'nurse', mood: 2 }), ...people(2, { job: 'gp', mood: 2 })],
      [...people(3, { job: 'nurse', mood: 2 }), ...people(2, { job: 'gp', mood: 2 })],
    );
    expect(plans[2]!.counts).not.toContain('job=nurse');
    expect(plans[2]!.withheldCounts['job=nurse']).toBe('deducible');
  });
});
