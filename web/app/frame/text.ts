import type { Dict } from '../../shared/i18n/lang.ts';

const fr = {
  appName: 'Pouls – espace coordination',
  dashboardLink: 'Pouls, tableau de bord',
  mainNav: 'Navigation principale',
  navSurveys: 'Questionnaires',
  navLive: 'Ateliers en direct',
  navIdeas: 'Boîtes à idées',
  navMembers: 'Équipe',
  navAccount: 'Mon compte',
  organisation: 'Organisation',
  switchOrganisation: 'Changer d’organisation',
  currentOrganisation: 'organisation actuelle',
  accountMenu: 'Compte',
  signedInAs: 'Connecté·e en tant que',
  signOut: 'Se déconnecter',
  signingOut: 'Déconnexion…',
  roles: { owner: 'Responsable', editor: 'Éditeur·rice', viewer: 'Lecteur·rice' },
  footer: 'Pouls : logiciel libre (AGPL). Les réponses sont anonymes : aucune donnée permettant d’identifier un·e répondant·e n’est enregistrée.',
  noOrgTitle: 'Organisation introuvable',
  noOrg: 'Vous n’êtes pas membre de cette organisation, ou elle n’existe plus.',
  backToDashboard: 'Retour au tableau de bord',
};

const en: typeof fr = {
  appName: 'Pouls – coordination',
  dashboardLink: 'Pouls, dashboard',
  mainNav: 'Main navigation',
  navSurveys: 'Surveys',
  navLive: 'Live workshops',
  navIdeas: 'Idea boxes',
  navMembers: 'Team',
  navAccount: 'My account',
  organisation: 'Organisation',
  switchOrganisation: 'Switch organisation',
  currentOrganisation: 'current organisation',
  accountMenu: 'Account',
  signedInAs: 'Signed in as',
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  roles: { owner: 'Owner', editor: 'Editor', viewer: 'Viewer' },
  footer: 'Pouls: free software (AGPL). Answers are anonymous: nothing that could identify a respondent is stored.',
  noOrgTitle: 'Organisation not found',
  noOrg: 'You are not a member of this organisation, or it no longer exists.',
  backToDashboard: 'Back to the dashboard',
};

export const frameText: Dict<typeof fr> = { fr, en };
