import type { BoxTemplate } from '../ideas.ts';

/** Ready-made idea boxes (GET /api/orgs/:orgId/boxes/templates): the coordinator picks an address and adjusts. */
export const ideaBoxTemplates: readonly BoxTemplate[] = [
  {
    templateId: 'centre-de-sante',
    title: { fr: 'Boîte à idées d’un centre de santé', en: 'A health centre’s idea box' },
    description: {
      fr: 'Pour les usager·es, les coopérateur·rices et les partenaires, en ligne et sur papier dans la salle d’attente ; l’écran de la salle d’attente montre les idées et les réponses.',
      en: 'For patients, cooperative members and partners, online and on paper in the waiting room; the waiting-room screen shows ideas and answers.',
    },
    box: {
      title: { fr: 'Vos idées pour le centre', en: 'Your ideas for the centre' },
      intro: {
        fr: 'Une idée pour améliorer le centre ? Proposez-la ici, ou glissez-la dans la boîte de la salle d’attente. Soutenez celles qui comptent le plus pour vous : nous répondons à chacune, publiquement. Sans compte, sans votre nom.',
        en: 'An idea to make the centre better? Propose it here, or drop it in the box in the waiting room. Support the ones that matter most to you: we answer each one, publicly. No account, no name.',
      },
      themes: [
        { id: 'accueil', label: { fr: 'Accueil et attente', en: 'Reception and waiting' } },
        { id: 'rendez-vous', label: { fr: 'Horaires et rendez-vous', en: 'Opening hours and appointments' } },
        { id: 'soins', label: { fr: 'Soins et prévention', en: 'Care and prevention' } },
        { id: 'locaux', label: { fr: 'Locaux et accessibilité', en: 'Premises and accessibility' } },
        { id: 'cooperative', label: { fr: 'Vie coopérative et partenaires', en: 'Cooperative life and partners' } },
        { id: 'autre', label: { fr: 'Autre', en: 'Other' } },
      ],
      audience: 'public',
      k: 5,
      reportsToHide: 3,
      retentionMonths: 12,
      kioskDailyCap: 300,
      status: 'open',
    },
  },
  {
    templateId: 'membres-cpts',
    title: { fr: 'Boîte à idées des membres d’une CPTS', en: 'A CPTS members’ idea box' },
    description: {
      fr: 'Pour les professionnel·les membres, par un lien qui leur est réservé ; les idées les plus soutenues peuvent passer au vote en atelier.',
      en: 'For member professionals, through a link of their own; the most supported ideas can go to a workshop vote.',
    },
    box: {
      title: { fr: 'Idées des membres', en: 'Members’ ideas' },
      intro: {
        fr: 'Proposez ce que la CPTS pourrait faire, soutenez les idées de vos collègues : le bureau répond à chacune et met les plus soutenues au vote de la prochaine assemblée.',
        en: 'Propose what the CPTS could do, support your colleagues’ ideas: the board answers each one and puts the most supported to the next assembly’s vote.',
      },
      themes: [
        { id: 'acces-aux-soins', label: { fr: 'Accès aux soins', en: 'Access to care' } },
        { id: 'parcours', label: { fr: 'Parcours et coordination', en: 'Care pathways and coordination' } },
        { id: 'prevention', label: { fr: 'Prévention', en: 'Prevention' } },
        { id: 'qualite', label: { fr: 'Qualité et pertinence des soins', en: 'Quality of care' } },
        { id: 'fonctionnement', label: { fr: 'Fonctionnement de la CPTS', en: 'How the CPTS runs' } },
      ],
      audience: 'members',
      k: 5,
      reportsToHide: 3,
      retentionMonths: 12,
      kioskDailyCap: 100,
      status: 'open',
    },
  },
];
