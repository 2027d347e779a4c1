import type { Dict } from '../../shared/i18n/lang.ts';

const fr = {
  pageTitle: 'Résultats',
  summaryTitle: 'En bref',
  released: 'Réponses publiées',
  k: 'Seuil d’anonymat',
  people: 'personnes',
  noReleaseTitle: 'Aucune publication pour l’instant',
  noRelease: (k: string) =>
    `Les chiffres paraissent à la première publication qui compte au moins ${k} réponses. D’ici là, rien ne s’affiche, pas même le nombre de réponses reçues : il dirait à quel moment chacun a répondu.`,
  shareLink: 'Partager le questionnaire',
  // activity
  activityTitle: 'Participation par publication',
  activityHelp: (k: string) =>
    `Chaque publication ajoute au moins ${k} réponses : la participation se lit publication par publication, jamais jour par jour ni en direct, pour que le moment où quelqu’un répond ne se voie pas.`,
  releaseColumn: 'Publication',
  dateColumn: 'Date',
  addedColumn: 'Réponses ajoutées',
  totalColumn: 'Total publié',
  releaseNumber: (n: string) => `n° ${n}`,
  closingRelease: '(à la clôture)',
  activityCaption: 'Réponses ajoutées à chaque publication',
  activityEmpty: 'Aucune publication pour l’instant.',
  legendBefore: 'déjà publiées',
  legendAdded: 'ajoutées par cette publication',
  releaseHour: (hour: string) => `Votre organisation publie ses résultats chaque jour à ${hour} (heure de Paris), au plus une fois par jour.`,
  releaseHourLink: 'Changer l’heure de publication',
  // filter
  filterTitle: 'Filtrer par une réponse',
  filterHelp: (k: string) =>
    `Voir les résultats d’un seul groupe (par exemple une profession). Un groupe n’est proposé que s’il compte au moins ${k} personnes et ne permet pas d’en déduire un plus petit par différence.`,
  filterLabel: 'Groupe à afficher',
  allResponses: 'Toutes les réponses',
  groupSize: (n: string) => `${n} personnes`,
  groupRelease: (n: string) => `publication n° ${n}`,
  unavailable: (why: string) => `indisponible : ${why}`,
  emptyGroup: 'personne dans ce groupe',
  unavailableTitle: 'Groupes indisponibles',
  unavailableItem: (question: string, option: string, why: string) => `${question} = ${option} : ${why}`,
  apply: 'Afficher',
  clear: 'Retirer le filtre',
  filtered: (question: string, option: string, n: string, release: string) =>
    `Filtre actif : « ${question} » = « ${option} » (${n} personnes, publication n° ${release}).`,
  noBreakdown:
    'Ce questionnaire n’a pas de question servant de filtre. Dans l’éditeur, cochez « filtre » sur une question à choix unique (profession, secteur…).',
  // questions
  questionsTitle: 'Résultats par question',
  // free texts
  textsTitle: 'Réponses écrites',
  showTexts: 'Lire les réponses écrites',
  hideTexts: 'Masquer les réponses écrites',
  textsCount: (n: string, release: string) => `${n} réponses écrites (publication n° ${release}), dans un ordre aléatoire.`,
  textsViewer:
    'Les réponses écrites ne sont lisibles que par les éditeur·rice·s et responsables : elles peuvent contenir des détails qui permettraient de reconnaître quelqu’un. Votre rôle (lecteur·rice) n’y donne pas accès.',
  textsNotFiltered: 'Les réponses écrites ne sont jamais filtrées par groupe : elles portent sur tout le questionnaire.',
  textsCaution: 'À lire avec discrétion : ne les citez pas telles quelles si elles permettent de reconnaître quelqu’un.',
  // codes
  codesTitle: 'Codes de participation',
  codesManage: 'Gérer les codes et la population déclarée',
  // exports
  exportsTitle: 'Exporter les réponses',
  exportsHelp: (k: string) =>
    `Une ligne par réponse de la dernière publication, dans un ordre aléatoire, sans date ni identifiant ; les nombres par tranches et les dates par mois ; les réponses de profil regroupées pour que chaque combinaison décrive au moins ${k} personnes.`,
  exportsNoTexts: 'Les réponses écrites ne sont jamais exportées : elles se lisent seulement sur cette page, par les éditeur·rice·s et responsables.',
  exportsAggregate: 'Les chiffres agrégés (avec leurs masquages) s’exportent depuis l’onglet « Rapport », pour tous les membres.',
  csv: 'Télécharger en CSV',
  csvHelp: 'pour un tableur ou un logiciel de statistiques',
  xlsx: 'Télécharger en Excel (.xlsx)',
  xlsxHelp: 'pour Excel ou LibreOffice',
  // privacy
  privacyTitle: 'Confidentialité',
  privacyHelp:
    'Ce que les répondants lisent avant la première question, et une fiche pour le registre des traitements de votre organisation (RGPD, article 30).',
  noticeTitle: 'Notice d’information des répondants',
  registerOpen: 'Fiche du registre RGPD (imprimable)',
  // register
  registerTitle: 'Fiche du registre des traitements',
  registerLead:
    'Projet de fiche pour le registre des activités de traitement (RGPD, article 30), rempli à partir des réglages du questionnaire. À relire, avec votre délégué·e à la protection des données si vous en avez un·e.',
  registerDate: (date: string) => `Fiche établie le ${date}.`,
  backToResults: 'Retour aux résultats',
};

const en: typeof fr = {
  pageTitle: 'Results',
  summaryTitle: 'At a glance',
  released: 'Released responses',
  k: 'Anonymity threshold',
  people: 'people',
  noReleaseTitle: 'No release yet',
  noRelease: (k) =>
    `Figures appear at the first release holding at least ${k} responses. Until then nothing shows, not even how many responses came in: that would tell when each person answered.`,
  shareLink: 'Share the survey',
  activityTitle: 'Participation by release',
  activityHelp: (k) =>
    `Each release adds at least ${k} responses: participation reads release by release, never day by day nor live, so that the moment someone answers does not show.`,
  releaseColumn: 'Release',
  dateColumn: 'Date',
  addedColumn: 'Responses added',
  totalColumn: 'Total released',
  releaseNumber: (n) => `no. ${n}`,
  closingRelease: '(at closing)',
  activityCaption: 'Responses added by each release',
  activityEmpty: 'No release yet.',
  legendBefore: 'released before',
  legendAdded: 'added by this release',
  releaseHour: (hour) => `Your organisation publishes its results every day at ${hour} (Paris time), at most once a day.`,
  releaseHourLink: 'Change the publication hour',
  filterTitle: 'Filter by one answer',
  filterHelp: (k) =>
    `See the results of one group only (a profession, for example). A group is offered only if it has at least ${k} people and does not let a smaller one be worked out by difference.`,
  filterLabel: 'Group to show',
  allResponses: 'All responses',
  groupSize: (n) => `${n} people`,
  groupRelease: (n) => `release no. ${n}`,
  unavailable: (why) => `unavailable: ${why}`,
  emptyGroup: 'nobody in this group',
  unavailableTitle: 'Unavailable groups',
  unavailableItem: (question, option, why) => `${question} = ${option}: ${why}`,
  apply: 'Show',
  clear: 'Remove the filter',
  filtered: (question, option, n, release) => `Filter on: “${question}” = “${option}” (${n} people, release no. ${release}).`,
  noBreakdown: 'This survey has no question used as a filter. In the editor, tick “filter” on a single-choice question (profession, area…).',
  questionsTitle: 'Results by question',
  textsTitle: 'Written answers',
  showTexts: 'Read the written answers',
  hideTexts: 'Hide the written answers',
  textsCount: (n, release) => `${n} written answers (release no. ${release}), in random order.`,
  textsViewer:
    'Written answers can be read by editors and owners only: they may hold details that would identify someone. Your role (viewer) does not give access to them.',
  textsNotFiltered: 'Written answers are never filtered by group: they cover the whole survey.',
  textsCaution: 'Read with discretion: do not quote them as they are if they could identify someone.',
  codesTitle: 'Participation codes',
  codesManage: 'Manage the codes and the declared population',
  exportsTitle: 'Export the responses',
  exportsHelp: (k) =>
    `One row per response of the latest release, in random order, without date or identifier; numbers as ranges and dates as months; profile answers grouped so that every combination describes at least ${k} people.`,
  exportsNoTexts: 'Written answers are never exported: they can only be read on this page, by editors and owners.',
  exportsAggregate: 'The aggregate figures (with their suppression) are exported from the “Report” tab, by every member.',
  csv: 'Download as CSV',
  csvHelp: 'for a spreadsheet or statistics software',
  xlsx: 'Download as Excel (.xlsx)',
  xlsxHelp: 'for Excel or LibreOffice',
  privacyTitle: 'Privacy',
  privacyHelp: 'What respondents read before the first question, and an entry for your organisation’s record of processing activities (GDPR, article 30).',
  noticeTitle: 'Privacy notice for respondents',
  registerOpen: 'GDPR record entry (printable)',
  registerTitle: 'Record of processing entry',
  registerLead:
    'Draft entry for the record of processing activities (GDPR, article 30), filled from the survey’s settings. To be checked, with your data protection officer if you have one.',
  registerDate: (date) => `Entry drawn up on ${date}.`,
  backToResults: 'Back to the results',
};

export const coordResultsText: Dict<typeof fr> = { fr, en };
