import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { demoSurvey } from '../../schema/demo.ts';
import { SurveyInput } from '../../schema/survey.ts';
import { professionalHealth } from '../../schema/templates/professional-health.ts';
import { checkWordingEdit } from './wording.ts';

const demo = () => v.parse(SurveyInput, structuredClone(demoSurvey));

describe('checkWordingEdit', () => {
  it('accepts new wording of titles, labels, help and options, and names what changed', () => {
    const before = demo();
    const after = structuredClone(before);
    after.title = { fr: 'Vie de la CPTS : votre avis compte !', en: before.title.en };
    const profession = after.pages[0]!.questions[0]!;
    profession.help = { fr: 'Votre métier principal' };
    if (profession.type === 'single') profession.options[0]!.label = { fr: 'Médecin généraliste (MG)' };
    after.settings.purpose = { fr: 'Mieux connaître vos besoins.' };
    expect(checkWordingEdit(before, after)).toEqual({
      ok: true,
      changes: ['title', 'settings.purpose', 'pages.0.questions.0.options.0.label', 'pages.0.questions.0.help'],
    });
  });

  it('refuses any change of structure or settings: a question, an option, a type, a condition, k, visibility, the slug', () => {
    const before = demo();
    const edits: ((s: ReturnType<typeof demo>) => void)[] = [
      (s) => s.pages[0]!.questions.pop(),
      (s) => {
        const q = s.pages[0]!.questions[0]!;
        if (q.type === 'single') q.options.push({ id: 'new', label: { fr: 'Nouvelle' } });
      },
      (s) => (s.pages[0]!.questions[0]!.required = !s.pages[0]!.questions[0]!.required),
      (s) => (s.settings.k = 3),
      (s) => (s.settings.resultsVisibility = 'private'),
      (s) => (s.settings.participationCodes = true),
      (s) => (s.settings.retentionMonths = 24),
    ];
    for (const edit of edits) {
      const after = structuredClone(before);
      edit(after);
      expect(checkWordingEdit(before, after)).toEqual({ ok: false, reason: 'structure' });
    }
    expect(checkWordingEdit(before, { ...structuredClone(before), slug: 'autre' })).toEqual({ ok: false, reason: 'slug' });
  });

  it('refuses to reword a validated instrument’s item: it would no longer be scored', () => {
    const before = v.parse(SurveyInput, structuredClone(professionalHealth.survey));
    const after = structuredClone(before);
    const work = after.pages.flatMap((p) => p.questions).find((q) => q.id === 'cbi_work_degree')!;
    if (work.type === 'matrix') work.items[0]!.label = { fr: 'Votre travail est-il fatigant ?' };
    expect(checkWordingEdit(before, after)).toEqual({ ok: false, reason: 'instrument' });
  });
});
