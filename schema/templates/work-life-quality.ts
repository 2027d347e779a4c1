import { agreementScale, practiceModeQuestion, professionQuestion, professions } from './shared-questions.ts';
import type { SurveyTemplate } from './template.ts';

/**
 * « Qualité de vie au travail »: a skeleton. Profile questions and a few generic items only;
 * validated instruments (licensed, with their own scoring) will come later, in their own templates.
 */
export const workLifeQuality: SurveyTemplate = {
  templateId: 'qualite-de-vie-au-travail',
  title: { fr: 'Qualité de vie au travail (squelette)', en: 'Quality of working life (skeleton)' },
  description: {
    fr: 'Point de départ : questions de profil et quelques questions générales. Les questionnaires validés viendront plus tard.',
    en: 'A starting point: profile questions and a few general items. Validated questionnaires will come later.',
  },
  skeleton: true,
  survey: {
    slug: 'qualite-de-vie-au-travail',
    title: { fr: 'Qualité de vie au travail', en: 'Quality of working life' },
    description: {
      fr: 'Questionnaire anonyme, 5 minutes. Chaque question de profil peut rester sans réponse. Aucun résultat n’est montré pour moins de 5 personnes.',
      en: 'Anonymous survey, 5 minutes. Every profile question can be left unanswered. No result is shown for fewer than 5 people.',
    },
    settings: {
      k: 5,
      resultsVisibility: 'private',
      purpose: {
        fr: 'Connaître la qualité de vie au travail de l’équipe pour choisir des actions qui l’améliorent.',
        en: 'Learn about the team’s quality of working life, to choose actions that improve it.',
      },
    },
    pages: [
      {
        id: 'profile',
        title: { fr: 'Votre profil', en: 'About you' },
        questions: [
          professionQuestion([professions.doctor, professions.nurse, professions.pharmacist, professions.rehab, professions.reception, professions.other]),
          practiceModeQuestion(),
          {
            id: 'seniority',
            type: 'single',
            label: { fr: 'Depuis combien de temps exercez-vous dans cette structure ?', en: 'How long have you worked in this practice?' },
            preferNotToAnswer: true,
            options: [
              { id: 'under_2', label: { fr: 'Moins de 2 ans', en: 'Less than 2 years' } },
              { id: '2_10', label: { fr: '2 à 10 ans', en: '2 to 10 years' } },
              { id: 'over_10', label: { fr: 'Plus de 10 ans', en: 'More than 10 years' } },
            ],
          },
          {
            id: 'working_time',
            type: 'single',
            label: { fr: 'Travaillez-vous à temps plein ?', en: 'Do you work full time?' },
            preferNotToAnswer: true,
            options: [
              { id: 'full', label: { fr: 'Temps plein', en: 'Full time' } },
              { id: 'part', label: { fr: 'Temps partiel', en: 'Part time' } },
            ],
          },
        ],
      },
      {
        id: 'work',
        title: { fr: 'Votre travail', en: 'Your work' },
        questions: [
          {
            id: 'work_life',
            type: 'matrix',
            label: { fr: 'Êtes-vous d’accord avec ces phrases ?', en: 'Do you agree with these statements?' },
            help: {
              fr: 'Questions générales, en attendant les questionnaires validés.',
              en: 'General questions, until validated questionnaires are available.',
            },
            preferNotToAnswer: true,
            items: [
              { id: 'workload', label: { fr: 'Ma charge de travail est raisonnable.', en: 'My workload is reasonable.' } },
              { id: 'balance', label: { fr: 'J’arrive à concilier travail et vie personnelle.', en: 'I manage to balance work and personal life.' } },
              { id: 'team', label: { fr: 'Je peux compter sur mes collègues.', en: 'I can count on my colleagues.' } },
              { id: 'meaning', label: { fr: 'Mon travail a du sens pour moi.', en: 'My work is meaningful to me.' } },
              { id: 'means', label: { fr: 'J’ai les moyens de bien faire mon travail.', en: 'I have what I need to do my work well.' } },
              { id: 'recognition', label: { fr: 'Mon travail est reconnu.', en: 'My work is recognised.' } },
            ],
            scale: agreementScale,
          },
          {
            id: 'overall',
            type: 'scale',
            label: {
              fr: 'Dans l’ensemble, comment jugez-vous votre qualité de vie au travail ?',
              en: 'Overall, how would you rate your quality of working life?',
            },
            min: 0,
            max: 10,
            labels: [
              { value: 0, label: { fr: 'Très mauvaise', en: 'Very poor' } },
              { value: 10, label: { fr: 'Excellente', en: 'Excellent' } },
            ],
            preferNotToAnswer: true,
          },
          {
            id: 'improvements',
            type: 'long_text',
            label: { fr: 'Qu’est-ce qui améliorerait votre qualité de vie au travail ?', en: 'What would improve your quality of working life?' },
            help: {
              fr: 'N’écrivez ni votre nom ni d’information qui permettrait de vous reconnaître.',
              en: 'Do not write your name or anything that would identify you.',
            },
            maxLength: 2000,
          },
        ],
      },
    ],
  },
};
