import type { Dict } from '../shared/i18n/lang.ts';

type Reason = 'under_k' | 'deducible' | 'profile';
/** What a withheld figure counts: a group's people, or the answers behind a figure. */
export type WithheldSubject = 'group' | 'figure';

const fr = {
  eyebrow: 'Résultats anonymes',
  responses: 'Réponses publiées',
  threshold: 'Seuil d’anonymat',
  people: 'personnes',
  thresholdHelp: (k: string) => `Aucun chiffre n’est affiché pour un groupe de moins de ${k} personnes.`,
  open: 'questionnaire ouvert',
  closed: 'questionnaire clos',
  // releases
  releaseLine: (n: string, date: string, responses: string) => `Publication n° ${n} du ${date} : ${responses} réponses.`,
  releaseClosing: 'faite à la clôture du questionnaire',
  nextRelease: (date: string, k: string) => `Prochaine publication possible le ${date}, s’il est arrivé au moins ${k} nouvelles réponses d’ici là.`,
  noNextRelease: 'Aucune autre publication n’est prévue.',
  releaseRule: (k: string) =>
    `Les chiffres ne bougent pas à chaque réponse : ils sont publiés au plus une fois par jour, et seulement quand au moins ${k} nouvelles réponses sont arrivées. Ainsi, personne ne peut retrouver la réponse d’un·e collègue en comparant deux lectures.`,
  noReleaseTitle: 'Pas encore de chiffres publiés',
  noRelease: (k: string) => `Les premiers chiffres paraîtront à une prochaine publication, dès qu’au moins ${k} personnes auront répondu.`,
  refresh: 'Actualiser',
  checkedAt: (time: string) => `Vérifié à ${time}.`,
  refreshFailed: 'Actualisation impossible pour le moment : les chiffres affichés peuvent dater.',
  refreshed: (n: string, responses: string) => `Chiffres à jour : publication n° ${n}, ${responses} réponses.`,
  refreshedNone: 'Chiffres à jour : pas encore de publication.',
  newRelease: (n: string, responses: string) => `Nouvelle publication : n° ${n}, ${responses} réponses.`,
  answerSurvey: 'Répondre au questionnaire',
  forbiddenTitle: 'Résultats non publics',
  forbidden: 'Les résultats de ce questionnaire ne sont pas publics : seuls ses coordinateurs peuvent les consulter.',
  // one question
  answered: (count: string, n: number) => `${count} ${n > 1 ? 'réponses' : 'réponse'}`,
  answeredHidden: 'nombre de réponses non publié',
  preferNot: (count: string) => `${count} « préfère ne pas répondre »`,
  suppressed: (reason: Reason | 'filter', k: string) =>
    ({
      filter: 'Vue filtrée sur cette question : tous les résultats de la page sont ceux d’un seul de ses groupes.',
      under_k: `Résultats masqués : moins de ${k} personnes ont répondu (seuil d’anonymat).`,
      deducible: `Résultats masqués : avec les autres chiffres publiés, ils permettraient de déduire par différence les réponses de moins de ${k} personnes.`,
      profile: 'Non croisé avec un groupe : les profils croisés désigneraient des personnes.',
    })[reason],
  filterQuestion: (question: string, option: string, n: string) =>
    `Vue filtrée sur cette question : tous les résultats de la page sont ceux des ${n} personnes ayant répondu « ${option} » à « ${question} ».`,
  withheld: (reason: Reason, k: string, subject: WithheldSubject) =>
    reason === 'under_k'
      ? subject === 'group'
        ? `moins de ${k} personnes`
        : `moins de ${k} réponses`
      : reason === 'deducible'
        ? subject === 'group'
          ? `un groupe de moins de ${k} personnes s’en déduirait par différence`
          : `les réponses de moins de ${k} personnes s’en déduiraient par différence`
        : 'non croisé avec un groupe : les profils croisés désigneraient des personnes',
  hiddenCell: (why: string) => `masqué : ${why}`,
  atLeast: (share: string) => `au moins ${share}`,
  atMost: (share: string) => `au plus ${share}`,
  notPublished: 'non publié',
  coarseNote:
    'Parts arrondies : presque tout le groupe a donné la même réponse. Seule une borne est publiée (« au moins… », « au plus… »), pour que la réponse de chacun ne se déduise pas.',
  staleNote: (n: string, date: string | null) => `Chiffres de la publication n° ${n}${date ? ` du ${date}` : ''}`,
  staleWhy: (reason: 'under_k' | 'deducible', k: string) =>
    reason === 'under_k'
      ? ` : la dernière publication ne les a pas actualisés (moins de ${k} personnes de plus).`
      : ` : la dernière publication ne les a pas actualisés, car l’écart permettrait de déduire les réponses de moins de ${k} personnes.`,
  meanHidden: 'non publiée (répartition arrondie)',
  between: (from: string, to: string) => `entre ${from} et ${to}`,
  mean: 'Moyenne',
  median: 'Médiane',
  count: 'Réponses',
  share: 'Part',
  option: 'Option',
  value: 'Valeur',
  range: 'Tranche',
  month: 'Mois',
  statement: 'Affirmation',
  meanRank: 'Rang moyen',
  rankedFirst: 'Classée en 1re position',
  timesRanked: 'Classée (au total)',
  distributionOf: (label: string) => `Répartition des réponses : ${label}`,
  chartOf: (caption: string) => `Graphique. ${caption} : les chiffres sont dans le tableau qui suit.`,
  showTable: 'Voir les chiffres en tableau',
  rankingOf: (label: string) => `Classement : ${label}`,
  multipleNote: 'Plusieurs choix possibles : le total peut dépasser 100 %.',
  rankingNote: 'Rang moyen : 1 correspond à la première place. Les barres montrent combien de personnes ont classé chaque option en premier.',
  textNote: 'Les réponses écrites ne sont jamais publiées, pour protéger l’anonymat.',
  notRanked: 'jamais classée',
  rowRelease: (n: string) => `(publication n° ${n})`,
};

const en: typeof fr = {
  eyebrow: 'Anonymous results',
  responses: 'Released responses',
  threshold: 'Anonymity threshold',
  people: 'people',
  thresholdHelp: (k) => `No figure is shown for a group of fewer than ${k} people.`,
  open: 'survey open',
  closed: 'survey closed',
  releaseLine: (n, date, responses) => `Release no. ${n} of ${date}: ${responses} responses.`,
  releaseClosing: 'made when the survey closed',
  nextRelease: (date, k) => `Next release possible on ${date}, if at least ${k} new responses have arrived by then.`,
  noNextRelease: 'No further release is planned.',
  releaseRule: (k) =>
    `The figures do not move with each response: they are released at most once a day, and only once at least ${k} new responses have arrived. This way nobody can work out a colleague’s answer by comparing two readings.`,
  noReleaseTitle: 'No figures released yet',
  noRelease: (k) => `The first figures will appear at a coming release, once at least ${k} people have answered.`,
  refresh: 'Refresh',
  checkedAt: (time) => `Checked at ${time}.`,
  refreshFailed: 'Cannot refresh right now: the figures shown may be out of date.',
  refreshed: (n, responses) => `Figures up to date: release no. ${n}, ${responses} responses.`,
  refreshedNone: 'Figures up to date: no release yet.',
  newRelease: (n, responses) => `New release: no. ${n}, ${responses} responses.`,
  answerSurvey: 'Answer the survey',
  forbiddenTitle: 'Results not public',
  forbidden: 'The results of this survey are not public: only its coordinators can see them.',
  answered: (count, n) => `${count} ${n === 1 ? 'response' : 'responses'}`,
  answeredHidden: 'number of responses not released',
  preferNot: (count) => `${count} “prefer not to answer”`,
  suppressed: (reason, k) =>
    ({
      filter: 'View filtered on this question: every result on this page is that of one of its groups.',
      under_k: `Results hidden: fewer than ${k} people answered (anonymity threshold).`,
      deducible: `Results hidden: with the other released figures, they would let the answers of fewer than ${k} people be worked out by difference.`,
      profile: 'Not crossed with a group: crossed profiles would point at people.',
    })[reason],
  filterQuestion: (question, option, n) =>
    `View filtered on this question: every result on this page is that of the ${n} people who answered “${option}” to “${question}”.`,
  withheld: (reason, k, subject) =>
    reason === 'under_k'
      ? subject === 'group'
        ? `fewer than ${k} people`
        : `fewer than ${k} answers`
      : reason === 'deducible'
        ? subject === 'group'
          ? `a group of fewer than ${k} people could be worked out from it by difference`
          : `the answers of fewer than ${k} people could be worked out from it by difference`
        : 'not crossed with a group: crossed profiles would point at people',
  hiddenCell: (why) => `hidden: ${why}`,
  atLeast: (share) => `at least ${share}`,
  atMost: (share) => `at most ${share}`,
  notPublished: 'not released',
  coarseNote:
    'Rounded shares: nearly the whole group gave the same answer. Only a bound is released (“at least…”, “at most…”), so that nobody’s answer can be inferred.',
  staleNote: (n, date) => `Figures of release no. ${n}${date ? ` of ${date}` : ''}`,
  staleWhy: (reason, k) =>
    reason === 'under_k'
      ? `: the latest release did not refresh them (fewer than ${k} more people).`
      : `: the latest release did not refresh them, as the difference would reveal the answers of fewer than ${k} people.`,
  meanHidden: 'not released (rounded distribution)',
  between: (from, to) => `between ${from} and ${to}`,
  mean: 'Mean',
  median: 'Median',
  count: 'Responses',
  share: 'Share',
  option: 'Option',
  value: 'Value',
  range: 'Range',
  month: 'Month',
  statement: 'Statement',
  meanRank: 'Mean rank',
  rankedFirst: 'Ranked first',
  timesRanked: 'Ranked (in total)',
  distributionOf: (label) => `Distribution of answers: ${label}`,
  chartOf: (caption) => `Chart. ${caption}: the figures are in the table that follows.`,
  showTable: 'Show the figures as a table',
  rankingOf: (label) => `Ranking: ${label}`,
  multipleNote: 'Several choices allowed: the total can exceed 100%.',
  rankingNote: 'Mean rank: 1 is first place. The bars show how many people ranked each option first.',
  textNote: 'Written answers are never published, to protect anonymity.',
  notRanked: 'never ranked',
  rowRelease: (n) => `(release no. ${n})`,
};

export const resultsText: Dict<typeof fr> = { fr, en };
export type ResultsText = typeof fr;
