import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schema/answers.ts';
import { cbi } from '../../schema/instruments/cbi.ts';
import { instrumentQuestions } from '../../schema/instruments/instrument.ts';
import { who5 } from '../../schema/instruments/who5.ts';
import type { SurveyDraft } from '../../schema/survey.ts';
import { CBI_BANDS, cbiBand, cbiItemScore, scoreCbi, scoreResponse, scoreWho5 } from './scoring.ts';

/** CBI answers from stored values per item (0 = never / very low … 4 = always / very high). */
function cbiAnswers(values: Record<string, number>): Answers {
  const answers: Answers = {};
  for (const question of instrumentQuestions(cbi)) {
    const row: Record<string, number> = {};
    for (const item of question.items) if (values[item.id] !== undefined) row[item.id] = values[item.id]!;
    if (Object.keys(row).length > 0) answers[question.id] = row;
  }
  return answers;
}
const who5Answers = (...values: number[]): Answers => ({ who5_wellbeing: Object.fromEntries(values.map((value, i) => [`i${i + 1}`, value])) });
const all = (prefix: string, count: number, value: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i + 1}`, value]));

describe('CBI item scores', () => {
  it('maps Always…Never to 100/75/50/25/0, and the reversed item the other way round', () => {
    // Stored 4 = « Toujours » / « Dans une très large mesure ».
    expect([4, 3, 2, 1, 0].map((value) => cbiItemScore(value, false))).toEqual([100, 75, 50, 25, 0]);
    expect([4, 3, 2, 1, 0].map((value) => cbiItemScore(value, true))).toEqual([0, 25, 50, 75, 100]);
  });
});

describe('scoreCbi', () => {
  it('averages the answered items of each scale', () => {
    // personal: always, often, sometimes, seldom, never, often → 100+75+50+25+0+75 = 325 / 6
    const result = scoreCbi(cbiAnswers({ p1: 4, p2: 3, p3: 2, p4: 1, p5: 0, p6: 3, ...all('w', 7, 2), ...all('pt', 6, 1) }));
    expect(result.personal).toMatchObject({ status: 'scored', answered: 6, items: 6 });
    expect(result.personal.status === 'scored' && result.personal.score).toBeCloseTo(54.1667, 4);
    expect(result.work).toMatchObject({ status: 'scored', score: 50, high: true }); // « Parfois » everywhere, reversed too
    expect(result.patient).toMatchObject({ status: 'scored', score: 25, high: false, band: null });
  });

  it('reverses work item 7: plenty of energy lowers the work score', () => {
    // w1–w6 « Souvent » / « Dans une large mesure » (75); w7 « Toujours » assez d’énergie → 0.
    const energetic = scoreCbi(cbiAnswers({ ...all('w', 6, 3), w7: 4 }));
    expect(energetic.work).toMatchObject({ status: 'scored', score: (6 * 75 + 0) / 7 });
    // w7 « Jamais ou presque jamais » → 100.
    const drained = scoreCbi(cbiAnswers({ ...all('w', 6, 3), w7: 0 }));
    expect(drained.work).toMatchObject({ status: 'scored', score: (6 * 75 + 100) / 7 });
  });

  it('scores a scale only from the items answered, ignoring off-scale values', () => {
    const result = scoreCbi({ cbi_personal: { p1: 4, p2: 2, p3: 0, p4: 9, p5: 2.5 } });
    expect(result.personal).toMatchObject({ status: 'scored', answered: 3, score: 50 });
  });

  it('marks non-responders: personal below 3 items, work below 4, patient below 3', () => {
    const below = scoreCbi(cbiAnswers({ p1: 4, p2: 4, w1: 4, w2: 4, w4: 4, pt1: 4, pt5: 4 }));
    expect(below.personal).toEqual({ scale: 'personal', status: 'non_responder', answered: 2, items: 6, minimum: 3 });
    expect(below.work).toEqual({ scale: 'work', status: 'non_responder', answered: 3, items: 7, minimum: 4 });
    expect(below.patient).toEqual({ scale: 'patient', status: 'non_responder', answered: 2, items: 6, minimum: 3 });

    const enough = scoreCbi(cbiAnswers({ p1: 4, p2: 4, p3: 4, w1: 4, w2: 4, w4: 4, w7: 4, pt1: 4, pt5: 4, pt6: 0 }));
    expect(enough.personal).toMatchObject({ status: 'scored', answered: 3, score: 100 });
    expect(enough.work).toMatchObject({ status: 'scored', answered: 4, score: 75 });
    expect(enough.patient).toMatchObject({ status: 'scored', answered: 3, score: (100 + 100 + 0) / 3 });
  });

  it('treats an empty or declined response as a non-responder everywhere', () => {
    for (const answers of [{}, { cbi_personal: null, cbi_work_degree: 'x' }] as Answers[]) {
      const result = scoreCbi(answers);
      expect([result.personal.status, result.work.status, result.patient.status]).toEqual(['non_responder', 'non_responder', 'non_responder']);
    }
  });

  it('flags the validated cutoff at 50 and the unvalidated conventional bands', () => {
    expect(cbiBand(49.9)).toBeNull();
    expect(cbiBand(50)!.id).toBe('moderate');
    expect(cbiBand(74.9)!.id).toBe('moderate');
    expect(cbiBand(75)!.id).toBe('high');
    expect(cbiBand(99.9)!.id).toBe('high');
    expect(cbiBand(100)!.id).toBe('severe');
    for (const band of CBI_BANDS) {
      expect(band.validated).toBe(false);
      expect(band.label.fr).toMatch(/convention clinique, non validée/);
      expect(band.label.en).toMatch(/clinical convention, not validated/);
    }
    const result = scoreCbi(cbiAnswers({ ...all('p', 6, 4), ...all('pt', 6, 2) }));
    expect(result.personal).toMatchObject({ score: 100, high: true, band: { id: 'severe' } });
    expect(result.patient).toMatchObject({ score: 50, high: true, band: { id: 'moderate' } });
  });
});

describe('scoreWho5', () => {
  it('sums the 5 items and multiplies by 4', () => {
    expect(scoreWho5(who5Answers(5, 4, 3, 2, 1))).toEqual({ status: 'scored', raw: 15, percentage: 60, poorWellBeing: false });
    expect(scoreWho5(who5Answers(5, 5, 5, 5, 5))).toEqual({ status: 'scored', raw: 25, percentage: 100, poorWellBeing: false });
    expect(scoreWho5(who5Answers(0, 0, 0, 0, 0))).toEqual({ status: 'scored', raw: 0, percentage: 0, poorWellBeing: true });
  });

  it('flags poor well-being at a percentage of 50 or less (raw below 13)', () => {
    expect(scoreWho5(who5Answers(3, 3, 2, 2, 2))).toMatchObject({ raw: 12, percentage: 48, poorWellBeing: true });
    expect(scoreWho5(who5Answers(3, 3, 3, 2, 2))).toMatchObject({ raw: 13, percentage: 52, poorWellBeing: false });
  });

  it('gives no score unless all 5 items are answered', () => {
    expect(scoreWho5(who5Answers(5, 5, 5, 5))).toEqual({ status: 'incomplete', answered: 4, items: 5 });
    expect(scoreWho5({})).toEqual({ status: 'incomplete', answered: 0, items: 5 });
    expect(scoreWho5(who5Answers(5, 5, 5, 5, 6))).toEqual({ status: 'incomplete', answered: 4, items: 5 });
  });
});

describe('scoreResponse', () => {
  const survey = (mutate?: (questions: ReturnType<typeof instrumentQuestions>) => void): SurveyDraft => {
    const questions = [...instrumentQuestions(cbi), ...instrumentQuestions(who5)];
    mutate?.(questions);
    return { slug: 's', title: { fr: 'S' }, pages: [{ id: 'p', questions }] };
  };
  const answers = { ...cbiAnswers({ ...all('p', 6, 2), ...all('w', 7, 2), ...all('pt', 6, 2) }), ...who5Answers(1, 1, 1, 1, 1) };

  it('scores the instruments a survey carries unchanged', () => {
    const scores = scoreResponse(survey(), answers);
    expect(scores.cbi?.personal).toMatchObject({ status: 'scored', score: 50 });
    expect(scores.who5).toMatchObject({ status: 'scored', raw: 5, percentage: 20 });
  });

  it('does not score an instrument once an item is edited, nor one that is absent', () => {
    const edited = scoreResponse(
      survey((questions) => {
        questions.find((q) => q.id === 'cbi_personal')!.items[0]!.label.fr = 'Êtes-vous fatigué(e) ?';
      }),
      answers,
    );
    expect(edited.cbi).toBeNull();
    expect(edited.who5).toMatchObject({ status: 'scored' });

    const withoutWho5 = scoreResponse({ pages: [{ id: 'p', questions: instrumentQuestions(cbi) }] }, answers);
    expect(withoutWho5.who5).toBeNull();
    expect(withoutWho5.cbi).not.toBeNull();
  });
});
