import type { Dict } from './lang.ts';

const fr = {
  skipLink: 'Aller au contenu',
  homeLink: 'Pouls, accueil',
  /** The switch offers the other language, named in that language. */
  switchTo: 'English',
  switchToLang: 'en',
  switchLabel: 'Switch to English',
  footer: 'Pouls : logiciel libre (AGPL). Aucune donnée permettant de vous identifier n’est enregistrée.',
  loading: 'Chargement…',
  retry: 'Réessayer',
  retryIn: (seconds: number) => `nouvel essai dans ${seconds} s`,
  retryingHidden: 'La connexion a échoué : nouvel essai automatique.',
  loadFailedTitle: 'Connexion impossible',
  loadFailed: 'Nous n’avons pas pu joindre le serveur. Vérifiez votre connexion, puis réessayez.',
  notFoundTitle: 'Questionnaire introuvable',
  notFound: 'Cette adresse ne correspond à aucun questionnaire publié. Vérifiez le lien que vous avez reçu.',
  backHome: 'Retour à l’accueil',
  errorPrefix: 'Erreur :',
};

const en: typeof fr = {
  skipLink: 'Skip to content',
  homeLink: 'Pouls, home',
  switchTo: 'Français',
  switchToLang: 'fr',
  switchLabel: 'Passer en français',
  footer: 'Pouls: free software (AGPL). Nothing that could identify you is stored.',
  loading: 'Loading…',
  retry: 'Try again',
  retryIn: (seconds: number) => `next try in ${seconds} s`,
  retryingHidden: 'The connection failed: trying again automatically.',
  loadFailedTitle: 'Cannot connect',
  loadFailed: 'We could not reach the server. Check your connection, then try again.',
  notFoundTitle: 'Survey not found',
  notFound: 'This address does not match any published survey. Check the link you received.',
  backHome: 'Back to the home page',
  errorPrefix: 'Error:',
};

export const commonText: Dict<typeof fr> = { fr, en };
