import type { Instrument } from './instrument.ts';

/**
 * Copenhagen Burnout Inventory (CBI): 19 items on three scales, « clients » adapted to
 * « patients » for health professionals, as the original allows.
 *
 * Stored answers run 0–4 from « Jamais ou presque jamais » / « Dans une très faible mesure » to
 * « Toujours » / « Dans une très large mesure », so that a higher value always means more of what
 * the item asks. Scoring (worker/domain/scoring.ts) maps them to 0/25/50/75/100, reversed for
 * work item 7.
 *
 * The French wording is a working translation written for Pouls, NOT a validated one: no
 * validated France-French wording could be confirmed. Label it « traduction de travail » until
 * a validated translation is sourced.
 */
export type CbiResponse = 'frequency' | 'degree';
export type CbiScaleId = 'personal' | 'work' | 'patient';

export const cbi = {
  id: 'cbi',
  version: '2005',
  name: { fr: 'Inventaire de burnout de Copenhague (CBI)', en: 'Copenhagen Burnout Inventory (CBI)' },
  source: {
    fr:
      'NFA, Centre national danois de recherche sur l’environnement de travail (nfa.dk), « Copenhagen Burnout Inventory (CBI) ». ' +
      'Description en français : INRS, fiche FRPS 38, « Copenhagen Burnout Inventory (CBI) — Inventaire de burnout de Copenhague » (Documents pour le médecin du travail).',
    en:
      'NFA, Danish National Research Centre for the Working Environment (nfa.dk), « Copenhagen Burnout Inventory (CBI) ». ' +
      'French description: INRS, fiche FRPS 38, « Copenhagen Burnout Inventory (CBI) — Inventaire de burnout de Copenhague » (Documents pour le médecin du travail).',
  },
  licence: { fr: 'Gratuit, sans redevance de licence ; la source doit être citée.', en: 'Free of charge, no licence fee; the source must be cited.' },
  citation:
    'Kristensen TS, Borritz M, Villadsen E, Christensen KB. The Copenhagen Burnout Inventory: a new tool for the assessment of burnout. Work & Stress. 2005;19(3):192-207.',
  language: { source: 'en', available: ['fr', 'en'] },
  validatedTranslation: { fr: false },
  translationNote: {
    fr: 'Traduction de travail : le CBI est un instrument validé (dans sa version publiée en anglais), mais cette formulation française ne l’est pas ; aucune traduction française validée n’a été confirmée. Les scores restent indicatifs tant qu’une traduction validée n’est pas intégrée.',
    en: 'Working translation: the CBI is a validated instrument (in its published English version), but this French wording is not; no validated French translation could be confirmed. French scores are indicative until a validated translation is in place.',
  },
  responseScales: {
    frequency: {
      prompt: { fr: 'à quelle fréquence ?', en: 'how often?' },
      points: [
        { value: 0, label: { fr: 'Jamais ou presque jamais', en: 'Never or almost never' } },
        { value: 1, label: { fr: 'Rarement', en: 'Seldom' } },
        { value: 2, label: { fr: 'Parfois', en: 'Sometimes' } },
        { value: 3, label: { fr: 'Souvent', en: 'Often' } },
        { value: 4, label: { fr: 'Toujours', en: 'Always' } },
      ],
    },
    degree: {
      prompt: { fr: 'dans quelle mesure ?', en: 'to what degree?' },
      points: [
        { value: 0, label: { fr: 'Dans une très faible mesure', en: 'To a very low degree' } },
        { value: 1, label: { fr: 'Dans une faible mesure', en: 'To a low degree' } },
        { value: 2, label: { fr: 'En partie', en: 'Somewhat' } },
        { value: 3, label: { fr: 'Dans une large mesure', en: 'To a high degree' } },
        { value: 4, label: { fr: 'Dans une très large mesure', en: 'To a very high degree' } },
      ],
    },
  },
  scales: [
    {
      id: 'personal',
      name: { fr: 'Épuisement personnel', en: 'Personal burnout' },
      heading: { fr: 'Comment vous sentez-vous en général ?', en: 'How do you feel in general?' },
      items: [
        {
          id: 'p1',
          response: 'frequency',
          reversed: false,
          text: { fr: 'À quelle fréquence vous sentez-vous fatigué(e) ?', en: 'How often do you feel tired?' },
        },
        {
          id: 'p2',
          response: 'frequency',
          reversed: false,
          text: { fr: 'À quelle fréquence êtes-vous physiquement épuisé(e) ?', en: 'How often are you physically exhausted?' },
        },
        {
          id: 'p3',
          response: 'frequency',
          reversed: false,
          text: { fr: 'À quelle fréquence êtes-vous émotionnellement épuisé(e) ?', en: 'How often are you emotionally exhausted?' },
        },
        {
          id: 'p4',
          response: 'frequency',
          reversed: false,
          text: { fr: 'À quelle fréquence vous dites-vous : « Je n’en peux plus » ?', en: 'How often do you think: “I can’t take it anymore”?' },
        },
        {
          id: 'p5',
          response: 'frequency',
          reversed: false,
          text: { fr: 'À quelle fréquence vous sentez-vous usé(e) ?', en: 'How often do you feel worn out?' },
        },
        {
          id: 'p6',
          response: 'frequency',
          reversed: false,
          text: {
            fr: 'À quelle fréquence vous sentez-vous faible et susceptible de tomber malade ?',
            en: 'How often do you feel weak and susceptible to illness?',
          },
        },
      ],
    },
    {
      id: 'work',
      name: { fr: 'Épuisement lié au travail', en: 'Work-related burnout' },
      heading: { fr: 'Votre travail', en: 'Your work' },
      items: [
        {
          id: 'w1',
          response: 'degree',
          reversed: false,
          text: { fr: 'Votre travail est-il émotionnellement épuisant ?', en: 'Is your work emotionally exhausting?' },
        },
        {
          id: 'w2',
          response: 'degree',
          reversed: false,
          text: { fr: 'Vous sentez-vous en épuisement professionnel à cause de votre travail ?', en: 'Do you feel burnt out because of your work?' },
        },
        { id: 'w3', response: 'degree', reversed: false, text: { fr: 'Votre travail vous frustre-t-il ?', en: 'Does your work frustrate you?' } },
        {
          id: 'w4',
          response: 'frequency',
          reversed: false,
          text: { fr: 'Vous sentez-vous usé(e) à la fin de la journée de travail ?', en: 'Do you feel worn out at the end of the working day?' },
        },
        {
          id: 'w5',
          response: 'frequency',
          reversed: false,
          text: {
            fr: 'Êtes-vous épuisé(e) le matin à l’idée d’une nouvelle journée de travail ?',
            en: 'Are you exhausted in the morning at the thought of another day at work?',
          },
        },
        {
          id: 'w6',
          response: 'frequency',
          reversed: false,
          text: {
            fr: 'Avez-vous le sentiment que chaque heure de travail est fatigante pour vous ?',
            en: 'Do you feel that every working hour is tiring for you?',
          },
        },
        // Reversed: more energy, less burnout.
        {
          id: 'w7',
          response: 'frequency',
          reversed: true,
          text: {
            fr: 'Avez-vous assez d’énergie pour votre famille et vos amis pendant vos loisirs ?',
            en: 'Do you have enough energy for family and friends during leisure time?',
          },
        },
      ],
    },
    {
      id: 'patient',
      name: { fr: 'Épuisement lié aux patients', en: 'Patient-related burnout' },
      heading: { fr: 'Votre travail avec les patients', en: 'Your work with patients' },
      items: [
        {
          id: 'pt1',
          response: 'degree',
          reversed: false,
          text: { fr: 'Trouvez-vous difficile de travailler avec les patients ?', en: 'Do you find it hard to work with patients?' },
        },
        {
          id: 'pt2',
          response: 'degree',
          reversed: false,
          text: { fr: 'Trouvez-vous frustrant de travailler avec les patients ?', en: 'Do you find it frustrating to work with patients?' },
        },
        {
          id: 'pt3',
          response: 'degree',
          reversed: false,
          text: { fr: 'Travailler avec les patients vous vide-t-il de votre énergie ?', en: 'Does it drain your energy to work with patients?' },
        },
        {
          id: 'pt4',
          response: 'degree',
          reversed: false,
          text: {
            fr: 'Avez-vous le sentiment de donner plus que vous ne recevez en retour quand vous travaillez avec les patients ?',
            en: 'Do you feel that you give more than you get back when you work with patients?',
          },
        },
        {
          id: 'pt5',
          response: 'frequency',
          reversed: false,
          text: { fr: 'Êtes-vous las(se) de travailler avec les patients ?', en: 'Are you tired of working with patients?' },
        },
        {
          id: 'pt6',
          response: 'frequency',
          reversed: false,
          text: {
            fr: 'Vous demandez-vous parfois combien de temps vous pourrez encore travailler avec les patients ?',
            en: 'Do you sometimes wonder how long you will be able to continue working with patients?',
          },
        },
      ],
    },
  ],
} as const satisfies Instrument<CbiResponse>;
