import type { SurveyTemplate } from './template.ts';

/**
 * A 1–5 scale read as faces and words, for « Facile à lire et à comprendre » (FALC):
 * the word carries the meaning, the face helps people who read with difficulty.
 */
const happiness = {
  min: 1,
  max: 5,
  labels: [
    { value: 1, label: { fr: '😞 Pas du tout content', en: '😞 Not happy at all' } },
    { value: 2, label: { fr: '🙁 Pas content', en: '🙁 Not happy' } },
    { value: 3, label: { fr: '😐 Moyen', en: '😐 So-so' } },
    { value: 4, label: { fr: '🙂 Content', en: '🙂 Happy' } },
    { value: 5, label: { fr: '😀 Très content', en: '😀 Very happy' } },
  ],
};

const ease = {
  min: 1,
  max: 5,
  labels: [
    { value: 1, label: { fr: '😞 Très difficile', en: '😞 Very hard' } },
    { value: 2, label: { fr: '🙁 Difficile', en: '🙁 Hard' } },
    { value: 3, label: { fr: '😐 Moyen', en: '😐 So-so' } },
    { value: 4, label: { fr: '🙂 Facile', en: '🙂 Easy' } },
    { value: 5, label: { fr: '😀 Très facile', en: '😀 Very easy' } },
  ],
};

/** « Avis des habitants »: residents say how they find care near home, in plain language. */
export const residentsFeedback: SurveyTemplate = {
  templateId: 'avis-des-habitants',
  title: { fr: 'Avis des habitants', en: 'Residents’ views' },
  description: {
    fr: 'Pour les habitants : leur avis sur les soins près de chez eux, en langage simple (style FALC).',
    en: 'For residents: their view of care near home, in plain language (easy-read style).',
  },
  skeleton: false,
  survey: {
    slug: 'avis-des-habitants',
    title: { fr: 'Votre avis sur la santé près de chez vous', en: 'Your view on health care near you' },
    description: {
      fr: 'Ce questionnaire est anonyme. Personne ne saura ce que vous répondez. Il dure 5 minutes.',
      en: 'This survey is anonymous. Nobody will know your answers. It takes 5 minutes.',
    },
    settings: {
      k: 5,
      resultsVisibility: 'private',
      purpose: {
        fr: 'Savoir ce qui est facile ou difficile pour vous. Pour mieux organiser les soins.',
        en: 'To learn what is easy or hard for you. To organise care better.',
      },
    },
    pages: [
      {
        id: 'you',
        title: { fr: 'Vous', en: 'You' },
        questions: [
          {
            id: 'age',
            type: 'single',
            label: { fr: 'Quel âge avez-vous ?', en: 'How old are you?' },
            preferNotToAnswer: true,
            options: [
              { id: 'under_18', label: { fr: 'Moins de 18 ans', en: 'Under 18' } },
              { id: '18_29', label: { fr: '18 à 29 ans', en: '18 to 29' } },
              { id: '30_59', label: { fr: '30 à 59 ans', en: '30 to 59' } },
              { id: '60_74', label: { fr: '60 à 74 ans', en: '60 to 74' } },
              { id: '75_plus', label: { fr: '75 ans ou plus', en: '75 or older' } },
            ],
          },
          {
            id: 'regular_doctor',
            type: 'single',
            label: { fr: 'Avez-vous un médecin traitant ?', en: 'Do you have a regular doctor?' },
            help: { fr: 'C’est le médecin que vous voyez d’habitude.', en: 'The doctor you usually see.' },
            preferNotToAnswer: true,
            options: [
              { id: 'yes', label: { fr: 'Oui', en: 'Yes' } },
              { id: 'no', label: { fr: 'Non', en: 'No' } },
              { id: 'unsure', label: { fr: 'Je ne sais pas', en: 'I do not know' } },
            ],
          },
        ],
      },
      {
        id: 'care',
        title: { fr: 'Vos soins', en: 'Your care' },
        questions: [
          {
            id: 'appointment',
            type: 'scale',
            label: { fr: 'Est-ce facile d’avoir un rendez-vous chez le médecin ?', en: 'Is it easy to get a doctor’s appointment?' },
            ...ease,
          },
          {
            id: 'travel',
            type: 'single',
            label: { fr: 'Combien de temps pour aller chez le médecin ?', en: 'How long does it take to get to the doctor?' },
            options: [
              { id: 'under_15', label: { fr: 'Moins de 15 minutes', en: 'Less than 15 minutes' } },
              { id: '15_30', label: { fr: '15 à 30 minutes', en: '15 to 30 minutes' } },
              { id: 'over_30', label: { fr: 'Plus de 30 minutes', en: 'More than 30 minutes' } },
              { id: 'unsure', label: { fr: 'Je ne sais pas', en: 'I do not know' } },
            ],
          },
          {
            id: 'pharmacy',
            type: 'scale',
            label: { fr: 'Êtes-vous content de votre pharmacie ?', en: 'Are you happy with your pharmacy?' },
            ...happiness,
          },
          {
            id: 'information',
            type: 'scale',
            label: { fr: 'Est-ce facile de trouver des informations sur la santé ?', en: 'Is it easy to find health information?' },
            ...ease,
          },
          {
            id: 'care_overall',
            type: 'scale',
            label: { fr: 'Êtes-vous content des soins près de chez vous ?', en: 'Are you happy with the care near you?' },
            ...happiness,
          },
        ],
      },
      {
        id: 'ideas',
        title: { fr: 'Vos idées', en: 'Your ideas' },
        questions: [
          {
            id: 'helps',
            type: 'multiple',
            label: { fr: 'Qu’est-ce qui vous aiderait le plus ?', en: 'What would help you most?' },
            help: { fr: 'Choisissez 3 réponses au plus.', en: 'Choose 3 answers at most.' },
            maxSelections: 3,
            options: [
              { id: 'more_doctors', label: { fr: 'Plus de médecins', en: 'More doctors' } },
              { id: 'faster', label: { fr: 'Des rendez-vous plus vite', en: 'Faster appointments' } },
              { id: 'home_care', label: { fr: 'Des soins à la maison', en: 'Care at home' } },
              { id: 'transport', label: { fr: 'De l’aide pour le transport', en: 'Help with transport' } },
              { id: 'paperwork', label: { fr: 'De l’aide pour les papiers', en: 'Help with paperwork' } },
              { id: 'online', label: { fr: 'De l’aide pour internet', en: 'Help with the internet' } },
              { id: 'clear_info', label: { fr: 'Des informations claires', en: 'Clear information' } },
            ],
          },
          {
            id: 'comments',
            type: 'long_text',
            label: { fr: 'Voulez-vous dire autre chose ?', en: 'Do you want to say anything else?' },
            help: { fr: 'N’écrivez pas votre nom.', en: 'Do not write your name.' },
            maxLength: 1000,
          },
        ],
      },
    ],
  },
};
