import type { Lang } from './lang.ts';
import { localize } from './localize.ts';
import { asksForCodes } from './participation.ts';
import type { SurveyInput } from './survey.ts';

/**
 * The privacy notice respondents read before the first question, in plain words. Shared by the
 * worker and the browser: type imports only, so it adds no validation code to a page.
 */
export type NoticeSection = {
  id: 'purpose' | 'voluntary' | 'anonymity' | 'access' | 'retention' | 'contact';
  title: string;
  paragraphs: string[];
};
export type PrivacyNotice = { title: string; sections: NoticeSection[] };

/** What the notice needs to know of a survey (a published one carries its defaults). */
export type NoticeSurvey = Pick<SurveyInput, 'title' | 'settings'> & Partial<Pick<SurveyInput, 'pages'>>;

export function asksFreeText(survey: Partial<Pick<SurveyInput, 'pages'>>): boolean {
  return (survey.pages ?? []).some((page) => page.questions.some((q) => q.type === 'short_text' || q.type === 'long_text'));
}

export const months = (n: number, lang: Lang) => (lang === 'en' ? `${n} month${n === 1 ? '' : 's'}` : `${n} mois`);

export function privacyNotice(survey: NoticeSurvey, organisationName: string, lang: Lang): PrivacyNotice {
  const fr = lang === 'fr';
  const { k, retentionMonths, purpose, contact, resultsVisibility } = survey.settings;
  const participationCodes = asksForCodes({ pages: survey.pages ?? [], settings: survey.settings });
  const title = localize(survey.title, lang);
  const org = organisationName;

  const section = (id: NoticeSection['id'], heading: [string, string], ...paragraphs: ([string, string] | false)[]): NoticeSection => ({
    id,
    title: heading[fr ? 0 : 1],
    paragraphs: paragraphs.filter((p): p is [string, string] => !!p).map((p) => p[fr ? 0 : 1]),
  });

  return {
    title: fr ? 'Vos réponses et votre anonymat' : 'Your answers and your anonymity',
    sections: [
      section(
        'purpose',
        ['Pourquoi ce questionnaire', 'Why this survey'],
        purpose
          ? [localize(purpose, 'fr'), localize(purpose, 'en')]
          : [
              `« ${title} » aide ${org} à connaître l’avis des personnes concernées pour choisir ses actions.`,
              `“${title}” helps ${org} learn what the people concerned think, to choose what to do.`,
            ],
        [`Ce questionnaire est mené par ${org}.`, `This survey is run by ${org}.`],
      ),
      section(
        'voluntary',
        ['Répondre est libre', 'Taking part is up to you'],
        [
          'Vous pouvez ne pas répondre, passer les questions facultatives et arrêter à tout moment.',
          'You can decline, skip the optional questions and stop at any time.',
        ],
        [
          'Rien n’est envoyé avant que vous envoyiez vos réponses. D’ici là, elles restent seulement sur cet appareil, et en sont effacées après l’envoi.',
          'Nothing is sent until you send your answers. Until then they stay on this device only, and are removed from it once sent.',
        ],
        [
          'Une fois envoyées, vos réponses ne peuvent plus être retirées ni modifiées : rien ne permet de retrouver lesquelles sont les vôtres.',
          'Once sent, your answers cannot be withdrawn or changed: nothing tells which ones are yours.',
        ],
      ),
      section(
        'anonymity',
        ['Votre anonymat', 'Your anonymity'],
        [
          'Nous ne demandons pas votre nom. Nous n’enregistrons ni votre adresse IP, ni rien sur votre appareil ou votre navigateur, ni le jour ni l’heure de votre réponse.',
          'We do not ask your name. We record neither your IP address, nor anything about your device or browser, nor the day or time of your answer.',
        ],
        [
          `Les résultats ne sont montrés que par groupes d’au moins ${k} personnes, et aucun chiffre n’est publié s’il permettait, par différence avec d’autres, de retrouver un groupe plus petit.`,
          `Results are only shown for groups of at least ${k} people, and no figure is published that would let a smaller group be worked out by difference with others.`,
        ],
        [
          `Les chiffres ne bougent pas à chaque réponse : ils sont publiés au plus une fois par jour, à heure fixe, et seulement quand au moins ${k} nouvelles personnes ont répondu depuis la publication précédente. Comparer deux publications ne désigne donc jamais une seule personne.`,
          `Figures do not move with each answer: they are published at most once a day, at a set time, and only when at least ${k} new people have answered since the previous release. Comparing two releases never points at one person.`,
        ],
        participationCodes
          ? [
              `Votre code de participation sert seulement à vérifier qu’il ne sert qu’une fois : rien ne le relie à vos réponses. Les codes sont émis par lots, et chaque lot (quand, par qui, combien) est visible de tous les membres de ${org} : on ne peut pas en accumuler pour envoyer de fausses réponses sans que cela se voie.`,
              `Your participation code only checks that it is used once: nothing links it to your answers. Codes are issued in batches, and every batch (when, by whom, how many) is visible to all of ${org}’s members: nobody can hoard them to send fake responses unseen.`,
            ]
          : [
              'Ce questionnaire est ouvert à toute personne qui a le lien. Quelqu’un pourrait envoyer de fausses réponses juste après la vôtre pour tenter de l’isoler entre deux publications : les règles ci-dessus rendent cela difficile, pas impossible.',
              'This survey is open to anyone with the link. Someone could send fake answers right after yours to try to isolate it between two releases: the rules above make this hard, not impossible.',
            ],
        asksFreeText(survey) && [
          'Dans les réponses écrites, n’indiquez pas de nom ni de détail qui permettrait de vous reconnaître.',
          'In written answers, do not give names or details that could identify you.',
        ],
      ),
      section(
        'access',
        ['Qui voit quoi', 'Who sees what'],
        [
          `Les coordinateurs de ${org} voient des chiffres regroupés. Une fois le questionnaire clos, ses responsables peuvent télécharger une seule fois le tableau des réponses : sans nom, dans le désordre, sans les réponses écrites ni les questions auxquelles moins de ${k} personnes ont répondu, et avec les réponses de profil regroupées ou masquées pour que chaque profil y décrive au moins ${k} personnes.`,
          `${org}’s coordinators see grouped figures. Once the survey is closed, its owners can download the table of answers, once: without names, in random order, without written answers nor questions fewer than ${k} people answered, and with profile answers merged or blanked so that every profile in it describes at least ${k} people.`,
        ],
        asksFreeText(survey) && [
          `Les réponses écrites ne sont lues que par les personnes de ${org} chargées du questionnaire, et ne sont jamais publiées.`,
          `Written answers are read only by the people at ${org} in charge of the survey, and are never published.`,
        ],
        resultsVisibility === 'public' && [
          'Les résultats regroupés sont publics : toute personne ayant le lien peut les consulter.',
          'The grouped results are public: anyone with the link can see them.',
        ],
      ),
      section(
        'retention',
        ['Combien de temps', 'How long'],
        [
          `Les réponses détaillées sont gardées ${months(retentionMonths, 'fr')} après la clôture du questionnaire, puis effacées. Seuls les chiffres regroupés restent, pour comparer avec les éditions suivantes.`,
          `Individual answers are kept for ${months(retentionMonths, 'en')} after the survey closes, then deleted. Only the grouped figures remain, to compare with later editions.`,
        ],
      ),
      section(
        'contact',
        ['Contact', 'Contact'],
        contact
          ? [`Pour toute question sur vos données : ${contact}.`, `For any question about your data: ${contact}.`]
          : [`Pour toute question sur vos données, adressez-vous à ${org}.`, `For any question about your data, contact ${org}.`],
      ),
    ],
  };
}
