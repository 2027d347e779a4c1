import { describe, expect, it } from 'vitest';
import { demoSurvey } from '../../schema/demo.ts';
import { SurveyInput } from '../../schema/survey.ts';
import * as v from 'valibot';
import { checkPage, errorsByQuestion, pageIndexOf, payloadOf, questionIdOf, visibleOnPage } from './form-model.ts';

const survey = v.parse(SurveyInput, demoSurvey);

describe('payloadOf', () => {
  it('drops blanks and the answers of questions hidden by a condition, and keeps « préfère ne pas répondre »', () => {
    const entries = { profession: null, years: 12, obstacles: 'Le temps', coordination: 4, comments: '   ', topics: [] };
    expect(payloadOf(survey, entries)).toEqual({ profession: null, years: 12, coordination: 4 });
  });

  it('keeps a conditional answer while its condition holds', () => {
    expect(payloadOf(survey, { coordination: 2, obstacles: 'Le temps' })).toEqual({ coordination: 2, obstacles: 'Le temps' });
  });
});

describe('checkPage', () => {
  it('reports required answers of the current page only', () => {
    expect(checkPage(survey, {}, 'fr', 0)).toEqual({ profession: 'Réponse obligatoire' });
    expect(checkPage(survey, {}, 'en', 1)).toEqual({ coordination: 'An answer is required' });
    expect(checkPage(survey, { profession: 'gp' }, 'fr', 0)).toEqual({});
  });

  it('explains a number typed with letters in plain words', () => {
    expect(checkPage(survey, { profession: 'gp', years: 'douze' }, 'fr', 0)).toEqual({ years: 'Saisissez un nombre, en chiffres (par exemple 12)' });
  });

  it('applies the definition’s limits, like the server', () => {
    expect(checkPage(survey, { topics: ['unplanned', 'mental', 'home', 'hospital'], coordination: 3 }, 'fr', 1).topics).toMatch(/au plus 3/);
    expect(checkPage(survey, { priorities: ['access'], coordination: 3 }, 'fr', 1).priorities).toMatch(/exactement 3/);
  });
});

describe('server errors', () => {
  it('are traced back to their question and page', () => {
    expect(questionIdOf('answers.worklife.time')).toBe('worklife');
    expect(questionIdOf('$')).toBeNull();
    expect(
      errorsByQuestion([
        { path: 'answers.years', message: 'a' },
        { path: 'answers.years', message: 'b' },
        { path: '$', message: 'c' },
      ]),
    ).toEqual({ years: 'a' });
    expect(pageIndexOf(survey, 'worklife')).toBe(2);
  });
});

describe('visibleOnPage', () => {
  it('shows the follow-up question only while its condition holds', () => {
    expect(visibleOnPage(survey, { coordination: 4 }, 1).map((q) => q.id)).toEqual(['topics', 'priorities', 'coordination']);
    expect(visibleOnPage(survey, { coordination: 1 }, 1).map((q) => q.id)).toContain('obstacles');
  });
});
