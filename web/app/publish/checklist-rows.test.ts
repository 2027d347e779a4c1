import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { SurveyInput } from '../../../schema/survey.ts';
import { professionalHealth } from '../../../schema/templates/professional-health.ts';
import { territoryNeeds } from '../../../schema/templates/territory-needs.ts';
import { checklistRows } from './checklist-rows.ts';
import { publishText } from './text.ts';

const text = publishText.en;

describe('the publishing checklist in words', () => {
  it('names each template example left, with where it is and the path of its French text', () => {
    const rows = checklistRows(v.parse(SurveyInput, territoryNeeds.survey), text);
    const examples = rows.find((row) => row.id === 'placeholders')!;
    expect(examples.ok).toBe(false);
    expect(examples.fixPath).toBeNull();
    expect(examples.examples[0]).toEqual({
      text: 'Exemples à remplacer par les communes ou secteurs de votre CPTS.',
      where: 'question 2 “Dans quel secteur exercez-vous principalement ?”, help',
      fixPath: 'pages.0.questions.1.help.fr',
    });
    expect(examples.examples[1]).toMatchObject({
      text: 'Secteur nord',
      where: 'question 2 “Dans quel secteur exercez-vous principalement ?”, option 1',
      fixPath: 'pages.0.questions.1.options.0.label.fr',
    });
    expect(rows.map((row) => [row.id, row.fixPath])).toEqual([
      ['placeholders', null],
      ['visibility', 'settings.resultsVisibility'],
      ['k', 'settings.k'],
      ['codes', 'settings.participationCodes'],
    ]);
  });

  it('asks for the help contacts of a scored survey, with a way to their French field', () => {
    const rows = checklistRows(v.parse(SurveyInput, professionalHealth.survey), text);
    expect(rows.find((row) => row.id === 'support')).toMatchObject({ ok: false, fixPath: 'settings.supportContacts.fr', detail: text.supportMissing });
  });

  it('warns of a low threshold and of codes turned off where they are the default', () => {
    const survey = v.parse(SurveyInput, { ...territoryNeeds.survey, settings: { k: 3, participationCodes: false } });
    const rows = checklistRows(survey, text);
    expect(rows.find((row) => row.id === 'k')).toMatchObject({ ok: false, detail: text.kLow(3) });
    expect(rows.find((row) => row.id === 'codes')).toMatchObject({ ok: false, detail: text.codesOff });
  });
});
