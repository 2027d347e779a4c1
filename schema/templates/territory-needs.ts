import { practiceModeQuestion, professionQuestion, professions } from './shared-questions.ts';
import type { SurveyTemplate } from './template.ts';

/** « Besoins du territoire »: what the health professionals of a CPTS need, by profession. */
export const territoryNeeds: SurveyTemplate = {
  templateId: 'besoins-du-territoire',
  title: { fr: 'Besoins du territoire', en: 'Needs of the area' },
  description: {
    fr: 'Pour une CPTS : recenser les besoins des professionnels de santé du territoire et leurs priorités, par profession.',
    en: 'For a CPTS: survey the needs and priorities of the area’s health professionals, by profession.',
  },
  skeleton: false,
  placeholders: [
    'Exemples à remplacer par les communes ou secteurs de votre CPTS.',
    'Secteur nord',
    'Centre-ville',
    'Secteur sud',
    'Communes rurales',
    'Autre secteur',
  ],
  survey: {
    slug: 'besoins-du-territoire',
    title: { fr: 'Les besoins de notre territoire', en: 'The needs of our area' },
    description: {
      fr: 'Questionnaire anonyme, 5 minutes. Vos réponses aideront la CPTS à choisir ses actions. Les résultats ne sont montrés que par groupes d’au moins 5 personnes.',
      en: 'Anonymous survey, 5 minutes. Your answers will help the CPTS choose its actions. Results are only shown for groups of at least 5 people.',
    },
    settings: {
      k: 5,
      resultsVisibility: 'private',
      purpose: {
        fr: 'Connaître les besoins des professionnels de santé du territoire pour construire le projet de santé de la CPTS.',
        en: 'Learn what the area’s health professionals need, to build the CPTS’s health project.',
      },
    },
    pages: [
      {
        id: 'practice',
        title: { fr: 'Votre exercice', en: 'Your practice' },
        questions: [
          professionQuestion(
            [
              professions.gp,
              { id: 'specialist', label: { fr: 'Médecin spécialiste', en: 'Specialist physician' } },
              professions.nurse,
              professions.pharmacist,
              professions.physio,
              { id: 'midwife', label: { fr: 'Sage-femme', en: 'Midwife' } },
              { id: 'dentist', label: { fr: 'Chirurgien-dentiste', en: 'Dentist' } },
              { id: 'speech', label: { fr: 'Orthophoniste', en: 'Speech therapist' } },
              { id: 'psychologist', label: { fr: 'Psychologue', en: 'Psychologist' } },
              professions.coordination,
              professions.other,
            ],
            { required: true },
          ),
          {
            id: 'area',
            type: 'single',
            label: { fr: 'Dans quel secteur exercez-vous principalement ?', en: 'In which part of the area do you mainly practise?' },
            help: {
              fr: 'Exemples à remplacer par les communes ou secteurs de votre CPTS.',
              en: 'Examples: replace them with your CPTS’s towns or sectors.',
            },
            preferNotToAnswer: true,
            options: [
              { id: 'north', label: { fr: 'Secteur nord', en: 'North' } },
              { id: 'centre', label: { fr: 'Centre-ville', en: 'Town centre' } },
              { id: 'south', label: { fr: 'Secteur sud', en: 'South' } },
              { id: 'rural', label: { fr: 'Communes rurales', en: 'Rural villages' } },
              { id: 'other', label: { fr: 'Autre secteur', en: 'Elsewhere' } },
            ],
          },
          practiceModeQuestion(),
        ],
      },
      {
        id: 'needs',
        title: { fr: 'Vos besoins', en: 'Your needs' },
        questions: [
          {
            id: 'needs',
            type: 'ranking',
            label: { fr: 'Classez vos besoins, du plus important au moins important', en: 'Rank your needs, most important first' },
            help: { fr: 'Classez vos 5 besoins principaux.', en: 'Rank your top 5 needs.' },
            maxRanked: 5,
            options: [
              { id: 'unscheduled', label: { fr: 'Organiser les soins non programmés', en: 'Organising same-day care' } },
              { id: 'specialists', label: { fr: 'Accéder plus vite aux spécialistes', en: 'Faster access to specialists' } },
              { id: 'mental', label: { fr: 'Orienter en santé mentale', en: 'Mental health referrals' } },
              { id: 'elderly', label: { fr: 'Maintenir à domicile les personnes âgées', en: 'Helping older people stay at home' } },
              { id: 'hospital', label: { fr: 'Mieux communiquer avec l’hôpital', en: 'Better communication with the hospital' } },
              { id: 'prevention', label: { fr: 'Mener des actions de prévention', en: 'Running prevention campaigns' } },
              { id: 'tools', label: { fr: 'Partager des outils numériques', en: 'Shared digital tools' } },
              { id: 'newcomers', label: { fr: 'Accueillir de nouveaux professionnels', en: 'Welcoming new professionals' } },
            ],
          },
          {
            id: 'priorities',
            type: 'multiple',
            label: { fr: 'Quelles actions la CPTS devrait-elle mener en priorité ?', en: 'Which actions should the CPTS run first?' },
            help: { fr: 'Trois choix au plus.', en: 'Three choices at most.' },
            minSelections: 1,
            maxSelections: 3,
            options: [
              { id: 'meetings', label: { fr: 'Réunions pluriprofessionnelles', en: 'Multi-professional meetings' } },
              { id: 'protocols', label: { fr: 'Protocoles de coopération', en: 'Cooperation protocols' } },
              { id: 'training', label: { fr: 'Formations communes', en: 'Shared training' } },
              { id: 'directory', label: { fr: 'Annuaire des professionnels', en: 'Directory of professionals' } },
              { id: 'messaging', label: { fr: 'Messagerie sécurisée de santé', en: 'Secure health messaging' } },
              { id: 'campaigns', label: { fr: 'Campagnes de dépistage', en: 'Screening campaigns' } },
              { id: 'welcome', label: { fr: 'Accueil des nouveaux installés', en: 'Welcoming newly settled professionals' } },
            ],
          },
          {
            id: 'comments',
            type: 'long_text',
            label: { fr: 'Autre chose à dire à la CPTS ?', en: 'Anything else to tell the CPTS?' },
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
