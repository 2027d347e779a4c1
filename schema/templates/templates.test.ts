import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { questionsOf, SurveyInput, type Question, type QuestionType } from '../survey.ts';
import { cbi } from '../instruments/cbi.ts';
import { instrumentStatus } from '../instruments/instrument.ts';
import { who5 } from '../instruments/who5.ts';
import { surveyTemplates } from './index.ts';

const byId = (id: string) => surveyTemplates.find((t) => t.templateId === id)!;
const parsed = (id: string) => v.parse(SurveyInput, byId(id).survey);
const question = (id: string, questionId: string): Question => questionsOf(parsed(id)).find((q) => q.id === questionId)!;
const types = (id: string) => new Set<QuestionType>(questionsOf(parsed(id)).map((q) => q.type));

describe('surveyTemplates', () => {
  it('offers the four templates, with distinct ids and slugs', () => {
    expect(surveyTemplates.map((t) => t.templateId)).toEqual([
      'besoins-du-territoire',
      'avis-des-habitants',
      'sante-des-professionnels',
      'qualite-de-vie-au-travail',
    ]);
    expect(new Set(surveyTemplates.map((t) => t.survey.slug)).size).toBe(4);
  });

  for (const template of surveyTemplates) {
    describe(template.templateId, () => {
      it('is a valid survey definition', () => {
        const result = v.safeParse(SurveyInput, template.survey);
        expect(result.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
      });

      it('speaks French first, with English everywhere', () => {
        const texts: { fr: string; en?: string }[] = [];
        JSON.stringify(template, (key, value) => {
          if (value && typeof value === 'object' && 'fr' in value) texts.push(value as { fr: string; en?: string });
          return value;
        });
        expect(texts.length).toBeGreaterThan(10);
        for (const text of texts) expect(text.en, text.fr).toBeTruthy();
      });

      it('keeps the anonymity threshold and asks no identifying free text', () => {
        const survey = parsed(template.templateId);
        expect(survey.settings.k).toBeGreaterThanOrEqual(5);
        expect(survey.settings.purpose?.fr).toBeTruthy();
        expect(questionsOf(survey).filter((q) => q.type === 'short_text')).toEqual([]);
      });
    });
  }
});

describe('« Besoins du territoire »', () => {
  it('breaks results down by profession, and asks area, practice mode, ranked needs, up to 3 priorities and comments', () => {
    expect(question('besoins-du-territoire', 'profession')).toMatchObject({ type: 'single', breakdown: true, preferNotToAnswer: true });
    const area = question('besoins-du-territoire', 'area');
    expect(area.type).toBe('single');
    expect(area.type === 'single' && area.options.at(-1)?.id).toBe('other');
    const mode = question('besoins-du-territoire', 'practice_mode');
    expect(mode.type === 'single' && mode.options.map((o) => o.label.fr)).toEqual(['Libéral', 'Salarié', 'Mixte']);
    expect(question('besoins-du-territoire', 'needs').type).toBe('ranking');
    expect(question('besoins-du-territoire', 'priorities')).toMatchObject({ type: 'multiple', maxSelections: 3 });
    expect(question('besoins-du-territoire', 'comments').type).toBe('long_text');
  });
});

describe('« Avis des habitants »', () => {
  const questions = questionsOf(parsed('avis-des-habitants'));

  it('is written in plain language: one short question at a time', () => {
    for (const q of questions) {
      expect(q.label.fr.split(/\s+/).length, q.label.fr).toBeLessThanOrEqual(10);
      expect(q.label.fr, q.label.fr).not.toMatch(/[,;:]/);
    }
  });

  it('uses 1–5 scales with a face and a word on every point', () => {
    const scales = questions.filter((q) => q.type === 'scale');
    expect(scales.length).toBeGreaterThanOrEqual(3);
    for (const scale of scales) {
      expect([scale.min, scale.max]).toEqual([1, 5]);
      expect(scale.labels.map((l) => l.value)).toEqual([1, 2, 3, 4, 5]);
      for (const point of scale.labels) expect(point.label.fr).toMatch(/^\p{Extended_Pictographic} \p{L}/u);
    }
  });
});

describe('« Qualité de vie au travail »', () => {
  it('is marked as a skeleton', () => {
    expect(byId('qualite-de-vie-au-travail').skeleton).toBe(true);
    expect(surveyTemplates.filter((t) => t.skeleton).map((t) => t.templateId)).toEqual(['qualite-de-vie-au-travail']);
  });

  it('lets every profile question go unanswered and rates generic items on a matrix', () => {
    const survey = parsed('qualite-de-vie-au-travail');
    for (const q of survey.pages[0]!.questions) expect(q.preferNotToAnswer, q.id).toBe(true);
    expect(types('qualite-de-vie-au-travail')).toContain('matrix');
  });

  it('includes no item of validated instruments (Maslach, Karasek, CBI)', () => {
    const text = JSON.stringify(byId('qualite-de-vie-au-travail')).toLowerCase();
    for (const word of ['maslach', 'karasek', 'copenhagen', 'cbi', 'épuisé', 'vidé', 'exhausted', 'burn']) expect(text).not.toContain(word);
  });
});

describe('« Santé des professionnels »', () => {
  const survey = parsed('sante-des-professionnels');

  it('asks a profile where every question offers « je préfère ne pas répondre » and can split the report', () => {
    const profile = survey.pages[0]!.questions;
    expect(profile.map((q) => q.id)).toEqual(['profession', 'sex', 'age_band', 'practice_mode', 'weekly_hours']);
    for (const q of profile) expect(q, q.id).toMatchObject({ type: 'single', preferNotToAnswer: true, breakdown: true });
    const age = question('sante-des-professionnels', 'age_band');
    expect(age.type === 'single' && age.options.map((o) => o.label.fr)).toEqual(['Moins de 35 ans', '35 à 49 ans', '50 ans ou plus']);
    const mode = question('sante-des-professionnels', 'practice_mode');
    expect(mode.type === 'single' && mode.options.map((o) => o.label.fr)).toEqual(['Libéral', 'Salarié', 'Mixte']);
  });

  it('carries the CBI (19 items) and the WHO-5 (5 items) word for word, so both are scored', () => {
    expect(instrumentStatus(survey, cbi)).toBe('intact');
    expect(instrumentStatus(survey, who5)).toBe('intact');
    const rows = questionsOf(survey).flatMap((q) => (q.type === 'matrix' ? q.items : []));
    expect(rows).toHaveLength(24);
  });

  it('ends with an optional burnout question that says it is not validated and counts in no score', () => {
    const last = survey.pages.at(-1)!.questions.at(-1)!;
    expect(last).toMatchObject({ id: 'burnout_experienced', type: 'single', required: false, preferNotToAnswer: true });
    expect(last.help?.fr).toMatch(/hors questionnaire validé/);
  });

  it('loses the validated status of an instrument whose item is reworded', () => {
    const altered = structuredClone(byId('sante-des-professionnels').survey);
    const work = altered.pages.flatMap((p) => p.questions).find((q) => q.id === 'cbi_work_degree')!;
    if (work.type === 'matrix') work.items[0]!.label = { fr: 'Votre travail est-il fatigant ?', en: 'Is your work tiring?' };
    expect(instrumentStatus(altered, cbi)).toBe('altered');
    expect(instrumentStatus(altered, who5)).toBe('intact');
  });
});

describe('every template', () => {
  it('gives each question its own label, so screen readers can tell them apart', () => {
    for (const template of surveyTemplates) {
      const labels = questionsOf(parsed(template.templateId)).map((q) => q.label.fr);
      expect(
        labels.filter((l, i) => labels.indexOf(l) !== i),
        template.templateId,
      ).toEqual([]);
    }
  });
});
