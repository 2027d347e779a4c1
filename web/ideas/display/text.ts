import type { PublicStatus } from '../../../schema/ideas.ts';
import type { Dict } from '../../shared/i18n/lang.ts';

/** The waiting-room screen's texts: few words, read from across the room. */
const fr = {
  pageTitle: 'Écran de la salle d’attente',
  missing: 'Cette boîte à idées n’existe pas, ou ce lien n’est plus valable.',
  offline: 'Connexion perdue : l’écran se met à jour dès son retour.',
  themeOf: (n: number, of: number) => `Thème ${n} sur ${of}`,
  noIdeas: 'Pas encore d’idée ici. Proposez la première !',
  supports: (n: string) => `${n} soutien${n === '1' ? '' : 's'}`,
  underK: (k: string) => `moins de ${k}`,
  joinTitle: 'Votre idée compte',
  joinLead: 'Proposez une idée ou soutenez-en une avec votre téléphone :',
  qrAlt: (url: string) => `QR code vers ${url}`,
  answersTitle: 'Vous avez dit, nous avons fait',
  noAnswers: 'Les premières réponses de l’équipe s’afficheront ici.',
  status: { received: 'Reçue', studying: 'À l’étude', retained: 'Retenue', done: 'Réalisée', rejected: 'Non retenue' } satisfies Record<PublicStatus, string>,
  pause: 'Arrêter le défilement',
  resume: 'Reprendre le défilement',
  fullscreen: 'Plein écran',
  exitFullscreen: 'Quitter le plein écran',
};

const en: typeof fr = {
  pageTitle: 'Waiting-room screen',
  missing: 'This idea box does not exist, or this link is no longer valid.',
  offline: 'Connection lost: the screen updates as soon as it is back.',
  themeOf: (n, of) => `Theme ${n} of ${of}`,
  noIdeas: 'No idea here yet. Propose the first one!',
  supports: (n) => `${n} support${n === '1' ? '' : 's'}`,
  underK: (k) => `fewer than ${k}`,
  joinTitle: 'Your idea counts',
  joinLead: 'Propose an idea or support one with your phone:',
  qrAlt: (url) => `QR code to ${url}`,
  answersTitle: 'You said, we did',
  noAnswers: 'The team’s first answers will show here.',
  status: { received: 'Received', studying: 'Under study', retained: 'Retained', done: 'Done', rejected: 'Not retained' },
  pause: 'Stop the rotation',
  resume: 'Resume the rotation',
  fullscreen: 'Full screen',
  exitFullscreen: 'Exit full screen',
};

export const displayText: Dict<typeof fr> = { fr, en };
