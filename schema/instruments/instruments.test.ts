import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SurveyInput, type SurveyDraft } from '../survey.ts';
import { cbi } from './cbi.ts';
import { instrumentBlocks, instrumentIntact, instrumentProblems, instrumentQuestions, instrumentStatus, type Instrument } from './instrument.ts';
import { who5 } from './who5.ts';

const items = (instrument: Instrument) => instrument.scales.flatMap((scale) => scale.items);

/** A valid survey embedding the given instruments' questions, one page each. */
function surveyWith(...instruments: Instrument[]): SurveyDraft {
  return {
    slug: 'instruments',
    title: { fr: 'Instruments', en: 'Instruments' },
    pages: [
      {
        id: 'intro',
        questions: [
          {
            id: 'profession',
            type: 'single',
            label: { fr: 'Profession' },
            options: [
              { id: 'a', label: { fr: 'A' } },
              { id: 'b', label: { fr: 'B' } },
            ],
          },
        ],
      },
      ...instruments.map((instrument) => ({ id: instrument.id, questions: instrumentQuestions(instrument) })),
    ],
  };
}

describe('CBI data', () => {
  it('has 19 items on three scales of 6, 7 and 6, « clients » adapted to « patients »', () => {
    expect(items(cbi)).toHaveLength(19);
    expect(cbi.scales.map((scale) => [scale.id, scale.items.length])).toEqual([
      ['personal', 6],
      ['work', 7],
      ['patient', 6],
    ]);
    const texts = JSON.stringify(items(cbi).map((item) => item.text));
    expect(texts).not.toMatch(/client/i);
    expect(cbi.scales[2].items.every((item) => /patients/.test(item.text.en) && /patients/.test(item.text.fr))).toBe(true);
  });

  it('puts each item on its response scale, with work item 7 alone reversed', () => {
    const kinds = (scale: number) => cbi.scales[scale]!.items.map((item) => item.response[0]).join('');
    expect(kinds(0)).toBe('ffffff');
    expect(kinds(1)).toBe('dddffff');
    expect(kinds(2)).toBe('ddddff');
    expect(
      items(cbi)
        .filter((item) => item.reversed)
        .map((item) => item.id),
    ).toEqual(['w7']);
    expect(cbi.scales[1].items[6].text.en).toBe('Do you have enough energy for family and friends during leisure time?');
  });

  it('has unique item ids and five-point frequency and degree scales in both languages', () => {
    const ids = items(cbi).map((item) => item.id);
    expect(new Set(ids).size).toBe(19);
    expect(ids.slice(0, 6)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    for (const scale of Object.values(cbi.responseScales)) expect(scale.points.map((point) => point.value)).toEqual([0, 1, 2, 3, 4]);
    expect(cbi.responseScales.frequency.points.map((point) => point.label.en)).toEqual(['Never or almost never', 'Seldom', 'Sometimes', 'Often', 'Always']);
    expect(cbi.responseScales.degree.points.map((point) => point.label.en)).toEqual([
      'To a very low degree',
      'To a low degree',
      'Somewhat',
      'To a high degree',
      'To a very high degree',
    ]);
  });

  it('says its French is a working translation, and cites its source and licence', () => {
    expect(cbi.validatedTranslation.fr).toBe(false);
    expect(cbi.translationNote.fr).toMatch(/^Traduction de travail/);
    expect(cbi.citation).toMatch(/Kristensen.*2005.*19\(3\):192-207/);
    expect(cbi.source.en).toMatch(/NFA/);
    expect(cbi.source.fr).toMatch(/^NFA.*Description en français : INRS/);
    expect(cbi.licence.en).toMatch(/no licence fee/i);
    expect(cbi.licence.fr).toMatch(/^Gratuit/);
  });
});

describe('WHO-5 data', () => {
  it('has 5 items on the 0–5 scale with the French labels', () => {
    expect(items(who5)).toHaveLength(5);
    expect(who5.responseScales.time.points.map((point) => [point.value, point.label.fr])).toEqual([
      [0, 'Jamais'],
      [1, 'De temps en temps'],
      [2, 'Moins de la moitié du temps'],
      [3, 'Plus de la moitié du temps'],
      [4, 'La plupart du temps'],
      [5, 'Tout le temps'],
    ]);
    expect(items(who5).some((item) => item.reversed)).toBe(false);
  });

  it('is the official French version, public domain, with its two-week stem', () => {
    expect(who5.validatedTranslation.fr).toBe(true);
    expect(who5.translationNote.fr).toMatch(/PDF officiel/);
    expect(who5.licence.en).toMatch(/public domain/i);
    expect(who5.licence.fr).toMatch(/^Domaine public/);
    expect(who5.stem.fr).toBe('Au cours des deux dernières semaines');
  });
});

describe('instrumentQuestions', () => {
  it('makes one matrix per run of a response scale, with stable ids', () => {
    const questions = instrumentQuestions(cbi);
    expect(questions.map((q) => [q.id, q.items.map((item) => item.id).join(' ')])).toEqual([
      ['cbi_personal', 'p1 p2 p3 p4 p5 p6'],
      ['cbi_work_degree', 'w1 w2 w3'],
      ['cbi_work_frequency', 'w4 w5 w6 w7'],
      ['cbi_patient_degree', 'pt1 pt2 pt3 pt4'],
      ['cbi_patient_frequency', 'pt5 pt6'],
    ]);
    expect(questions[0]).toMatchObject({ type: 'matrix', label: cbi.scales[0].heading, scale: { min: 0, max: 4 } });
    expect(questions[0]!.scale.labels.at(-1)).toEqual({ value: 4, label: { fr: 'Toujours', en: 'Always' } });
    expect(questions[1]!.scale.labels.at(-1)!.label.fr).toBe('Dans une très large mesure');
  });

  it('labels WHO-5 with its stem and a 0–5 scale', () => {
    const [question, ...rest] = instrumentQuestions(who5);
    expect(rest).toEqual([]);
    expect(question).toMatchObject({ id: 'who5_wellbeing', label: who5.stem, scale: { min: 0, max: 5 } });
    expect(question!.items.map((item) => item.id)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
  });

  it('gives questions that make a valid survey', () => {
    const result = v.safeParse(SurveyInput, surveyWith(cbi, who5));
    expect(result.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
  });

  it('returns fresh objects, so editing a survey never edits the instrument', () => {
    const questions = instrumentQuestions(who5);
    questions[0]!.items[0]!.label.fr = 'Changé';
    expect(who5.scales[0].items[0].text.fr).toBe('Je me suis senti(e) bien et de bonne humeur');
    expect(instrumentQuestions(who5)[0]!.items[0]!.label.fr).toBe('Je me suis senti(e) bien et de bonne humeur');
  });

  it('rejects a scale whose response scales alternate (ids would clash)', () => {
    const broken: Instrument = {
      ...who5,
      responseScales: { a: who5.responseScales.time, b: who5.responseScales.time },
      scales: [
        {
          ...who5.scales[0],
          items: [
            { ...who5.scales[0].items[0], response: 'a' },
            { ...who5.scales[0].items[1], response: 'b' },
            { ...who5.scales[0].items[2], response: 'a' },
          ],
        },
      ],
    };
    expect(() => instrumentBlocks(broken)).toThrow(/non-consecutively/);
  });
});

describe('instrumentIntact', () => {
  const edit = (change: (survey: SurveyDraft) => void) => {
    const survey = surveyWith(cbi, who5);
    change(survey);
    return survey;
  };
  const matrix = (survey: SurveyDraft, id: string) => {
    const question = survey.pages.flatMap((page) => page.questions).find((q) => q.id === id)!;
    if (question.type !== 'matrix') throw new Error('not a matrix');
    return question;
  };

  it('accepts the instruments as embedded, as drafted and as parsed', () => {
    const survey = surveyWith(cbi, who5);
    expect(instrumentIntact(survey, cbi)).toBe(true);
    expect(instrumentIntact(survey, who5)).toBe(true);
    expect(instrumentIntact(v.parse(SurveyInput, survey), cbi)).toBe(true);
    expect(instrumentStatus(survey, who5)).toBe('intact');
  });

  it('lets coordinators reword the CBI headings, require answers or move pages', () => {
    const survey = edit((s) => {
      matrix(s, 'cbi_personal').label = { fr: 'Votre état', en: 'How you are' };
      matrix(s, 'cbi_work_degree').required = true;
      s.pages.reverse();
    });
    expect(instrumentIntact(survey, cbi)).toBe(true);
  });

  it('detects an edited item wording, in either language', () => {
    const french = edit((s) => {
      matrix(s, 'cbi_work_frequency').items[3]!.label.fr = 'Avez-vous du temps pour vos proches ?';
    });
    expect(instrumentIntact(french, cbi)).toBe(false);
    expect(instrumentProblems(french, cbi)).toEqual([{ question: 'cbi_work_frequency', problem: 'items' }]);
    expect(instrumentStatus(french, cbi)).toBe('altered');
    expect(instrumentIntact(french, who5)).toBe(true);

    const english = edit((s) => {
      delete matrix(s, 'who5_wellbeing').items[4]!.label.en;
    });
    expect(instrumentProblems(english, who5)).toEqual([{ question: 'who5_wellbeing', problem: 'items' }]);
  });

  it('detects removed, added and reordered items', () => {
    const removed = edit((s) => void matrix(s, 'cbi_personal').items.pop());
    const added = edit((s) => void matrix(s, 'cbi_patient_frequency').items.push({ id: 'pt7', label: { fr: 'En plus ?', en: 'More?' } }));
    const reordered = edit((s) => void matrix(s, 'cbi_personal').items.reverse());
    for (const survey of [removed, added, reordered]) expect(instrumentIntact(survey, cbi)).toBe(false);
  });

  it('detects a changed response scale: bounds, a label, or missing labels', () => {
    const bounds = edit((s) => {
      matrix(s, 'who5_wellbeing').scale = { ...matrix(s, 'who5_wellbeing').scale, min: 1, max: 6 };
    });
    const label = edit((s) => {
      matrix(s, 'cbi_personal').scale.labels![4]!.label = { fr: 'Tout le temps', en: 'Always' };
    });
    const unlabelled = edit((s) => {
      delete matrix(s, 'cbi_personal').scale.labels;
    });
    expect(instrumentProblems(bounds, who5)).toEqual([{ question: 'who5_wellbeing', problem: 'scale' }]);
    expect(instrumentProblems(label, cbi)).toEqual([{ question: 'cbi_personal', problem: 'scale' }]);
    expect(instrumentProblems(unlabelled, cbi)).toEqual([{ question: 'cbi_personal', problem: 'scale' }]);
  });

  it('detects a changed WHO-5 time frame, a missing block and a changed question type', () => {
    const stem = edit((s) => {
      matrix(s, 'who5_wellbeing').label = { fr: 'Au cours du dernier mois', en: 'Over the last month' };
    });
    expect(instrumentProblems(stem, who5)).toEqual([{ question: 'who5_wellbeing', problem: 'stem' }]);

    const missing = edit((s) => {
      s.pages[1]!.questions = s.pages[1]!.questions.filter((q) => q.id !== 'cbi_patient_frequency');
    });
    expect(instrumentProblems(missing, cbi)).toEqual([{ question: 'cbi_patient_frequency', problem: 'missing' }]);
    expect(instrumentStatus(missing, cbi)).toBe('altered');

    const retyped = edit((s) => {
      s.pages[2]!.questions = [{ id: 'who5_wellbeing', type: 'scale', label: who5.stem, min: 0, max: 5 }];
    });
    expect(instrumentProblems(retyped, who5)).toEqual([{ question: 'who5_wellbeing', problem: 'not_matrix' }]);
  });

  it('tells an absent instrument from an altered one', () => {
    const survey = surveyWith(who5);
    expect(instrumentStatus(survey, cbi)).toBe('absent');
    expect(instrumentIntact(survey, cbi)).toBe(false);
    expect(instrumentProblems(survey, cbi)).toHaveLength(5);
  });
});
