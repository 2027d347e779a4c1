import type { BlockVote, LiveQuestionType } from '../../../schema/live.ts';

/** The live export's words, French first (units, notes, the lines saying what the file is). */
const fr = {
  header: ['question', 'intitulé', 'type', 'collège', 'clé', 'libellé', 'valeur', 'unité', 'rang moyen', 'votants', 'moyenne', 'note'],
  all: 'tous',
  block: 'vote pondéré par collège',
  units: {
    single: 'votes',
    multiple: 'votes',
    dots: 'points',
    ranking: 'points de classement',
    scale: 'votes',
    words: 'personnes',
    ideas: 'soutiens',
    survey_results: '',
  } as Record<LiveQuestionType, string>,
  weight: 'poids',
  words: 'mots',
  underK: (k: number) => `moins de ${k} votants : chiffres masqués`,
  previous: 'chiffres de la publication précédente (les nouveaux décriraient moins de k personnes)',
  noWord: (k: number) => `aucun mot cité par au moins ${k} personnes`,
  waitingLabel: (k: number) => `mots cités par moins de ${k} personnes`,
  waiting: (k: number) => `non montrés : un mot s’affiche dès que ${k} personnes l’ont donné`,
  waitingHidden: (k: number) => `nombre masqué : moins de ${k} personnes ont donné ces mots`,
  fewUpvotes: (k: number) => `moins de ${k} soutiens : nombre masqué`,
  retained: 'option retenue',
  leading: 'en tête, vote en cours',
  blockSuppressed: {
    college_under_k: 'non affiché : un collège compte moins de k votants',
    college_withheld: 'non affiché : un collège montre les chiffres d’une publication précédente',
    no_votes: 'pas de vote',
  } as Record<Extract<BlockVote, { suppressed: true }>['reason'], string>,
  session: (title: string, code: string) => `Atelier : ${title} (code ${code}).`,
  ended: (date: string) => `Atelier terminé le ${date}.`,
  running: (date: string) => `Atelier en cours : résultats au ${date}.`,
  draft: (date: string) => `Atelier pas encore lancé (créé le ${date}).`,
  rule: (k: number) =>
    `Anonymat : aucun chiffre sur moins de ${k} personnes ; les chiffres d’une question ne bougent qu’une fois que ${k} appareils distincts ont voté ou changé leur vote.`,
  what: 'Chaque question : sa dernière publication, celle du projecteur ; une question close ou verrouillée en garde le résultat final.',
  exported: (date: string) => `Exporté le ${date}.`,
};

const en: typeof fr = {
  header: ['question', 'label', 'type', 'college', 'key', 'text', 'value', 'unit', 'mean rank', 'voters', 'mean', 'note'],
  all: 'all',
  block: 'weighted vote by college',
  units: {
    single: 'votes',
    multiple: 'votes',
    dots: 'points',
    ranking: 'ranking points',
    scale: 'votes',
    words: 'people',
    ideas: 'upvotes',
    survey_results: '',
  },
  weight: 'weight',
  words: 'words',
  underK: (k: number) => `fewer than ${k} voters: figures hidden`,
  previous: 'figures of the previous release (fresh ones would describe fewer than k people)',
  noWord: (k: number) => `no word given by at least ${k} people`,
  waitingLabel: (k: number) => `words given by fewer than ${k} people`,
  waiting: (k: number) => `not shown: a word shows once ${k} people gave it`,
  waitingHidden: (k: number) => `count hidden: fewer than ${k} people gave these words`,
  fewUpvotes: (k: number) => `fewer than ${k} upvotes: count hidden`,
  retained: 'option carried',
  leading: 'leading, voting open',
  blockSuppressed: {
    college_under_k: 'not shown: a college has fewer than k voters',
    college_withheld: 'not shown: a college shows the figures of an earlier release',
    no_votes: 'no votes',
  },
  session: (title: string, code: string) => `Workshop: ${title} (code ${code}).`,
  ended: (date: string) => `Workshop ended on ${date}.`,
  running: (date: string) => `Workshop running: results as of ${date}.`,
  draft: (date: string) => `Workshop not started yet (created on ${date}).`,
  rule: (k: number) =>
    `Anonymity: no figure about fewer than ${k} people; a question’s figures move only once ${k} distinct devices voted or changed their vote.`,
  what: 'Each question: its last release, the one on the projector; a closed or locked question keeps it as its final result.',
  exported: (date: string) => `Exported on ${date}.`,
};

export const liveExportText = { fr, en };
