import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { SurveyInput } from '../../../../schema/survey.ts';
import { territoryNeeds } from '../../../../schema/templates/territory-needs.ts';
import { editorText } from '../text.ts';
import { changedTextWords } from './history-words.ts';

const survey = v.parse(SurveyInput, territoryNeeds.survey);
const words = (path: string) => changedTextWords(path, survey, editorText.en);

describe('the history of corrections in words', () => {
  it('names the survey’s own texts and the notice’s', () => {
    expect(words('title')).toBe('Survey title');
    expect(words('description')).toBe('Introduction text');
    expect(words('settings.purpose')).toBe('Privacy note: why this survey');
  });

  it('names a question by its number and wording, and the part of it that changed', () => {
    expect(words('pages.0.title')).toBe('Page 1: page title');
    expect(words('pages.0.questions.1.label')).toBe('Question 2 “Dans quel secteur exercez-vous principalement ?”: wording');
    expect(words('pages.0.questions.1.options.0.label')).toBe('Question 2 “Dans quel secteur exercez-vous principalement ?”: option “Secteur nord”');
    expect(words('pages.1.questions.0.help')).toBe('Question 4 “Classez vos besoins, du plus important au moins important”: help');
  });

  it('falls back to the question, or the path, for what it does not know', () => {
    expect(words('pages.0.questions.1.options.9.label')).toBe('Question 2 “Dans quel secteur exercez-vous principalement ?”');
    expect(words('pages.7.title')).toBe('pages.7.title');
  });
});
