import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { demoSurvey } from './demo.ts';
import { toErrorItems } from './messages.ts';
import { asksForCodes } from './participation.ts';
import { SurveyInput, questionsOf } from './survey.ts';

function problems(input: unknown, lang: 'fr' | 'en' = 'en') {
  const parsed = v.safeParse(SurveyInput, input, { lang });
  return parsed.success ? [] : toErrorItems(parsed.issues);
}

const withQuestion = (question: Record<string, unknown>, extra: Record<string, unknown>[] = []) => ({
  slug: 'test',
  title: { fr: 'Test' },
  pages: [{ id: 'p1', questions: [...extra, question] }],
});

describe('SurveyInput', () => {
  it('accepts the demo survey, which uses every question type', () => {
    expect(problems(demoSurvey)).toEqual([]);
    const types = new Set(questionsOf(v.parse(SurveyInput, demoSurvey)).map((q) => q.type));
    expect([...types].sort()).toEqual(['date', 'long_text', 'matrix', 'multiple', 'number', 'ranking', 'scale', 'short_text', 'single']);
  });

  it('fills defaults: k = 5, private results, 12 months of retention; codes left to the survey’s kind', () => {
    const parsed = v.parse(SurveyInput, withQuestion({ id: 'q', type: 'short_text', label: { fr: 'Q' } }));
    expect(parsed.settings).toEqual({ k: 5, resultsVisibility: 'private', retentionMonths: 12 });
    expect(asksForCodes(parsed)).toBe(false);
    const profiled = v.parse(
      SurveyInput,
      withQuestion({
        id: 'job',
        type: 'single',
        label: { fr: 'Métier' },
        breakdown: true,
        options: [
          { id: 'a', label: { fr: 'A' } },
          { id: 'b', label: { fr: 'B' } },
        ],
      }),
    );
    expect(asksForCodes(profiled)).toBe(true);
    expect(asksForCodes({ ...profiled, settings: { ...profiled.settings, participationCodes: false } })).toBe(false);
    expect(parsed.pages[0]!.questions[0]).toMatchObject({ required: false, preferNotToAnswer: false, maxLength: 200 });
  });

  it('refuses k below 3 with the path and reason', () => {
    expect(problems({ ...withQuestion({ id: 'q', type: 'short_text', label: { fr: 'Q' } }), settings: { k: 2 } })).toEqual([
      { path: 'settings.k', message: 'Must be at least 3' },
    ]);
  });

  it('names each problem by path, in French by default', () => {
    const input = withQuestion({ id: 'q 1', type: 'single', label: { fr: '' }, options: [{ id: 'a', label: { fr: 'A' } }] });
    expect(problems(input, 'fr')).toEqual([
      { path: 'pages.0.questions.0.id', message: 'Identifiant invalide : lettres, chiffres, - et _ (48 au plus)' },
      { path: 'pages.0.questions.0.label.fr', message: 'Trop court : au moins 1 attendu(s)' },
      { path: 'pages.0.questions.0.options', message: 'Trop court : au moins 2 attendu(s)' },
    ]);
  });

  it('refuses ids every plain object already has (constructor, toString, valueOf, __proto__…), saying why, in French and English', () => {
    for (const id of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString', 'propertyIsEnumerable']) {
      expect(problems(withQuestion({ id, type: 'short_text', label: { fr: 'Q' } }))).toEqual([
        { path: 'pages.0.questions.0.id', message: `Reserved id: “${id}” is a JavaScript built-in name, choose another one` },
      ]);
    }
    expect(problems(withQuestion({ id: 'constructor', type: 'short_text', label: { fr: 'Q' } }), 'fr')).toEqual([
      { path: 'pages.0.questions.0.id', message: 'Identifiant réservé : « constructor » est un nom interne de JavaScript, choisissez-en un autre' },
    ]);
    expect(problems(withQuestion({ id: '__proto__', type: 'short_text', label: { fr: 'Q' } }))[0]).toEqual({
      path: 'pages.0.questions.0.id',
      message: 'Reserved id: “__proto__” is a JavaScript built-in name, choose another one',
    });
    // Options, matrix rows and pages use the same ids.
    const options = [
      { id: 'valueOf', label: { fr: 'A' } },
      { id: 'b', label: { fr: 'B' } },
    ];
    expect(problems(withQuestion({ id: 'q', type: 'single', label: { fr: 'Q' }, options })).map((p) => p.path)).toEqual(['pages.0.questions.0.options.0.id']);
    // Only the exact names: a differently cased id is an ordinary one.
    expect(problems(withQuestion({ id: 'Constructor', type: 'short_text', label: { fr: 'Q' } }))).toEqual([]);
  });

  it('refuses an unknown question type and unknown fields', () => {
    expect(problems(withQuestion({ id: 'q', type: 'slider', label: { fr: 'Q' } }))[0]?.message).toMatch(/^Unknown question type/);
    expect(problems(withQuestion({ id: 'q', type: 'short_text', label: { fr: 'Q' }, colour: 'red' }))).toEqual([
      { path: 'pages.0.questions.0.colour', message: 'Unknown field' },
    ]);
  });

  it('checks cross-field rules: duplicate ids, ordered ranges, labels on the scale', () => {
    const dupe = withQuestion({ id: 'q', type: 'short_text', label: { fr: 'Q' } }, [{ id: 'q', type: 'long_text', label: { fr: 'Q' } }]);
    expect(problems(dupe)).toEqual([{ path: 'pages.0.questions.1.id', message: 'Duplicate question id: q' }]);
    const scale = withQuestion({ id: 's', type: 'scale', label: { fr: 'S' }, min: 5, max: 1, labels: [{ value: 9, label: { fr: 'x' } }] });
    expect(problems(scale)).toEqual([
      { path: 'pages.0.questions.0.max', message: 'max must be greater than min' },
      { path: 'pages.0.questions.0.labels.0.value', message: 'This point lies outside the scale' },
    ]);
    const multiple = withQuestion({
      id: 'm',
      type: 'multiple',
      label: { fr: 'M' },
      options: [
        { id: 'a', label: { fr: 'A' } },
        { id: 'a', label: { fr: 'B' } },
      ],
      maxSelections: 3,
    });
    expect(problems(multiple)).toEqual([
      { path: 'pages.0.questions.0.options.1.id', message: 'Duplicate id: a' },
      { path: 'pages.0.questions.0.maxSelections', message: 'More selections than options' },
    ]);
  });

  it('only lets a condition look backwards, with an operator and value that fit', () => {
    const forward = withQuestion({ id: 'b', type: 'short_text', label: { fr: 'B' }, showIf: { question: 'z', operator: 'answered' } });
    expect(problems(forward)).toEqual([{ path: 'pages.0.questions.0.showIf.question', message: 'The condition must refer to an earlier question' }]);
    const single = {
      id: 'a',
      type: 'single',
      label: { fr: 'A' },
      options: [
        { id: 'x', label: { fr: 'X' } },
        { id: 'y', label: { fr: 'Y' } },
      ],
    };
    const badOperator = withQuestion({ id: 'b', type: 'short_text', label: { fr: 'B' }, showIf: { question: 'a', operator: 'gte', value: 1 } }, [single]);
    expect(problems(badOperator)).toEqual([{ path: 'pages.0.questions.1.showIf.operator', message: 'Operator not available for a single question' }]);
    const badValue = withQuestion({ id: 'b', type: 'short_text', label: { fr: 'B' }, showIf: { question: 'a', operator: 'equals', value: 'nope' } }, [single]);
    expect(problems(badValue)).toEqual([{ path: 'pages.0.questions.1.showIf.value', message: 'Expected one of the target question’s options' }]);
    const good = withQuestion({ id: 'b', type: 'short_text', label: { fr: 'B' }, showIf: { question: 'a', operator: 'any_of', value: ['x'] } }, [single]);
    expect(problems(good)).toEqual([]);
  });
});
