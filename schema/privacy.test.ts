import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { demoSurvey } from './demo.ts';
import { privacyNotice } from './privacy.ts';
import { SurveyInput } from './survey.ts';

const survey = (settings: object = {}) => v.parse(SurveyInput, { ...demoSurvey, settings: { ...demoSurvey.settings, ...settings } });
const text = (notice: ReturnType<typeof privacyNotice>) => notice.sections.flatMap((s) => [s.title, ...s.paragraphs]).join('\n');
const section = (notice: ReturnType<typeof privacyNotice>, id: string) => notice.sections.find((s) => s.id === id)!.paragraphs.join('\n');

describe('privacyNotice', () => {
  it('has the six sections, in the order a respondent needs them', () => {
    const notice = privacyNotice(survey(), 'CPTS du Val', 'fr');
    expect(notice.title).toBe('Vos réponses et votre anonymat');
    expect(notice.sections.map((s) => s.id)).toEqual(['purpose', 'voluntary', 'anonymity', 'access', 'retention', 'contact']);
  });

  it('states the purpose, or a default naming the survey and the organisation', () => {
    expect(section(privacyNotice(survey(), 'CPTS du Val', 'fr'), 'purpose')).toBe(
      'Connaître les besoins des professionnels du territoire pour choisir les actions de la CPTS.\nCe questionnaire est mené par CPTS du Val.',
    );
    const { purpose: _purpose, ...settings } = demoSurvey.settings!;
    const withoutPurpose = v.parse(SurveyInput, { ...demoSurvey, settings });
    expect(section(privacyNotice(withoutPurpose, 'CPTS du Val', 'fr'), 'purpose')).toMatch(
      /^« Vie de la CPTS : votre avis compte » aide CPTS du Val à connaître/,
    );
    expect(section(privacyNotice(withoutPurpose, 'CPTS du Val', 'en'), 'purpose')).toMatch(/^“Life of the CPTS: your opinion counts” helps CPTS du Val/);
  });

  it('says taking part is voluntary and nothing is sent before sending', () => {
    const voluntary = section(privacyNotice(survey(), 'CPTS du Val', 'fr'), 'voluntary');
    expect(voluntary).toContain('arrêter à tout moment');
    expect(voluntary).toContain('Rien n’est envoyé avant que vous envoyiez vos réponses');
  });

  it('describes anonymity with the survey’s k', () => {
    const anonymity = section(privacyNotice(survey({ k: 7 }), 'CPTS du Val', 'fr'), 'anonymity');
    expect(anonymity).toContain('ni votre adresse IP');
    expect(anonymity).toContain('ni le jour ni l’heure de votre réponse');
    expect(anonymity).toContain('par groupes d’au moins 7 personnes');
    expect(anonymity).toContain('n’indiquez pas de nom'); // the demo asks for free text
    // Releases: no figure moves with each answer.
    expect(anonymity).toContain('publiés au plus une fois par jour, à heure fixe, et seulement quand au moins 7 nouvelles personnes ont répondu');
    // The demo is an open link: the residual risk of fake responses is said plainly.
    expect(anonymity).not.toContain('code de participation');
    expect(anonymity).toContain('pourrait envoyer de fausses réponses');
    const withCodes = section(privacyNotice(survey({ participationCodes: true }), 'CPTS du Val', 'fr'), 'anonymity');
    expect(withCodes).toContain('rien ne le relie à vos réponses');
    expect(withCodes).toContain('chaque lot (quand, par qui, combien) est visible de tous les membres de CPTS du Val');
  });

  it('says who sees what, public results included', () => {
    const access = section(privacyNotice(survey(), 'CPTS du Val', 'fr'), 'access');
    expect(access).toContain('Les coordinateurs de CPTS du Val voient des chiffres regroupés');
    expect(access).toContain('télécharger une seule fois le tableau des réponses');
    expect(access).toContain('Les réponses écrites ne sont lues que par les personnes de CPTS du Val');
    expect(access).toContain('Les résultats regroupés sont publics');
    expect(section(privacyNotice(survey({ resultsVisibility: 'private' }), 'CPTS du Val', 'fr'), 'access')).not.toContain('publics');
  });

  it('gives the retention in months after closing', () => {
    expect(section(privacyNotice(survey({ retentionMonths: 6 }), 'X', 'fr'), 'retention')).toMatch(
      /^Les réponses détaillées sont gardées 6 mois après la clôture du questionnaire, puis effacées\./,
    );
    expect(section(privacyNotice(survey({ retentionMonths: 1 }), 'X', 'en'), 'retention')).toMatch(/^Individual answers are kept for 1 month after/);
    expect(section(privacyNotice(survey(), 'X', 'en'), 'retention')).toContain('12 months');
  });

  it('names the contact, or the organisation', () => {
    expect(section(privacyNotice(survey({ contact: 'dpo@cpts.example' }), 'CPTS du Val', 'fr'), 'contact')).toBe(
      'Pour toute question sur vos données : dpo@cpts.example.',
    );
    expect(section(privacyNotice(survey(), 'CPTS du Val', 'fr'), 'contact')).toBe('Pour toute question sur vos données, adressez-vous à CPTS du Val.');
  });

  it('speaks English entirely when asked', () => {
    const notice = privacyNotice(survey(), 'CPTS du Val', 'en');
    expect(notice.title).toBe('Your answers and your anonymity');
    expect(text(notice)).not.toMatch(/[àéèêç]|questionnaire/);
  });
});
