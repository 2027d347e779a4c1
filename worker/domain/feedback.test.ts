import { describe, expect, it } from 'vitest';
import { professionalHealth } from '../../schema/templates/professional-health.ts';
import { healthAnswers } from '../../tests/fixtures/health-answers.ts';
import { personalFeedback } from './feedback.ts';
import { scoreResponse } from './scoring.ts';

const scores = (cbi: number, who5: number) => scoreResponse(professionalHealth.survey, healthAnswers(cbi, who5));

describe('personalFeedback', () => {
  it('says each score in a sentence, flags those past the cutoff, and lists SPS and 3114', () => {
    const feedback = personalFeedback(scores(2, 3), {}, 'fr')!;
    // Every CBI item at « Parfois » scores 50 (the reversed item too); WHO-5 3 × 5 × 4 = 60.
    expect(feedback.scales.map((s) => [s.key, s.score, s.attention])).toEqual([
      ['cbi.personal', 50, true],
      ['cbi.work', 50, true],
      ['cbi.patient', 50, true],
      ['who5.wellbeing', 60, false],
    ]);
    expect(feedback.scales[0]!.summary).toBe('À partir de 50 sur 100, l’épuisement est considéré comme élevé. Il peut être utile d’en parler.');
    expect(feedback.scales[3]!.summary).toBe('Au-dessus de 50 sur 100 : le bien-être n’est pas considéré comme faible.');
    expect(feedback.resources.map((r) => `${r.name}: ${r.phones.join(', ')}`)).toEqual([
      '15 (SAMU) ou 112 — Urgence: 15, 112',
      'SPS — Soins aux professionnels de santé: 0 805 23 23 36',
      '3114 — Numéro national de prévention du suicide: 3114',
    ]);
    expect(feedback.resources[0]!.description).toContain('112');
    expect(feedback.contacts).toBeNull();
    expect(feedback.note).toMatch(/pas un diagnostic/);
  });

  it('speaks English, with the organisation’s contacts in the reader’s language', () => {
    const feedback = personalFeedback(scores(0, 1), { supportContacts: { fr: 'Psychologue de la CPTS', en: 'The CPTS psychologist' } }, 'en')!;
    expect(feedback.scales.find((s) => s.key === 'who5.wellbeing')!.summary).toMatch(
      /^At 28 or below out of 100, well-being is very low: depression is possible. See a doctor soon/,
    );
    expect(feedback.contacts).toBe('The CPTS psychologist');
  });

  it('graduates the WHO-5 message: 20 out of 100 is not 50 out of 100', () => {
    const at = (who5: number) => personalFeedback(scores(2, who5), {}, 'fr')!.scales.find((s) => s.key === 'who5.wellbeing')!;
    // WHO-5 raw × 4: 1 → 20, 2 → 40, 3 → 60
    expect(at(1)).toMatchObject({ score: 20, attention: true, severity: 'see_doctor' });
    expect(at(1).summary).toMatch(/très bas.*Consultez un médecin rapidement/);
    expect(at(2)).toMatchObject({ score: 40, attention: true, severity: 'attention' });
    expect(at(2).summary).toMatch(/^À 50 ou moins sur 100, le bien-être est considéré comme faible/);
    expect(at(3)).toMatchObject({ score: 60, attention: false, severity: 'none' });
    expect(personalFeedback(scores(4, 3), {}, 'fr')!.scales[0]).toMatchObject({ severity: 'attention' });
  });

  it('is null for a survey without an intact instrument', () => {
    expect(personalFeedback({ cbi: null, who5: null }, {}, 'fr')).toBeNull();
  });
});
