import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { demoSurvey } from '../../../../schema/demo.ts';
import { SurveyInput } from '../../../../schema/survey.ts';
import { territoryNeeds } from '../../../../schema/templates/territory-needs.ts';
import { targetOf } from './paths.ts';
import { withText } from './texts.ts';
import { definitionFile, definitionOf, parseDefinitionFile, prepareForSave, validateDefinition } from './validate.ts';

const demo = () => v.parse(SurveyInput, demoSurvey);

describe('prepareForSave', () => {
  it('drops the labels of points outside the scale and sorts the rest', () => {
    const survey = demo();
    const scale = survey.pages[1]!.questions.find((q) => q.id === 'coordination')!;
    if (scale.type !== 'scale') throw new Error('scale expected');
    scale.max = 3;
    scale.labels = [
      { value: 3, label: { fr: 'Trois' } },
      { value: 1, label: { fr: 'Un' } },
      { value: 5, label: { fr: 'Cinq' } },
    ];
    const prepared = prepareForSave(survey).pages[1]!.questions.find((q) => q.id === 'coordination')!;
    expect(prepared).toMatchObject({ labels: [{ value: 1 }, { value: 3 }] });
    expect(validateDefinition(prepareForSave(survey), 'fr')).toEqual([]);
  });

  it('keeps untouched questions as they are', () => {
    const survey = demo();
    expect(prepareForSave(survey).pages[0]!.questions[0]).toBe(survey.pages[0]!.questions[0]);
  });
});

describe('validateDefinition', () => {
  it('accepts a valid definition', () => {
    expect(validateDefinition(demo(), 'fr')).toEqual([]);
  });

  it('says plainly what is missing, in French or English', () => {
    const survey = demo() as unknown as { title: unknown; pages: { questions: Record<string, unknown>[] }[] };
    survey.title = { fr: ' ' };
    survey.pages[0]!.questions[0]!.options = [{ id: 'a', label: { fr: 'A' } }];
    survey.pages[2]!.questions = [];
    expect(validateDefinition(survey, 'fr')).toEqual([
      { path: 'title.fr', message: 'Écrivez ce texte en français (l’anglais est facultatif)' },
      { path: 'pages.0.questions.0.options', message: 'Ajoutez au moins 2 options' },
      { path: 'pages.2.questions', message: 'Cette page est vide : ajoutez-y une question, ou supprimez-la' },
    ]);
    expect(validateDefinition(survey, 'en').map((e) => e.message)).toEqual([
      'Write this text in French (English is optional)',
      'Add at least 2 options',
      'This page is empty: add a question to it, or delete it',
    ]);
  });

  it('asks for the French of the support contacts when only English is written, beside that field', () => {
    const survey = { ...demo(), settings: { ...demo().settings, supportContacts: withText(undefined, 'en', 'Occupational health: 01 23 45 67 89', true) } };
    const errors = validateDefinition(survey, 'fr');
    expect(errors).toEqual([{ path: 'settings.supportContacts.fr', message: 'Écrivez ce texte en français (l’anglais est facultatif)' }]);
    expect(targetOf(errors[0]!.path, survey)).toEqual({ key: 'settings.supportContacts', section: 'settings', lang: 'fr' });
    const cleared = withText(withText(undefined, 'fr', 'Médecine du travail', true), 'fr', '', true);
    expect(validateDefinition({ ...survey, settings: { ...survey.settings, supportContacts: cleared } }, 'fr')).toEqual([]);
  });

  it('keeps the schema’s words for the other problems', () => {
    const survey = { ...demo(), settings: { ...demo().settings, k: 2 } };
    expect(validateDefinition(survey, 'fr')).toEqual([{ path: 'settings.k', message: 'Doit être au moins 3' }]);
  });
});

describe('definition files', () => {
  it('round-trips an exported definition', () => {
    const file = definitionFile(demo());
    expect(file.endsWith('\n')).toBe(true);
    const read = parseDefinitionFile(file, 'fr');
    expect(read).toEqual({ ok: true, survey: demo() });
  });

  it('ignores what the server adds to a survey', () => {
    const fromApi = { ...demo(), id: 'x', status: 'open', version: 3 };
    expect(definitionOf(fromApi)).toEqual(demo());
    expect(parseDefinitionFile(JSON.stringify(fromApi), 'fr')).toEqual({ ok: true, survey: demo() });
  });

  it('reads a template file', () => {
    const read = parseDefinitionFile(JSON.stringify(territoryNeeds), 'fr');
    expect(read.ok).toBe(true);
  });

  it('explains a file that is not JSON or not a survey', () => {
    const garbled = parseDefinitionFile('{"slug": ', 'fr');
    expect(garbled.ok).toBe(false);
    if (!garbled.ok) expect(garbled.errors[0]).toMatchObject({ path: '$', message: expect.stringMatching(/^Ce fichier n’est pas un fichier JSON lisible/) });
    expect(parseDefinitionFile('[1, 2]', 'en')).toEqual({ ok: false, errors: [{ path: '$', message: 'This file does not hold a survey definition' }] });
  });

  it('lists every problem of an invalid definition with its path', () => {
    const broken = { ...demo(), settings: { k: 1 }, colour: 'red' };
    const read = parseDefinitionFile(JSON.stringify(broken), 'en');
    expect(read).toEqual({
      ok: false,
      errors: [
        { path: 'settings.k', message: 'Must be at least 3' },
        { path: 'colour', message: 'Unknown field' },
      ],
    });
  });
});
