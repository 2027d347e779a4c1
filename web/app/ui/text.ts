import type { Dict } from '../../shared/i18n/lang.ts';

const fr = {
  required: 'obligatoire',
  show: 'Afficher',
  hide: 'Masquer',
  thePassword: 'le mot de passe',
  passwordRules: 'Au moins 12 caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.',
  passwordLength: (n: number) => `${n} caractère${n > 1 ? 's' : ''} sur 12 minimum`,
  passwordOk: 'Longueur suffisante',
  copy: 'Copier',
  copied: 'Copié dans le presse-papiers',
  copyFailed: 'Copie impossible : sélectionnez le texte et copiez-le vous-même.',
  cancel: 'Annuler',
  errorTitle: 'Il y a un problème',
  status: { draft: 'Brouillon', open: 'Ouvert', closed: 'Clos', archived: 'Archivé' },
};

const en: typeof fr = {
  required: 'required',
  show: 'Show',
  hide: 'Hide',
  thePassword: 'password',
  passwordRules: 'At least 12 characters. A phrase of several words is easy to remember and hard to guess.',
  passwordLength: (n) => `${n} character${n === 1 ? '' : 's'} of 12 minimum`,
  passwordOk: 'Long enough',
  copy: 'Copy',
  copied: 'Copied to the clipboard',
  copyFailed: 'Cannot copy: select the text and copy it yourself.',
  cancel: 'Cancel',
  errorTitle: 'There is a problem',
  status: { draft: 'Draft', open: 'Open', closed: 'Closed', archived: 'Archived' },
};

export const uiText: Dict<typeof fr> = { fr, en };
