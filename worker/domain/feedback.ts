import type { Lang } from '../../schema/lang.ts';
import { localize } from '../../schema/localize.ts';
import type { PersonalFeedback } from '../../schema/report.ts';
import type { SurveySettings } from '../../schema/survey.ts';
import type { ResponseScores } from './scoring.ts';
import { SCORED_SCALES, scaleScores } from './scored-scales.ts';

/**
 * What a respondent reads about their own scores right after sending, in plain words. Computed from
 * the answers in the request and returned once: nothing of it is stored. Pure.
 */

const SUPPORT = {
  fr: [
    {
      name: '15 (SAMU) ou 112 — Urgence',
      phones: ['15', '112'],
      description: 'En cas de danger immédiat pour vous ou pour quelqu’un d’autre : appelez le 15, ou le 112 (numéro d’urgence européen).',
    },
    {
      name: 'SPS — Soins aux professionnels de santé',
      phones: ['0 805 23 23 36'],
      description: 'Écoute et accompagnement des professionnels de santé en difficulté, gratuit, 24 h/24 et 7 j/7.',
    },
    {
      name: '3114 — Numéro national de prévention du suicide',
      phones: ['3114'],
      description: 'Si vous pensez au suicide ou vous inquiétez pour un proche : gratuit, 24 h/24 et 7 j/7.',
    },
  ],
  en: [
    {
      name: '15 (SAMU) or 112 — Emergency',
      phones: ['15', '112'],
      description: 'If you or someone else is in immediate danger: call 15, or 112 (the European emergency number).',
    },
    {
      name: 'SPS — Care for health professionals',
      phones: ['0 805 23 23 36'],
      description: 'Listening and support for health professionals in difficulty, free, 24/7 (in French).',
    },
    {
      name: '3114 — French national suicide prevention line',
      phones: ['3114'],
      description: 'If you think of suicide or worry about someone close: free, 24/7 (in French).',
    },
  ],
} satisfies Record<Lang, PersonalFeedback['resources']>;

const NOTE = {
  fr: 'Ces scores sont un repère, pas un diagnostic. Ils ne sont enregistrés nulle part avec vos réponses et personne d’autre ne les voit. Pour les garder, imprimez-les ou enregistrez-les en PDF depuis cette page : rien n’est envoyé ni conservé.',
  en: 'These scores are a guide, not a diagnosis. They are not stored with your answers and nobody else sees them. To keep them, print them or save them as a PDF from this page: nothing is sent or kept.',
};

/**
 * WHO-5 at or below this (0–100): depression likely, a doctor should be seen soon. A commonly used
 * band, not verified against the publisher's guidance: the message says « see a doctor soon », never a diagnosis.
 */
export const WHO5_LIKELY_DEPRESSION = 28;

/** How pressing the message is: nothing to flag, worth talking about, or see a doctor soon. */
export type Severity = PersonalFeedback['scales'][number]['severity'];

function severity(key: string, score: number, pastCutoff: boolean): Severity {
  if (!pastCutoff) return 'none';
  return key === 'who5.wellbeing' && score <= WHO5_LIKELY_DEPRESSION ? 'see_doctor' : 'attention';
}

/** What the score means, next to the score itself (the page shows « 63/100 » above it). */
function summary(key: string, level: Severity, lang: Lang): string {
  const fr = lang === 'fr';
  if (key === 'who5.wellbeing') {
    if (level === 'see_doctor')
      return fr
        ? `À ${WHO5_LIKELY_DEPRESSION} ou moins sur 100, le bien-être est très bas : une dépression est possible. Consultez un médecin rapidement, votre médecin traitant ou le médecin du travail.`
        : `At ${WHO5_LIKELY_DEPRESSION} or below out of 100, well-being is very low: depression is possible. See a doctor soon — your GP or the occupational doctor.`;
    return level === 'attention'
      ? fr
        ? `À 50 ou moins sur 100, le bien-être est considéré comme faible. En parler à votre médecin est recommandé.`
        : `At 50 or below out of 100, well-being is considered poor. Talking to your doctor about it is recommended.`
      : fr
        ? `Au-dessus de 50 sur 100 : le bien-être n’est pas considéré comme faible.`
        : `Above 50 out of 100: well-being is not considered poor.`;
  }
  const pastCutoff = level !== 'none';
  return pastCutoff
    ? fr
      ? `À partir de 50 sur 100, l’épuisement est considéré comme élevé. Il peut être utile d’en parler.`
      : `From 50 out of 100 up, burnout is considered high. It may help to talk about it.`
    : fr
      ? `En dessous de 50 sur 100 : l’épuisement n’est pas considéré comme élevé.`
      : `Below 50 out of 100: burnout is not considered high.`;
}

/** `null` when the survey carries no intact instrument (nothing to score). */
export function personalFeedback(scores: ResponseScores, settings: Pick<SurveySettings, 'supportContacts'>, lang: Lang): PersonalFeedback | null {
  if (!scores.cbi && !scores.who5) return null;
  const names = new Map(SCORED_SCALES.map((s) => [s.key, s.name[lang]]));
  return {
    scales: scaleScores(scores).map(({ key, score, pastCutoff }) => {
      const level = severity(key, score, pastCutoff);
      return { key, name: names.get(key)!, score: Math.round(score), attention: pastCutoff, severity: level, summary: summary(key, level, lang) };
    }),
    note: NOTE[lang],
    resources: SUPPORT[lang],
    contacts: settings.supportContacts ? localize(settings.supportContacts, lang) : null,
  };
}
