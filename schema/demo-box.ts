import type { BoxInput, IdeaStatus } from './ideas.ts';
import type { LocalizedText } from './lang.ts';
import { ideaBoxTemplates } from './templates/idea-boxes.ts';

/**
 * The seeded demo idea box (`npm start`): a health centre's box with ideas already moderated, supported
 * and answered, so the waiting-room screen, the answers page and the kiosk show something on a fresh
 * install. It belongs to a placeholder organisation until the first organisation is created, which adopts it.
 */
export const DEMO_ORGANISATION_ID = 'a3d0e6f2-0b1c-4d5e-8f90-1a2b3c4d5e6f';
export const DEMO_BOX_ID = '7b1e9c40-2d3f-4a5b-9c6d-7e8f90a1b2c3';

const centre = ideaBoxTemplates.find((template) => template.templateId === 'centre-de-sante')!;
export const demoBox: BoxInput = { ...centre.box, slug: 'demo' };

export type DemoIdea = {
  id: string;
  searchId: number;
  theme: string;
  text: string;
  source: 'online' | 'kiosk' | 'paper';
  /** The steps it went through, each with its age in days at seeding; the last one is its status. */
  steps: { status: IdeaStatus; daysAgo: number }[];
  /** Supports (seeded as kiosk supports: no device rows to invent). */
  supports: number;
  answer?: LocalizedText;
};

export const demoIdeas: readonly DemoIdea[] = [
  {
    id: '0d8f2b6a-51c4-4e0b-9a37-6f1c2e3d4a01',
    searchId: 830_417_201,
    theme: 'accueil',
    text: 'Des chaises plus hautes avec accoudoirs dans la salle d’attente, pour les personnes âgées.',
    source: 'paper',
    steps: [
      { status: 'received', daysAgo: 41 },
      { status: 'retained', daysAgo: 20 },
      { status: 'done', daysAgo: 6 },
    ],
    supports: 23,
    answer: {
      fr: 'Six fauteuils avec accoudoirs ont été installés près de l’accueil.',
      en: 'Six armchairs have been installed near the reception desk.',
    },
  },
  {
    id: '0d8f2b6a-51c4-4e0b-9a37-6f1c2e3d4a02',
    searchId: 830_417_202,
    theme: 'rendez-vous',
    text: 'Ouvrir un créneau sans rendez-vous le samedi matin.',
    source: 'online',
    steps: [
      { status: 'received', daysAgo: 30 },
      { status: 'studying', daysAgo: 12 },
    ],
    supports: 31,
  },
  {
    id: '0d8f2b6a-51c4-4e0b-9a37-6f1c2e3d4a03',
    searchId: 830_417_203,
    theme: 'soins',
    text: 'Un atelier pour apprendre à lire les étiquettes des aliments.',
    source: 'kiosk',
    steps: [
      { status: 'received', daysAgo: 25 },
      { status: 'retained', daysAgo: 4 },
    ],
    supports: 12,
    answer: {
      fr: 'La diététicienne animera deux ateliers au printemps ; les dates seront affichées à l’accueil.',
      en: 'The dietitian will run two workshops in the spring; the dates will be posted at the reception desk.',
    },
  },
  {
    id: '0d8f2b6a-51c4-4e0b-9a37-6f1c2e3d4a04',
    searchId: 830_417_204,
    theme: 'locaux',
    text: 'Un coin pour les enfants avec des livres dans la salle d’attente.',
    source: 'online',
    steps: [{ status: 'received', daysAgo: 9 }],
    supports: 8,
  },
  {
    id: '0d8f2b6a-51c4-4e0b-9a37-6f1c2e3d4a05',
    searchId: 830_417_205,
    theme: 'rendez-vous',
    text: 'Recevoir un SMS la veille du rendez-vous.',
    source: 'paper',
    steps: [
      { status: 'received', daysAgo: 35 },
      { status: 'rejected', daysAgo: 14 },
    ],
    supports: 6,
    answer: {
      fr: 'Notre logiciel de rendez-vous ne le permet pas encore ; nous en reparlerons à son renouvellement, en 2027.',
      en: 'Our appointment software cannot do it yet; we will come back to it when it is renewed, in 2027.',
    },
  },
  {
    id: '0d8f2b6a-51c4-4e0b-9a37-6f1c2e3d4a06',
    searchId: 830_417_206,
    theme: 'cooperative',
    text: 'Présenter les partenaires du centre sur l’écran de la salle d’attente.',
    source: 'online',
    // Fewer supports than k: shown as « moins de 5 ».
    steps: [{ status: 'received', daysAgo: 3 }],
    supports: 2,
  },
];
