import { cbi } from '../instruments/cbi.ts';
import { instrumentQuestions } from '../instruments/instrument.ts';
import { who5 } from '../instruments/who5.ts';
import { practiceModeQuestion, professionQuestion, professions, profileQuestion as profile } from './shared-questions.ts';
import type { SurveyTemplate } from './template.ts';

const cbiQuestions = instrumentQuestions(cbi);
const cbiPage = (scale: string) => cbiQuestions.filter((q) => q.id.startsWith(`cbi_${scale}`));

/**
 * « Santé des professionnels »: a broad profile (every question can be left unanswered), the
 * Copenhagen Burnout Inventory and the WHO-5, word for word from schema/instruments so they stay
 * scorable, then one optional item that is NOT part of any validated instrument.
 */
export const professionalHealth: SurveyTemplate = {
  templateId: 'sante-des-professionnels',
  title: { fr: 'Santé des professionnels (épuisement et bien-être)', en: 'Health of professionals (burnout and well-being)' },
  description: {
    fr: 'Inventaire de burnout de Copenhague (CBI) et indice de bien-être WHO-5, calculés automatiquement ; chaque répondant voit ses scores et des ressources d’aide. Environ 7 minutes.',
    en: 'Copenhagen Burnout Inventory (CBI) and WHO-5 Well-Being Index, scored automatically; each respondent sees their scores and where to find help. About 7 minutes.',
  },
  skeleton: false,
  survey: {
    slug: 'sante-des-professionnels',
    title: { fr: 'Santé des professionnels', en: 'Health of professionals' },
    description: {
      fr: 'Questionnaire anonyme, environ 7 minutes. Vos réponses ne sont montrées que regroupées, jamais pour moins de 5 personnes. À la fin, vous verrez vos propres scores (ils ne sont pas conservés avec votre nom : il n’est jamais demandé).',
      en: 'Anonymous questionnaire, about 7 minutes. Answers are only shown grouped, never for fewer than 5 people. At the end you will see your own scores (your name is never asked).',
    },
    settings: {
      k: 5,
      resultsVisibility: 'private',
      purpose: {
        fr: 'Mesurer l’épuisement professionnel et le bien-être des professionnels du territoire, pour choisir des actions de prévention et en suivre l’effet.',
        en: 'Measure burnout and well-being among the area’s professionals, to choose prevention actions and follow their effect.',
      },
    },
    pages: [
      {
        id: 'profile',
        title: { fr: 'Votre profil', en: 'About you' },
        questions: [
          professionQuestion([
            professions.doctor,
            professions.nurse,
            professions.pharmacist,
            professions.rehab,
            { id: 'other_care', label: { fr: 'Autre profession de soin', en: 'Other care profession' } },
            professions.reception,
          ]),
          profile('sex', { fr: 'Vous êtes…', en: 'You are…' }, [
            { id: 'woman', label: { fr: 'Une femme', en: 'A woman' } },
            { id: 'man', label: { fr: 'Un homme', en: 'A man' } },
            { id: 'other', label: { fr: 'Autre', en: 'Other' } },
          ]),
          profile('age_band', { fr: 'Quel âge avez-vous ?', en: 'How old are you?' }, [
            { id: 'under_35', label: { fr: 'Moins de 35 ans', en: 'Under 35' } },
            { id: '35_49', label: { fr: '35 à 49 ans', en: '35 to 49' } },
            { id: '50_plus', label: { fr: '50 ans ou plus', en: '50 or over' } },
          ]),
          practiceModeQuestion({ breakdown: true }),
          profile('weekly_hours', { fr: 'Combien d’heures travaillez-vous par semaine, en général ?', en: 'How many hours do you usually work per week?' }, [
            { id: 'under_35', label: { fr: 'Moins de 35 heures', en: 'Under 35 hours' } },
            { id: '35_49', label: { fr: '35 à 49 heures', en: '35 to 49 hours' } },
            { id: '50_59', label: { fr: '50 à 59 heures', en: '50 to 59 hours' } },
            { id: '60_plus', label: { fr: '60 heures ou plus', en: '60 hours or more' } },
          ]),
        ],
      },
      { id: 'cbi_personal', title: { fr: 'Votre état général', en: 'How you feel' }, questions: cbiPage('personal') },
      { id: 'cbi_work', title: { fr: 'Votre travail', en: 'Your work' }, questions: cbiPage('work') },
      { id: 'cbi_patient', title: { fr: 'Votre travail avec les patients', en: 'Your work with patients' }, questions: cbiPage('patient') },
      { id: 'who5', title: { fr: 'Votre bien-être', en: 'Your well-being' }, questions: instrumentQuestions(who5) },
      {
        id: 'experience',
        title: { fr: 'Pour finir', en: 'To finish' },
        questions: [
          {
            id: 'burnout_experienced',
            type: 'single',
            label: { fr: 'Avez-vous déjà vécu un épuisement professionnel (burn-out) ?', en: 'Have you ever experienced burnout?' },
            help: {
              fr: 'Question facultative, hors questionnaire validé : elle n’entre dans aucun score.',
              en: 'Optional question, not part of a validated questionnaire: it counts in no score.',
            },
            preferNotToAnswer: true,
            options: [
              { id: 'yes', label: { fr: 'Oui', en: 'Yes' } },
              { id: 'unsure', label: { fr: 'Je ne sais pas', en: 'Not sure' } },
              { id: 'no', label: { fr: 'Non', en: 'No' } },
            ],
          },
        ],
      },
    ],
  },
};
