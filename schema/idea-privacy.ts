import type { BoxInput } from './ideas.ts';
import type { Lang } from './lang.ts';
import { localize } from './localize.ts';
import { months, type NoticeSection, type PrivacyNotice } from './privacy.ts';
import type { ProcessingRecord, RecordField } from './processing-record.ts';

/**
 * What people who propose or support ideas are told (shown with the box), and a draft entry for the
 * organisation's GDPR record of processing activities (art. 30), on the patterns of privacy.ts and
 * processing-record.ts. Type imports only on the page side.
 */
export type NoticeBox = Pick<BoxInput, 'title' | 'audience' | 'k' | 'retentionMonths'>;

type Pair = [string, string];

export function ideaBoxNotice(box: NoticeBox, organisationName: string, lang: Lang): PrivacyNotice {
  const fr = lang === 'fr';
  const { k, retentionMonths } = box;
  const org = organisationName;
  const title = localize(box.title, lang);
  const section = (id: NoticeSection['id'], heading: Pair, ...paragraphs: (Pair | false)[]): NoticeSection => ({
    id,
    title: heading[fr ? 0 : 1],
    paragraphs: paragraphs.filter((p): p is Pair => !!p).map((p) => p[fr ? 0 : 1]),
  });
  return {
    title: fr ? 'Vos idées, vos soutiens et votre anonymat' : 'Your ideas, your supports and your anonymity',
    sections: [
      section(
        'purpose',
        ['Pourquoi cette boîte à idées', 'Why this idea box'],
        [
          `« ${title} » recueille les idées de chacun·e, montre celles qui comptent le plus et permet à ${org} d’y répondre publiquement.`,
          `“${title}” gathers everyone’s ideas, shows those that matter most and lets ${org} answer them publicly.`,
        ],
      ),
      section(
        'voluntary',
        ['Proposer et soutenir sont libres', 'Proposing and supporting are up to you'],
        ['Sans compte ni nom. Vous pouvez retirer votre soutien à tout moment.', 'No account, no name. You can withdraw your support at any time.'],
        [
          'Une idée n’apparaît qu’après relecture par la modération, qui peut en retirer un nom, un numéro ou un détail de santé, ou la refuser en disant pourquoi.',
          'An idea appears only once moderation has read it; moderation may remove a name, a number or a health detail from it, or decline it and say why.',
        ],
        [
          'Votre code de suivi, montré une seule fois, permet de suivre votre idée ou de la retirer. Gardez-le : nous n’en gardons qu’une empreinte et ne pouvons pas vous le redonner.',
          'Your receipt code, shown once, lets you follow or withdraw your idea. Keep it: we only keep a fingerprint of it and cannot give it back.',
        ],
      ),
      section(
        'anonymity',
        ['Votre anonymat', 'Your anonymity'],
        [
          'Nous n’enregistrons ni votre adresse IP, ni rien sur votre appareil ou votre navigateur, ni l’heure : le jour seulement.',
          'We record neither your IP address, nor anything about your device or browser, nor the time: the day only.',
        ],
        [
          'Un soutien est gardé sous une empreinte calculée à partir d’un nombre tiré au hasard sur votre appareil et de l’idée : vos soutiens à deux idées ne peuvent pas être reliés entre eux.',
          'A support is kept under a fingerprint made from a random number drawn on your device and the idea: your supports of two ideas cannot be linked to each other.',
        ],
        [
          `Le nombre de soutiens d’une idée n’est montré qu’à partir de ${k}. Au-delà, il bouge un par un, y compris sur l’écran de la salle d’attente : soutenir une idée là-bas, c’est comme lever la main dans une salle, les personnes autour peuvent le voir.`,
          `An idea’s number of supports is shown only from ${k}. Beyond that it moves one by one, on the waiting-room screen too: supporting an idea there is like raising your hand in a room, people around you can see it.`,
        ],
        [
          'Sur la tablette de l’accueil, rien n’est gardé d’une personne à la suivante.',
          'On the reception tablet, nothing is kept from one person to the next.',
        ],
        ['N’écrivez pas de nom ni de détail sur votre santé ou celle d’un proche.', 'Do not write names or details about your health or a relative’s.'],
      ),
      section(
        'access',
        ['Qui voit quoi', 'Who sees what'],
        [
          `Tout le monde${box.audience === 'members' ? ' (les personnes qui ont le lien réservé)' : ''} voit les idées publiées, leurs soutiens à partir de ${k} et les réponses de ${org}. Les coordinateurs de ${org} lisent aussi les idées en attente ou refusées, et le nombre exact de soutiens.`,
          `Everyone${box.audience === 'members' ? ' (people with the reserved link)' : ''} sees published ideas, their supports from ${k} and ${org}’s answers. ${org}’s coordinators also read pending or declined ideas, and the exact number of supports.`,
        ],
      ),
      section(
        'retention',
        ['Combien de temps', 'How long'],
        [
          `Les idées refusées ou retirées, et les codes de suivi des idées terminées, sont effacés ${months(retentionMonths, 'fr')} après. Les idées publiées restent tant que la boîte existe.`,
          `Declined or withdrawn ideas, and the receipt codes of settled ideas, are deleted ${months(retentionMonths, 'en')} later. Published ideas stay as long as the box exists.`,
        ],
      ),
      section(
        'contact',
        ['Contact', 'Contact'],
        [`Pour toute question sur vos données, adressez-vous à ${org}.`, `For any question about your data, contact ${org}.`],
      ),
    ],
  };
}

export function ideaBoxRecord(box: NoticeBox, organisationName: string, lang: Lang): ProcessingRecord {
  const fr = lang === 'fr';
  const { k, retentionMonths } = box;
  const org = organisationName;
  const title = localize(box.title, lang);
  const pick = (pair: Pair) => pair[fr ? 0 : 1];
  const field = (id: RecordField['id'], label: Pair, ...entries: (Pair | false)[]): RecordField => ({
    id,
    label: pick(label),
    entries: entries.filter((e): e is Pair => !!e).map(pick),
  });
  return {
    title: fr ? `Boîte à idées « ${title} »` : `Idea box “${title}”`,
    fields: [
      field('controller', ['Responsable du traitement', 'Controller'], [org, org]),
      field(
        'purpose',
        ['Finalité', 'Purpose'],
        [
          `Recueillir des idées de façon anonyme, montrer celles qui sont le plus soutenues et y répondre publiquement (« ${title} »).`,
          `Collect ideas anonymously, show the most supported and answer them publicly (“${title}”).`,
        ],
      ),
      field(
        'legalBasis',
        ['Base légale (suggestion, à valider)', 'Legal basis (suggestion, to be validated)'],
        [
          'Mission d’intérêt public (art. 6.1.e du RGPD) pour une structure investie d’une mission de service public ; à défaut, intérêt légitime (art. 6.1.f).',
          'Task carried out in the public interest (GDPR art. 6(1)(e)) for a body with a public-service mission; otherwise legitimate interest (art. 6(1)(f)).',
        ],
        [
          'Les idées ne sont pas destinées à contenir des données de santé : la modération les retire avant publication (elles restent lisibles par les coordinateurs jusque-là).',
          'Ideas are not meant to hold health data: moderation removes it before publication (coordinators can read it until then).',
        ],
      ),
      field(
        'subjects',
        ['Personnes concernées', 'Data subjects'],
        [
          box.audience === 'members'
            ? 'Les membres qui ont le lien réservé, sans compte ni identification.'
            : 'Usager·es, coopérateur·rices, partenaires et toute personne qui a le lien, sans compte ni identification.',
          box.audience === 'members'
            ? 'Members with the reserved link, without an account or identification.'
            : 'Patients, cooperative members, partners and anyone with the link, without an account or identification.',
        ],
      ),
      field(
        'data',
        ['Catégories de données', 'Categories of data'],
        [
          'Texte des idées et leur thème, ce que la personne choisit d’y écrire ; le jour de dépôt, jamais l’heure.',
          'The ideas’ text and theme, whatever the person chooses to write; the day, never the time.',
        ],
        [
          'Soutiens et signalements, chacun sous une empreinte propre à l’appareil et à l’idée (SHA-256) ; nombre d’idées proposées par appareil et par jour, sous une empreinte du jour.',
          'Supports and reports, each under a fingerprint of its own for the device and the idea (SHA-256); ideas proposed per device and day, under a fingerprint of the day.',
        ],
        ['Empreintes des codes de suivi et des jetons de borne.', 'Fingerprints of receipt codes and kiosk tokens.'],
        [
          'Aucune donnée d’identification : ni nom, ni e-mail, ni adresse IP, ni donnée sur l’appareil ou le navigateur.',
          'No identifying data: no name, email, IP address, nor device or browser data.',
        ],
      ),
      field(
        'recipients',
        ['Destinataires', 'Recipients'],
        [
          `Membres de ${org} ayant un compte (lecture ; modération et exports selon le rôle).`,
          `${org}’s members with an account (reading; moderation and exports by role).`,
        ],
        [
          `Public${box.audience === 'members' ? ' ayant le lien réservé' : ''} : idées publiées, soutiens à partir de ${k}, réponses.`,
          `The public${box.audience === 'members' ? ' with the reserved link' : ''}: published ideas, supports from ${k}, answers.`,
        ],
        [
          'L’hébergeur de l’instance, comme sous-traitant (Cloudflare Workers et D1 pour le déploiement standard).',
          'The host of the instance, as a processor (Cloudflare Workers and D1 in the standard deployment).',
        ],
      ),
      field(
        'transfers',
        ['Transferts hors de l’Union européenne', 'Transfers outside the European Union'],
        [
          'Dépend du déploiement : une base D1 créée avec la juridiction UE est stockée et exécutée dans l’UE ; vérifiez l’accord de sous-traitance de Cloudflare.',
          'Depends on the deployment: a D1 database created with the EU jurisdiction is stored and run in the EU; check Cloudflare’s data processing agreement.',
        ],
      ),
      field(
        'retention',
        ['Durée de conservation', 'Retention'],
        [
          `Idées refusées ou retirées : ${months(retentionMonths, 'fr')} après, puis effacement automatique, avec leurs soutiens ; codes de suivi : ${months(retentionMonths, 'fr')} après la fin de l’idée.`,
          `Declined or withdrawn ideas: ${months(retentionMonths, 'en')} later, then deleted automatically with their supports; receipt codes: ${months(retentionMonths, 'en')} after the idea settled.`,
        ],
        ['Idées publiées : tant que la boîte existe ; tout est effacé avec elle.', 'Published ideas: as long as the box exists; everything goes with it.'],
      ),
      field(
        'security',
        ['Mesures de sécurité', 'Security measures'],
        [
          `Modération avant publication, détails personnels signalés automatiquement, texte d’origine non conservé après correction ; soutiens montrés à partir de ${k} ; soutiens d’un appareil impossibles à relier entre eux.`,
          `Moderation before publication, personal details flagged automatically, original text not kept once redacted; supports shown from ${k}; one device’s supports cannot be linked.`,
        ],
        [
          'Limitation du débit par appareil, par borne et par adresse (adresse jamais stockée, hachée avec un secret changé chaque jour) ; accès des coordinateurs par compte et par rôle ; HTTPS.',
          'Rate limits per device, kiosk and address (the address is never stored, hashed with a secret changed daily); coordinator access by account and role; HTTPS.',
        ],
      ),
    ],
    notes: [pick(['Projet à valider avec votre délégué à la protection des données (DPO).', 'Draft to be validated with your data protection officer (DPO).'])],
  };
}
