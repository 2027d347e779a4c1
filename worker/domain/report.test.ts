import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { SurveyInput, type Survey } from '../../schema/survey.ts';
import { professionalHealth } from '../../schema/templates/professional-health.ts';
import { healthAnswers, type HealthProfile } from '../../tests/fixtures/health-answers.ts';
import { EVERYONE, type GroupKey } from './release/profile.ts';
import { makeSnapshot } from './release/snapshot.ts';
import { reportBreakdown, scaleFigure, surveyReport } from './report.ts';
import type { PublishedView } from './results.ts';

const survey: Survey = { ...v.parse(SurveyInput, professionalHealth.survey), id: 'wave-1', status: 'open' };
const FRESH = { release: 1, withheld: null };

/** Every view a first release of these people publishes, as the worker reads them back. */
function published(people: { cbi: number; who5: number; profile?: HealthProfile }[], of: Survey = survey): Map<GroupKey, PublishedView> {
  const snapshot = makeSnapshot(
    of,
    people.map((p) => healthAnswers(p.cbi, p.who5, p.profile)),
    [],
  );
  const views = new Map<
    GroupKey,
    { cells: PublishedView['cells'][number][]; states: Map<string, { release: number | null; withheld: null | 'under_k' | 'deducible' }> }
  >();
  const view = (key: GroupKey) => {
    if (!views.has(key)) views.set(key, { cells: [], states: new Map() });
    return views.get(key)!;
  };
  for (const cell of snapshot.cells) view(cell.view).cells.push(cell);
  for (const state of snapshot.states) view(state.view).states.set(state.measure, { release: state.fresh ? 1 : null, withheld: state.withheld });
  return views;
}

const repeat = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);
const release = (responses: number) => ({ number: 1, madeAt: '2026-12-06T06:17:00.000Z', kind: 'scheduled' as const, responses });

describe('scaleFigure', () => {
  it('suppresses fewer than k, and gives the t-interval and the Wilson interval from sums', () => {
    expect(scaleFigure({ n: 4, sum: 200, squares: 12500, pastCutoff: 2 }, 5, FRESH)).toEqual({ suppressed: true, reason: 'under_k' });
    expect(scaleFigure(undefined, 5, FRESH)).toEqual({ suppressed: true, reason: 'under_k' });
    expect(scaleFigure({ n: 8, sum: 400, squares: 25000, pastCutoff: 4 }, 5, { release: null, withheld: 'deducible' })).toEqual({
      suppressed: true,
      reason: 'deducible',
    });
    // 50, 75, 25, 100, 50: Σ = 300, Σx² = 21250; 2 of 5 past the cutoff (neither side nearly all)
    const figure = scaleFigure({ n: 5, sum: 300, squares: 21250, pastCutoff: 2 }, 5, FRESH);
    if (figure.suppressed) throw new Error('suppressed');
    expect(figure.mean).toBe(60);
    expect(figure.lower!.toFixed(1)).toBe('24.6');
    expect(figure.upper!.toFixed(1)).toBe('95.4');
    expect(figure.release).toBe(1);
    // 43/68 → 63.2 % [51.4; 73.7]
    const share = scaleFigure({ n: 68, sum: 3400, squares: 200000, pastCutoff: 43 }, 5, FRESH);
    if (share.suppressed || 'coarse' in share.cutoff) throw new Error('suppressed');
    expect([share.cutoff.proportion, share.cutoff.lower, share.cutoff.upper].map((p) => (p * 100).toFixed(1))).toEqual(['63.2', '51.4', '73.7']);
  });

  it('gives only a bound when nearly everyone is on one side of the cutoff', () => {
    expect(scaleFigure({ n: 12, sum: 1200, squares: 120000, pastCutoff: 12 }, 5, FRESH)).toMatchObject({
      n: 12,
      mean: 100,
      cutoff: { coarse: { atLeast: 60 }, n: 12 },
    });
    expect(scaleFigure({ n: 68, sum: 340, squares: 2000, pastCutoff: 0 }, 5, FRESH)).toMatchObject({ cutoff: { coarse: { atMost: 10 }, n: 68 } });
  });

  it('says from which release the figures come when the latest could not refresh them', () => {
    expect(scaleFigure({ n: 10, sum: 500, squares: 30000, pastCutoff: 5 }, 5, { release: 2, withheld: 'deducible' })).toMatchObject({
      release: 2,
      stale: 'deducible',
    });
  });
});

describe('reportBreakdown', () => {
  const keys = ['cbi.personal', 'cbi.work', 'cbi.patient', 'who5.wellbeing'] as const;

  it('shows every group of k or more when nobody is left out', () => {
    const views = published([
      ...repeat(6, { cbi: 1, who5: 4, profile: { profession: 'nurse' } }),
      ...repeat(5, { cbi: 3, who5: 2, profile: { profession: 'doctor' } }),
    ]);
    const breakdown = reportBreakdown(survey, 'profession', views, keys)!;
    expect(breakdown.groups.filter((g) => g.respondents !== null).map((g) => [g.option, g.respondents, g.release])).toEqual([
      ['doctor', 5, 1],
      ['nurse', 6, 1],
    ]);
    expect(breakdown.groups.find((g) => g.option === 'doctor')!.scales['cbi.personal']).toMatchObject({ n: 5, mean: 75 });
  });

  it('hides a group under k and the smallest other group when the hidden people number fewer than k', () => {
    const views = published([
      ...repeat(8, { cbi: 1, who5: 4, profile: { profession: 'nurse' } }),
      ...repeat(6, { cbi: 3, who5: 2, profile: { profession: 'doctor' } }),
      ...repeat(5, { cbi: 2, who5: 3, profile: { profession: 'rehab' } }),
      ...repeat(1, { cbi: 4, who5: 0, profile: { profession: 'pharmacist' } }),
    ]);
    const breakdown = reportBreakdown(survey, 'profession', views, keys)!;
    const shown = breakdown.groups.filter((g) => !g.scales['cbi.personal']!.suppressed).map((g) => g.option);
    expect(shown).toEqual(['doctor', 'nurse']); // pharmacist (1) + rehab (5, the smallest) = 6 ≥ k
    expect(breakdown.groups.find((g) => g.option === 'rehab')).toMatchObject({ respondents: null, withheld: 'deducible' });
    expect(breakdown.groups.find((g) => g.option === 'pharmacist')).toMatchObject({ respondents: null, withheld: 'under_k' });
  });

  it('hides one scale of a group when its non-responders would expose someone, not the others', () => {
    const people = [...repeat(6, { cbi: 1, who5: 4, profile: { profession: 'nurse' } }), ...repeat(6, { cbi: 3, who5: 2, profile: { profession: 'doctor' } })];
    const snapshotOf = (extra: ReturnType<typeof healthAnswers>[]) =>
      makeSnapshot(survey, [...people.map((p) => healthAnswers(p.cbi, p.who5, p.profile)), ...extra], []);
    // One more nurse, scored on WHO-5 only (CBI personal left short): the personal scale's totals now differ.
    const partial = healthAnswers(2, 2, { profession: 'nurse' });
    partial.cbi_personal = { p1: 2 };
    const snapshot = snapshotOf([partial]);
    const nurse = (measure: string) => snapshot.states.find((s) => s.view === 'profession=nurse' && s.measure === measure);
    expect(nurse('#n')).toMatchObject({ fresh: true });
    expect(nurse('#score:who5.wellbeing')).toMatchObject({ fresh: true });
    expect(nurse('#score:cbi.personal')).toMatchObject({ fresh: true }); // 6 scored of 7: the 7th is not a figure of its own
  });

  it('is null for a question that is not a breakdown', () => {
    expect(reportBreakdown(survey, 'burnout_experienced', published(repeat(5, { cbi: 1, who5: 1 })), keys)).toBeNull();
  });
});

describe('surveyReport', () => {
  it('reports participation against the declared population, the code batches, and orders the waves', () => {
    const now = published(repeat(5, { cbi: 2, who5: 3 }));
    const earlier = published(repeat(5, { cbi: 3, who5: 2 }));
    const batches = [{ issuedAt: '2026-12-01T09:00:00.000Z', issuedBy: 'Marie', count: 10, population: 10 }];
    const report = surveyReport({
      survey: { ...survey, id: 'wave-2', slug: 'sante-vague-2' },
      wave: 2,
      overall: now.get(EVERYONE)!,
      release: release(5),
      nextReleaseAt: '2026-12-07T06:00:00.000Z',
      invited: 10,
      codeBatches: batches,
      otherWaves: [{ survey, wave: 1, view: earlier.get(EVERYONE)!, release: release(5) }],
    });
    expect(report.participation).toEqual({
      release: release(5),
      nextReleaseAt: '2026-12-07T06:00:00.000Z',
      released: 5,
      usable: 5,
      invited: 10,
      responseRate: 0.5,
      usableRate: 0.5,
      codeBatches: batches,
    });
    expect(report.waves.map((w) => [w.wave, w.current, (w.scales['cbi.personal'] as { mean: number }).mean])).toEqual([
      [1, false, 75],
      [2, true, 50],
    ]);
    expect(report.breakdowns.map((b) => b.question)).toEqual(['profession', 'sex', 'age_band', 'practice_mode', 'weekly_hours']);
    expect(report.instruments.flatMap((i) => i.scales.map((s) => [s.key, s.items, s.questions]))).toEqual([
      ['cbi.personal', 6, ['cbi_personal']],
      ['cbi.work', 7, ['cbi_work_degree', 'cbi_work_frequency']],
      ['cbi.patient', 6, ['cbi_patient_degree', 'cbi_patient_frequency']],
      ['who5.wellbeing', 5, ['who5_wellbeing']],
    ]);
  });
});
