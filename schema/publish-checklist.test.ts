import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { placeholdersLeft, publishChecklist } from './publish-checklist.ts';
import { SurveyInput } from './survey.ts';
import { professionalHealth } from './templates/professional-health.ts';
import { territoryNeeds } from './templates/territory-needs.ts';

describe('publishChecklist', () => {
  it('flags the template’s example sectors until they are replaced', () => {
    const survey = v.parse(SurveyInput, structuredClone(territoryNeeds.survey));
    const left = placeholdersLeft(survey);
    expect(left.map((l) => l.text)).toEqual([
      'Exemples à remplacer par les communes ou secteurs de votre CPTS.',
      'Secteur nord',
      'Centre-ville',
      'Secteur sud',
      'Communes rurales',
      'Autre secteur',
    ]);
    const area = survey.pages.flatMap((p) => p.questions).find((q) => q.id === 'area')!;
    delete area.help;
    if (area.type === 'single') area.options.forEach((o, i) => (o.label = { fr: ['Arles', 'Tarascon', 'Saint-Rémy', 'Les Baux', 'Ailleurs'][i]! }));
    expect(publishChecklist(survey).find((i) => i.id === 'placeholders')).toEqual({ id: 'placeholders', ok: true, left: [] });
  });

  it('asks for help contacts on a scored survey, and warns when codes are off where they are advised', () => {
    const survey = v.parse(SurveyInput, structuredClone(professionalHealth.survey));
    const items = publishChecklist(survey);
    expect(items.find((i) => i.id === 'support')).toEqual({ id: 'support', ok: false });
    expect(items.find((i) => i.id === 'codes')).toEqual({ id: 'codes', ok: true, asked: true, byDefault: true });
    const open = publishChecklist({
      ...survey,
      settings: { ...survey.settings, participationCodes: false, supportContacts: { fr: 'Médecin du travail : 01 02 03 04 05' } },
    });
    expect(open.find((i) => i.id === 'codes')).toEqual({ id: 'codes', ok: false, asked: false, byDefault: true });
    expect(open.find((i) => i.id === 'support')).toEqual({ id: 'support', ok: true });
    expect(open.find((i) => i.id === 'k')).toEqual({ id: 'k', ok: true, value: 5 });
  });
});
