import type { Dict } from '../../shared/i18n/lang.ts';

const fr = {
  label: 'Population déclarée : personnes invitées ou présentes',
  hint: 'Par exemple le nombre de professionnels à qui le lien a été envoyé, ou présents à la réunion. Elle plafonne les codes de participation (une personne, un code) et sert au taux de réponse.',
  invalid: 'Indiquez un nombre entier, au moins 1.',
  save: 'Enregistrer la population',
  saving: 'Enregistrement…',
  clear: 'Effacer',
  saved: 'Population déclarée enregistrée.',
  cleared: 'Population déclarée effacée.',
  viewerOnly: 'Seuls les éditeur·rice·s et responsables peuvent renseigner la population déclarée.',
};

const en: typeof fr = {
  label: 'Declared population: people invited or present',
  hint: 'For example how many professionals were sent the link, or attended the meeting. It caps the participation codes (one person, one code) and gives the response rate.',
  invalid: 'Enter a whole number, at least 1.',
  save: 'Save the population',
  saving: 'Saving…',
  clear: 'Clear',
  saved: 'Declared population saved.',
  cleared: 'Declared population cleared.',
  viewerOnly: 'Only editors and owners can enter the declared population.',
};

export const populationText: Dict<typeof fr> = { fr, en };
