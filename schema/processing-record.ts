import type { Lang } from './lang.ts';
import { localize } from './localize.ts';
import { asksForCodes } from './participation.ts';
import { asksFreeText, months, type NoticeSurvey } from './privacy.ts';

/**
 * A draft entry for the organisation's GDPR record of processing activities (art. 30), for a
 * survey: the headings of the CNIL template, filled from the survey's settings. A draft: the
 * organisation checks it, with its data protection officer where it has one.
 */
export type RecordField = {
  id: 'controller' | 'purpose' | 'legalBasis' | 'subjects' | 'data' | 'recipients' | 'transfers' | 'retention' | 'security';
  label: string;
  entries: string[];
};
export type ProcessingRecord = { title: string; fields: RecordField[]; notes: string[] };

export function processingRecord(survey: NoticeSurvey, organisationName: string, lang: Lang): ProcessingRecord {
  const fr = lang === 'fr';
  const { k, retentionMonths, purpose, contact, resultsVisibility } = survey.settings;
  const participationCodes = asksForCodes({ pages: survey.pages ?? [], settings: survey.settings });
  const title = localize(survey.title, lang);
  const org = organisationName;
  const pick = (pair: [string, string]) => pair[fr ? 0 : 1];
  const field = (id: RecordField['id'], label: [string, string], ...entries: ([string, string] | false)[]): RecordField => ({
    id,
    label: pick(label),
    entries: entries.filter((e): e is [string, string] => !!e).map(pick),
  });

  return {
    title: fr ? `Questionnaire « ${title} »` : `Survey “${title}”`,
    fields: [
      field('controller', ['Responsable du traitement', 'Controller'], [org, org], !!contact && [`Contact : ${contact}`, `Contact: ${contact}`]),
      field(
        'purpose',
        ['Finalité', 'Purpose'],
        purpose
          ? [localize(purpose, 'fr'), localize(purpose, 'en')]
          : [
              `Recueillir de façon anonyme l’avis des personnes concernées (« ${title} ») pour orienter les actions de ${org}.`,
              `Collect the anonymous opinion of the people concerned (“${title}”) to guide ${org}’s actions.`,
            ],
      ),
      field(
        'legalBasis',
        ['Base légale (suggestion, à valider)', 'Legal basis (suggestion, to be validated)'],
        [
          'Mission d’intérêt public (art. 6.1.e du RGPD) pour une structure investie d’une mission de service public (CPTS, centre de santé) ; à défaut, intérêt légitime (art. 6.1.f).',
          'Task carried out in the public interest (GDPR art. 6(1)(e)) for a body with a public-service mission (CPTS, health centre); otherwise legitimate interest (art. 6(1)(f)).',
        ],
        [
          'Si le questionnaire porte sur la santé (épuisement professionnel, bien-être), ce sont des données de santé (art. 9) : une exception de l’art. 9.2 est nécessaire, le plus souvent le consentement explicite (9.2.a).',
          'If the survey is about health (burnout, well-being), this is health data (art. 9): an art. 9(2) exception is needed, most often explicit consent (9(2)(a)).',
        ],
      ),
      field(
        'subjects',
        ['Personnes concernées', 'Data subjects'],
        [
          'Les personnes qui répondent au questionnaire (professionnels de santé, habitants…), sans compte ni identification.',
          'The people who answer the survey (health professionals, residents…), without an account or identification.',
        ],
      ),
      field(
        'data',
        ['Catégories de données', 'Categories of data'],
        ['Réponses aux questions fermées : choix, échelles, nombres, dates.', 'Answers to closed questions: choices, scales, numbers, dates.'],
        asksFreeText(survey) && [
          'Réponses écrites librement, qui peuvent contenir ce que la personne choisit d’y écrire.',
          'Free-text answers, which may contain whatever the person chooses to write.',
        ],
        ['Ni le jour ni l’heure de la réponse.', 'Neither the day nor the time of the answer.'],
        participationCodes && [
          'Codes de participation à usage unique, conservés hachés, sans lien avec les réponses.',
          'Single-use participation codes, stored hashed, not linked to the answers.',
        ],
        [
          'Aucune donnée d’identification : ni nom, ni adresse e-mail, ni adresse IP, ni donnée sur l’appareil ou le navigateur.',
          'No identifying data: no name, email address, IP address, nor device or browser data.',
        ],
      ),
      field(
        'recipients',
        ['Destinataires', 'Recipients'],
        [
          `Membres de ${org} ayant un compte : tous voient les chiffres regroupés ; les éditeurs et propriétaires lisent aussi les textes libres, à part, jamais par sous-groupe ; les propriétaires téléchargent, une fois le questionnaire clos et une seule fois, le tableau des réponses (k-anonyme sur les questions de profil, sans texte libre).`,
          `${org}’s members with an account: all see grouped figures; editors and owners also read the free texts, separately, never per subgroup; owners download, once the survey is closed and only once, the table of answers (k-anonymous over the profile questions, no free text).`,
        ],
        resultsVisibility === 'public' && ['Public : les résultats regroupés seulement.', 'The public: grouped results only.'],
        [
          'L’hébergeur de l’instance, comme sous-traitant (Cloudflare Workers et D1 pour le déploiement standard).',
          'The host of the instance, as a processor (Cloudflare Workers and D1 in the standard deployment).',
        ],
      ),
      field(
        'transfers',
        ['Transferts hors de l’Union européenne', 'Transfers outside the European Union'],
        [
          'Dépend du déploiement : une base D1 créée avec la juridiction UE (wrangler d1 create … --jurisdiction eu) est stockée et exécutée dans l’UE. Cloudflare, Inc. est une société américaine : vérifiez son accord de sous-traitance (DPA) et le cadre de transfert applicable.',
          'Depends on the deployment: a D1 database created with the EU jurisdiction (wrangler d1 create … --jurisdiction eu) is stored and run in the EU. Cloudflare, Inc. is a US company: check its data processing agreement (DPA) and the applicable transfer framework.',
        ],
      ),
      field(
        'retention',
        ['Durée de conservation', 'Retention'],
        [
          `Réponses détaillées : ${months(retentionMonths, 'fr')} après la clôture du questionnaire, puis effacement automatique.`,
          `Individual answers: ${months(retentionMonths, 'en')} after the survey closes, then deleted automatically.`,
        ],
        [
          'Chiffres regroupés (anonymes) : conservés pour comparer les éditions successives.',
          'Grouped (anonymous) figures: kept to compare successive editions.',
        ],
      ),
      field(
        'security',
        ['Mesures de sécurité', 'Security measures'],
        [
          `Aucun chiffre sur moins de ${k} personnes, ni aucun chiffre qui permettrait d’en déduire un par différence (entre groupes ou entre publications) ; résultats publiés par instantanés, au plus une fois par jour, quand au moins ${k} nouvelles réponses sont arrivées ; parts remplacées par une borne quand presque tout un groupe répond pareil ; textes libres jamais publiés.`,
          `No figure about fewer than ${k} people, nor any figure that would let one be worked out by difference (across groups or releases); results published as snapshots, at most once a day, once at least ${k} new responses arrived; shares coarsened where nearly a whole group answers alike; free texts never published.`,
        ],
        [
          'Ni adresse IP, ni donnée d’appareil, ni jour ni heure stockés avec les réponses ; ordre de stockage aléatoire ; exports dans un ordre aléatoire.',
          'No IP address, device data, day or time stored with responses; random storage order; exports in random order.',
        ],
        participationCodes && [
          'Codes de participation émis par lots plafonnés par la population déclarée, chaque lot visible de tous les membres.',
          'Participation codes issued in batches capped by the declared population, every batch visible to all members.',
        ],
        [
          'Accès des coordinateurs par compte et par rôle ; mots de passe hachés (PBKDF2) ; chiffrement des échanges (HTTPS, HSTS) ; limitation du débit.',
          'Coordinator access by account and role; hashed passwords (PBKDF2); encrypted traffic (HTTPS, HSTS); rate limiting.',
        ],
      ),
    ],
    notes: [
      pick([
        'Projet à valider avec votre délégué à la protection des données (DPO), notamment la base légale. Une analyse d’impact (AIPD) peut être requise pour des données de santé.',
        'Draft to be validated with your data protection officer (DPO), especially the legal basis. A data protection impact assessment (DPIA) may be required for health data.',
      ]),
    ],
  };
}
