import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { SurveyInput, type Survey } from '../../schema/survey.ts';
import { professionalHealth } from '../../schema/templates/professional-health.ts';
import { healthAnswers, type HealthProfile } from '../../tests/fixtures/health-answers.ts';
import { reportBreakdown, scaleFigure, surveyReport } from './report.ts';
import { scoreCells } from './scored-scales.ts';
import { scoreResponse } from './scoring.ts';
import { cellsForResponse, crossCellsForResponse, type TallyCell } from './tally.ts';

const survey: Survey = { ...v.parse(SurveyInput, professionalHealth.survey), id: 'wave-1', status: 'open' };

function fold(cells: TallyCell[]): TallyCell[] {
  const byKey = new Map<string, TallyCell>();
  for (const cell of cells) {
    const key = `${cell.question}|${cell.item}|${cell.option}`;
    const sum = byKey.get(key);
    byKey.set(key, sum ? { ...sum, count: sum.count + cell.count, total: sum.total + cell.total } : { ...cell });
  }
  return [...byKey.values()];
}

/** Tallies (overall and by `by`) of a set of responses, computed as the worker does at submission. */
function tallies(people: { cbi: number; who5: number; profile?: HealthProfile }[], by = 'profession') {
  const all: TallyCell[] = [];
  const cross = new Map<string, TallyCell[]>();
  for (const person of people) {
    const answers = healthAnswers(person.cbi, person.who5, person.profile);
    const cells = [...cellsForResponse(survey, answers), ...scoreCells(scoreResponse(survey, answers))];
    all.push(...cells);
    for (const c of crossCellsForResponse(survey, answers, cells)) if (c.by === by) cross.set(c.byOption, [...(cross.get(c.byOption) ?? []), c]);
  }
  return { all: fold(all), byOption: new Map([...cross].map(([k, cells]) => [k, fold(cells)])) };
}

const repeat = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);

describe('scaleFigure', () => {
  it('suppresses fewer than k, and gives the t-interval and the Wilson interval from sums', () => {
    expect(scaleFigure({ n: 4, sum: 200, squares: 12500, pastCutoff: 2 }, 5)).toEqual({ suppressed: true });
    expect(scaleFigure(undefined, 5)).toEqual({ suppressed: true });
    // 50, 75, 25, 100, 50: Σ = 300, Σx² = 21250
    const figure = scaleFigure({ n: 5, sum: 300, squares: 21250, pastCutoff: 4 }, 5);
    if (figure.suppressed) throw new Error('suppressed');
    expect(figure.mean).toBe(60);
    expect(figure.lower!.toFixed(1)).toBe('24.6');
    expect(figure.upper!.toFixed(1)).toBe('95.4');
    // 43/68 → 63.2 % [51.4; 73.7]
    const share = scaleFigure({ n: 68, sum: 3400, squares: 200000, pastCutoff: 43 }, 5);
    if (share.suppressed) throw new Error('suppressed');
    expect([share.cutoff.proportion, share.cutoff.lower, share.cutoff.upper].map((p) => (p * 100).toFixed(1))).toEqual(['63.2', '51.4', '73.7']);
  });
});

describe('reportBreakdown', () => {
  const keys = ['cbi.personal', 'cbi.work', 'cbi.patient', 'who5.wellbeing'] as const;

  it('shows every group of k or more when nobody is left out', () => {
    const { all, byOption } = tallies([...repeat(6, { cbi: 1, who5: 4, profile: { profession: 'nurse' } }), ...repeat(5, { cbi: 3, who5: 2, profile: { profession: 'doctor' } })]);
    const breakdown = reportBreakdown(survey, 'profession', all, byOption, keys)!;
    expect(breakdown.groups.filter((g) => g.respondents !== null).map((g) => [g.option, g.respondents])).toEqual([
      ['doctor', 5],
      ['nurse', 6],
    ]);
    expect(breakdown.groups.find((g) => g.option === 'doctor')!.scales['cbi.personal']).toMatchObject({ n: 5, mean: 75 });
  });

  it('hides a group under k and the smallest other group when the hidden people number fewer than k', () => {
    const { all, byOption } = tallies([
      ...repeat(8, { cbi: 1, who5: 4, profile: { profession: 'nurse' } }),
      ...repeat(6, { cbi: 3, who5: 2, profile: { profession: 'doctor' } }),
      ...repeat(5, { cbi: 2, who5: 3, profile: { profession: 'rehab' } }),
      ...repeat(1, { cbi: 4, who5: 0, profile: { profession: 'pharmacist' } }),
    ]);
    const breakdown = reportBreakdown(survey, 'profession', all, byOption, keys)!;
    const shown = breakdown.groups.filter((g) => !g.scales['cbi.personal']!.suppressed).map((g) => g.option);
    expect(shown).toEqual(['doctor', 'nurse']); // pharmacist (1) + rehab (5, the smallest) = 6 ≥ k
    // Recovering the pharmacist from the total: 20 − 8 − 6 leaves 6 people, not 1.
  });

  it('hides groups of one scale only when that scale has non-responders that would expose them', () => {
    const people = [...repeat(6, { cbi: 1, who5: 4, profile: { profession: 'nurse' } }), ...repeat(6, { cbi: 3, who5: 2, profile: { profession: 'doctor' } })];
    const { all, byOption } = tallies(people);
    // One more nurse, scored on WHO-5 only (CBI personal left short): the personal scale's totals now differ.
    const answers = healthAnswers(2, 2, { profession: 'nurse' });
    answers.cbi_personal = { p1: 2 };
    const extra = [...cellsForResponse(survey, answers), ...scoreCells(scoreResponse(survey, answers))];
    const all2 = fold([...all, ...extra]);
    const byOption2 = new Map(byOption);
    byOption2.set('nurse', fold([...byOption.get('nurse')!, ...crossCellsForResponse(survey, answers, extra).filter((c) => c.by === 'profession')]));
    const breakdown = reportBreakdown(survey, 'profession', all2, byOption2, keys)!;
    const nurse = breakdown.groups.find((g) => g.option === 'nurse')!;
    expect(nurse.respondents).toBe(7);
    expect(nurse.scales['cbi.personal']).toMatchObject({ n: 6 });
    expect(nurse.scales['who5.wellbeing']).toMatchObject({ n: 7 });
  });

  it('is null for a question that is not a breakdown', () => {
    const { all, byOption } = tallies([{ cbi: 1, who5: 1 }]);
    expect(reportBreakdown(survey, 'burnout_experienced', all, byOption, keys)).toBeNull();
  });
});

describe('surveyReport', () => {
  it('reports participation against the invited count, and orders the waves', () => {
    const { all } = tallies(repeat(5, { cbi: 2, who5: 3 }));
    const earlier = tallies(repeat(5, { cbi: 3, who5: 2 }));
    const report = surveyReport({
      survey: { ...survey, id: 'wave-2', slug: 'sante-vague-2' },
      wave: 2,
      cells: all,
      collected: 7,
      invited: 10,
      otherWaves: [{ survey, wave: 1, cells: earlier.all }],
    });
    expect(report.participation).toEqual({ collected: 7, released: 5, usable: 5, invited: 10, responseRate: 0.7, usableRate: 0.5 });
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
