import type { Dict } from '../shared/i18n/lang.ts';

const fr = {
  title: 'Prendre le pouls de votre équipe, en toute confidentialité',
  lead: 'Pouls est une plateforme libre de questionnaires anonymes pour les soins primaires : maisons de santé, CPTS, centres de santé. Les professionnels répondent en quelques minutes sur leur téléphone ; les coordinateurs lisent des résultats agrégés, jamais des réponses individuelles.',
  points: [
    ['Anonyme par conception', 'Aucun compte, aucune adresse IP enregistrée ; aucun chiffre n’est affiché pour moins de 5 personnes.'],
    ['Pensé pour le téléphone', 'Une page de questions à la fois, des réponses gardées sur l’appareil jusqu’à l’envoi, même hors connexion.'],
    ['Accessible', 'Utilisable au clavier et avec un lecteur d’écran, en français et en anglais.'],
  ] as [string, string][],
  demoTitle: 'Essayer la démonstration',
  demoText: 'Un court questionnaire fictif sur la vie d’une CPTS, avec tous les types de questions.',
  answerDemo: 'Répondre au questionnaire de démonstration',
  demoResults: 'Voir les résultats de la démonstration',
};

const en: typeof fr = {
  title: 'Take your team’s pulse, in confidence',
  lead: 'Pouls is a free, open-source platform for anonymous surveys in primary care: group practices, CPTS, health centres. Professionals answer in a few minutes on their phone; coordinators read aggregated results, never individual answers.',
  points: [
    ['Anonymous by design', 'No account, no IP address stored; no figure is shown about fewer than 5 people.'],
    ['Made for phones', 'One page of questions at a time; answers stay on the device until they are sent, even offline.'],
    ['Accessible', 'Works with a keyboard and a screen reader, in French and English.'],
  ],
  demoTitle: 'Try the demo',
  demoText: 'A short fictional survey about life in a CPTS, using every type of question.',
  answerDemo: 'Answer the demo survey',
  demoResults: 'See the demo results',
};

export const homeText: Dict<typeof fr> = { fr, en };
