import type { SurveyDraft } from './survey.ts';
import { agreementScale, professionQuestion, professions } from './templates/shared-questions.ts';

/** The seeded demo: a short CPTS survey that uses every question type, with public results. */
export const DEMO_SURVEY_ID = '5c0f2d1e-6b7a-4c3d-9e8f-0a1b2c3d4e5f';

export const demoSurvey: SurveyDraft = {
  slug: 'demo',
  title: { fr: 'Vie de la CPTS : votre avis compte', en: 'Life of the CPTS: your opinion counts' },
  description: {
    fr: 'Questionnaire de démonstration, anonyme, 3 minutes. Les résultats ne sont affichés que par groupes d’au moins 5 personnes.',
    en: 'Demonstration survey, anonymous, 3 minutes. Results are only shown for groups of at least 5 people.',
  },
  settings: {
    k: 5,
    resultsVisibility: 'public',
    // A demonstration open to anyone with the link: no codes (the privacy notice states the residual risk).
    participationCodes: false,
    purpose: {
      fr: 'Connaître les besoins des professionnels du territoire pour choisir les actions de la CPTS.',
      en: 'Learn what professionals in the area need, to choose the CPTS’s actions.',
    },
  },
  pages: [
    {
      id: 'practice',
      title: { fr: 'Votre exercice', en: 'Your practice' },
      questions: [
        professionQuestion([professions.gp, professions.nurse, professions.pharmacist, professions.physio, professions.coordination, professions.other], {
          required: true,
        }),
        {
          id: 'years',
          type: 'number',
          label: { fr: 'Depuis combien d’années exercez-vous sur le territoire ?', en: 'How many years have you practised in this area?' },
          help: { fr: 'Un nombre entier entre 0 et 50.', en: 'A whole number between 0 and 50.' },
          min: 0,
          max: 50,
          integer: true,
          unit: { fr: 'ans', en: 'years' },
          preferNotToAnswer: true,
        },
        {
          id: 'last_meeting',
          type: 'date',
          label: { fr: 'Date de votre dernière réunion pluriprofessionnelle', en: 'Date of your last multi-professional meeting' },
          help: { fr: 'Laissez vide si vous ne vous en souvenez pas.', en: 'Leave blank if you do not remember.' },
          min: '2020-01-01',
        },
      ],
    },
    {
      id: 'needs',
      title: { fr: 'Vos besoins', en: 'Your needs' },
      questions: [
        {
          id: 'topics',
          type: 'multiple',
          label: { fr: 'Quels sujets la CPTS devrait-elle traiter en priorité ?', en: 'Which topics should the CPTS address first?' },
          help: { fr: 'Trois choix au plus.', en: 'Three choices at most.' },
          maxSelections: 3,
          options: [
            { id: 'unplanned', label: { fr: 'Soins non programmés', en: 'Unscheduled care' } },
            { id: 'prevention', label: { fr: 'Prévention et dépistage', en: 'Prevention and screening' } },
            { id: 'mental', label: { fr: 'Santé mentale', en: 'Mental health' } },
            { id: 'hospital', label: { fr: 'Lien ville-hôpital', en: 'Community–hospital links' } },
            { id: 'home', label: { fr: 'Maintien à domicile', en: 'Care at home' } },
          ],
        },
        {
          id: 'priorities',
          type: 'ranking',
          label: { fr: 'Classez vos trois priorités pour l’année', en: 'Rank your three priorities for the year' },
          help: { fr: 'De la plus importante à la moins importante.', en: 'From most to least important.' },
          maxRanked: 3,
          options: [
            { id: 'access', label: { fr: 'Accès à un médecin traitant', en: 'Access to a regular doctor' } },
            { id: 'training', label: { fr: 'Formations communes', en: 'Shared training' } },
            { id: 'tools', label: { fr: 'Outils de coordination', en: 'Coordination tools' } },
            { id: 'attract', label: { fr: 'Attirer de nouveaux professionnels', en: 'Attracting new professionals' } },
            { id: 'elderly', label: { fr: 'Parcours des personnes âgées', en: 'Care pathways for older people' } },
          ],
        },
        {
          id: 'coordination',
          type: 'scale',
          label: {
            fr: 'Êtes-vous satisfait·e de la coordination entre professionnels du territoire ?',
            en: 'Are you satisfied with coordination between professionals in the area?',
          },
          required: true,
          min: 1,
          max: 5,
          labels: [
            { value: 1, label: { fr: 'Pas du tout satisfait·e', en: 'Not at all satisfied' } },
            { value: 5, label: { fr: 'Très satisfait·e', en: 'Very satisfied' } },
          ],
        },
        {
          id: 'obstacles',
          type: 'short_text',
          label: { fr: 'Qu’est-ce qui freine la coordination, selon vous ?', en: 'What holds coordination back, in your view?' },
          showIf: { question: 'coordination', operator: 'lte', value: 2 },
          maxLength: 200,
        },
      ],
    },
    {
      id: 'work',
      title: { fr: 'Votre quotidien', en: 'Your daily work' },
      questions: [
        {
          id: 'worklife',
          type: 'matrix',
          label: { fr: 'Dites-nous si vous êtes d’accord avec chaque phrase', en: 'Tell us whether you agree with each statement' },
          items: [
            { id: 'time', label: { fr: 'J’ai assez de temps pour mes patients', en: 'I have enough time for my patients' } },
            { id: 'isolated', label: { fr: 'Je me sens isolé·e dans mon exercice', en: 'I feel isolated in my practice' } },
            { id: 'support', label: { fr: 'Je sais vers qui me tourner en cas de difficulté', en: 'I know whom to turn to when things get hard' } },
          ],
          scale: agreementScale,
        },
        {
          id: 'comments',
          type: 'long_text',
          label: { fr: 'Autre chose à nous dire ?', en: 'Anything else to tell us?' },
          help: { fr: 'N’écrivez pas de nom ni de détail qui permettrait de vous reconnaître.', en: 'Do not write names or details that could identify you.' },
          maxLength: 2000,
        },
      ],
    },
  ],
};
