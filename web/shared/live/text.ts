import type { Dict } from '../i18n/lang.ts';

const fr = {
  voters: (n: string, count: number) => `${n} participant${count > 1 ? 's' : ''}`,
  suppressed: (k: string) => `Moins de ${k} votes : les résultats s’afficheront à partir de ${k} participants.`,
  mean: 'Moyenne',
  points: 'pts',
  meanRank: 'rang moyen',
  upvotes: (n: string, count: number) => `${n} soutien${count > 1 ? 's' : ''}`,
  upvotesHidden: 'soutiens masqués',
  noIdeas: 'Aucune idée pour l’instant.',
  noWords: (k: string) => `Aucun mot donné par au moins ${k} personnes pour l’instant.`,
  results: 'Résultats',
  connection: {
    connecting: 'Connexion…',
    live: 'En direct',
    polling: 'Connexion interrompue : mise à jour toutes les quelques secondes.',
  },
};

const en: typeof fr = {
  voters: (n: string, count: number) => `${n} participant${count > 1 ? 's' : ''}`,
  suppressed: (k: string) => `Fewer than ${k} votes: results will show from ${k} participants.`,
  mean: 'Mean',
  points: 'pts',
  meanRank: 'mean rank',
  upvotes: (n: string, count: number) => `${n} upvote${count > 1 ? 's' : ''}`,
  upvotesHidden: 'upvotes hidden',
  noIdeas: 'No ideas yet.',
  noWords: (k: string) => `No word given by at least ${k} people yet.`,
  results: 'Results',
  connection: {
    connecting: 'Connecting…',
    live: 'Live',
    polling: 'Connection interrupted: updating every few seconds.',
  },
};

export const liveSharedText: Dict<typeof fr> = { fr, en };
