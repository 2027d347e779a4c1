import type { Dict } from '../../shared/i18n/lang.ts';
import { typesetAll } from '../../shared/i18n/typeset.ts';

const fr = {
  intro: 'Avant de publier, vérifiez :',
  colon: ' : ',
  toCheck: 'À vérifier : ',
  checked: 'Vérifié : ',
  fix: 'Corriger',
  change: 'Modifier',
  replace: 'Remplacer',
  publishAnyway: 'Publier quand même',
  names: {
    placeholders: 'Exemples du modèle',
    visibility: 'Qui voit les résultats',
    k: 'Seuil d’anonymat',
    codes: 'Codes de participation',
    support: 'Contacts d’aide',
  },
  placeholdersOk: 'aucun ne reste à remplacer.',
  placeholdersLeft: (n: number) =>
    n > 1
      ? `${n} textes n’ont pas été remplacés ; les répondants les verraient tels quels.`
      : 'un texte n’a pas été remplacé ; les répondants le verraient tel quel.',
  placeholderAt: (example: string, where: string) => `« ${example} » (${where})`,
  visibilityPrivate: 'l’équipe de coordination seulement, connectée à Pouls.',
  visibilityPublic: 'tout le monde, avec le lien des résultats (toujours par groupes d’au moins k personnes).',
  kOk: (k: number) => `${k} personnes. Aucun chiffre n’est montré pour un groupe plus petit.`,
  kLow: (k: number) => `${k} personnes seulement. Des groupes aussi petits se reconnaissent facilement ; 5 est conseillé.`,
  codesAsked: 'demandés. Créez-les dans « Partager » et distribuez-les ; sans code, personne ne peut répondre.',
  codesOff:
    'désactivés, alors que ce questionnaire a des questions de profil ou un questionnaire validé. N’importe qui pourrait envoyer de fausses réponses, et isoler ainsi celle d’un·e collègue.',
  codesOpen: 'aucun ; toute personne ayant le lien peut répondre.',
  supportOk: 'ceux de votre organisation sont renseignés. Chaque répondant les verra avec ses résultats.',
  supportMissing: 'ceux de votre organisation manquent. Les répondants ne verraient que les numéros nationaux (SPS, 3114) avec leurs résultats.',
  where: {
    question: (n: number, label: string) => `question ${n} « ${label} »`,
    label: 'intitulé',
    help: 'aide',
    option: (n: number) => `option ${n}`,
    item: (n: number) => `ligne ${n}`,
  },
};

const en: typeof fr = {
  intro: 'Before publishing, check:',
  colon: ': ',
  toCheck: 'To check: ',
  checked: 'Checked: ',
  fix: 'Fix',
  change: 'Change',
  replace: 'Replace',
  publishAnyway: 'Publish anyway',
  names: {
    placeholders: 'Template examples',
    visibility: 'Who sees the results',
    k: 'Anonymity threshold',
    codes: 'Participation codes',
    support: 'Support contacts',
  },
  placeholdersOk: 'none is left to replace.',
  placeholdersLeft: (n) =>
    n > 1 ? `${n} texts were not replaced; respondents would see them as they are.` : 'one text was not replaced; respondents would see it as it is.',
  placeholderAt: (example, where) => `“${example}” (${where})`,
  visibilityPrivate: 'the coordination team only, signed in to Pouls.',
  visibilityPublic: 'anyone with the results link (always in groups of at least k people).',
  kOk: (k) => `${k} people. No figure is shown for a smaller group.`,
  kLow: (k) => `only ${k} people. Groups that small are easy to recognise; 5 is advised.`,
  codesAsked: 'asked for. Create them in “Share” and hand them out; without a code, nobody can answer.',
  codesOff: 'off, although this survey has profile questions or a validated questionnaire. Anyone could send fake responses, and so single out a colleague’s.',
  codesOpen: 'none; anyone with the link can answer.',
  supportOk: 'your organisation’s are filled in. Each respondent will see them with their results.',
  supportMissing: 'your organisation’s are missing. Respondents would only see the national helplines (SPS, 3114) with their results.',
  where: {
    question: (n, label) => `question ${n} “${label}”`,
    label: 'wording',
    help: 'help',
    option: (n) => `option ${n}`,
    item: (n) => `row ${n}`,
  },
};

export const publishText: Dict<typeof fr> = { fr: typesetAll(fr), en };
export type PublishText = typeof fr;
