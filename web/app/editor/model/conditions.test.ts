import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SurveyInput, type Page, type Question } from '../../../../schema/survey.ts';
import { conditionFor, defaultCondition, dependentsOf, dropConditionsOn, earlierQuestions, OPERATORS_BY_TYPE, scaleValues, valueKind } from './conditions.ts';
import { QUESTION_TYPES, newQuestion } from './questions.ts';

const single: Question = {
  id: 'profession',
  type: 'single',
  label: { fr: 'Profession' },
  required: false,
  preferNotToAnswer: false,
  breakdown: false,
  options: [
    { id: 'nurse', label: { fr: 'Infirmière' } },
    { id: 'gp', label: { fr: 'Médecin' } },
    { id: 'other', label: { fr: 'Autre' } },
  ],
};
const scale: Question = { id: 'mood', type: 'scale', label: { fr: 'Humeur' }, required: false, preferNotToAnswer: false, min: 0, max: 10, labels: [] };
const number: Question = { id: 'years', type: 'number', label: { fr: 'Années' }, required: false, preferNotToAnswer: false, integer: true, min: 2 };
const text = (id: string, showIf?: Question['showIf']): Question => ({
  id,
  type: 'short_text',
  label: { fr: id },
  required: false,
  preferNotToAnswer: false,
  maxLength: 200,
  ...(showIf ? { showIf } : {}),
});

/** A new question made valid: options or rows filled in. */
function withContent(question: Question): Question {
  if ('options' in question) return { ...question, options: (single as Extract<Question, { type: 'single' }>).options } as Question;
  if (question.type === 'matrix') return { ...question, items: [{ id: 'r', label: { fr: 'R' } }] };
  return question;
}

const pages = (...questions: Question[][]): { pages: Page[] } => ({ pages: questions.map((qs, i) => ({ id: `p${i}`, questions: qs })) });

describe('operators', () => {
  it('offer only « a répondu » for texts, dates, grids and rankings', () => {
    for (const type of ['short_text', 'long_text', 'date', 'matrix', 'ranking'] as const) expect(OPERATORS_BY_TYPE[type]).toEqual(['answered']);
  });

  it('agree with the schema: every operator offered for a type is accepted by SurveyInput', () => {
    for (const type of QUESTION_TYPES) {
      const target = withContent(newQuestion(type, 'target', { fr: 'T' }));
      for (const operator of OPERATORS_BY_TYPE[type]) {
        const survey = { slug: 's', title: { fr: 'S' }, pages: [{ id: 'p', questions: [target, text('after', conditionFor(target, operator))] }] };
        const parsed = v.safeParse(SurveyInput, survey);
        expect(parsed.success ? [] : parsed.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`), `${type} ${operator}`).toEqual([]);
      }
    }
  });
});

describe('earlierQuestions', () => {
  it('lists the questions before this one, across pages', () => {
    const survey = pages([single, scale], [number, text('t')]);
    expect(earlierQuestions(survey, 't').map((q) => q.id)).toEqual(['profession', 'mood', 'years']);
    expect(earlierQuestions(survey, 'profession')).toEqual([]);
  });

  it('offers nothing for a question not in the survey, never every question', () => {
    expect(earlierQuestions(pages([single, scale]), 'gone')).toEqual([]);
  });
});

describe('conditionFor', () => {
  it('picks a value of the right kind', () => {
    expect(valueKind(single, 'equals')).toBe('option');
    expect(valueKind(single, 'any_of')).toBe('options');
    expect(valueKind(scale, 'gte')).toBe('point');
    expect(valueKind(number, 'lte')).toBe('number');
    expect(valueKind(number, 'answered')).toBe('none');
  });

  it('starts from the first option, the middle of a scale, the minimum of a number', () => {
    expect(conditionFor(single, 'equals')).toEqual({ question: 'profession', operator: 'equals', value: 'nurse' });
    expect(conditionFor(scale, 'gte')).toEqual({ question: 'mood', operator: 'gte', value: 5 });
    expect(conditionFor(number, 'lte')).toEqual({ question: 'years', operator: 'lte', value: 2 });
    expect(conditionFor(single, 'answered')).toEqual({ question: 'profession', operator: 'answered' });
  });

  it('keeps the chosen option when switching between « est » and « est l’un de »', () => {
    expect(conditionFor(single, 'any_of', 'gp')).toEqual({ question: 'profession', operator: 'any_of', value: ['gp'] });
    expect(conditionFor(single, 'not_equals', ['other', 'gp'])).toEqual({ question: 'profession', operator: 'not_equals', value: 'other' });
    expect(conditionFor(single, 'equals', 'gone')).toMatchObject({ value: 'nurse' });
  });

  it('keeps a number that fits', () => {
    expect(conditionFor(scale, 'lte', 8)).toMatchObject({ value: 8 });
    expect(conditionFor(scale, 'lte', 42)).toMatchObject({ value: 5 });
  });

  it('defaults to « est <first option> » on choice questions and « a répondu » otherwise', () => {
    expect(defaultCondition(single)).toEqual({ question: 'profession', operator: 'equals', value: 'nurse' });
    expect(defaultCondition(scale)).toEqual({ question: 'mood', operator: 'answered' });
  });

  it('lists scale points', () => {
    expect(scaleValues({ ...scale, min: 1, max: 4 } as Extract<Question, { type: 'scale' }>)).toEqual([1, 2, 3, 4]);
  });
});

describe('dependents', () => {
  const survey = pages(
    [single, text('a', { question: 'profession', operator: 'equals', value: 'gp' })],
    [text('b', { question: 'profession', operator: 'answered' }), text('c')],
  );

  it('finds the questions that depend on another', () => {
    expect(dependentsOf(survey, 'profession').map((q) => q.id)).toEqual(['a', 'b']);
    expect(dependentsOf(survey, 'c')).toEqual([]);
  });

  it('drops the conditions on a question', () => {
    const dropped = dropConditionsOn(survey, 'profession');
    expect(dropped.pages.flatMap((p) => p.questions).some((q) => q.showIf)).toBe(false);
    expect(dropConditionsOn(survey, 'c')).toBe(survey);
  });
});
