import type { Dict } from '../../shared/i18n/lang.ts';

const fr = {
  tabs: 'Ce questionnaire',
  edit: 'Questions',
  share: 'Partager',
  results: 'Résultats',
  report: 'Rapport',
  backToSurveys: 'Tous les questionnaires',
  missingTitle: 'Questionnaire introuvable',
  missing: 'Ce questionnaire n’existe pas, ou il appartient à une autre organisation.',
  failedTitle: 'Chargement impossible',
};

const en: typeof fr = {
  tabs: 'This survey',
  edit: 'Questions',
  share: 'Share',
  results: 'Results',
  report: 'Report',
  backToSurveys: 'All surveys',
  missingTitle: 'Survey not found',
  missing: 'This survey does not exist, or it belongs to another organisation.',
  failedTitle: 'Cannot load',
};

export const surveyFrameText: Dict<typeof fr> = { fr, en };
