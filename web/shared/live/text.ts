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
  wordRule: (k: string) => `Un mot s’affiche dès que ${k} personnes l’ont donné.`,
  wordsWaiting: (k: string) => `D’autres mots attendent d’être cités par ${k} personnes.`,
  wordsWaitingCount: (n: string, count: number, k: string) =>
    count > 1 ? `${n} autres mots attendent d’être cités par ${k} personnes.` : `${n} autre mot attend d’être cité par ${k} personnes.`,
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
  wordRule: (k: string) => `A word shows once ${k} people gave it.`,
  wordsWaiting: (k: string) => `Other words are waiting to be given by ${k} people.`,
  wordsWaitingCount: (n: string, count: number, k: string) =>
    count > 1 ? `${n} other words are waiting to be given by ${k} people.` : `${n} other word is waiting to be given by ${k} people.`,
  results: 'Results',
  connection: {
    connecting: 'Connecting…',
    live: 'Live',
    polling: 'Connection interrupted: updating every few seconds.',
  },
};

export const liveSharedText: Dict<typeof fr> = { fr, en };
