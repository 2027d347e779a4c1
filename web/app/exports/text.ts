import type { Dict } from '../../shared/i18n/lang.ts';

type Refusal = 'open' | 'no_release' | 'purged' | 'too_few' | 'no_instrument';

const fr = {
  unavailable: 'Pas disponible pour l’instant : ',
  available: 'Disponible : le questionnaire est clos et sa dernière publication compte assez de réponses.',
  why: (reason: Refusal, k: string) =>
    ({
      open: 'Il s’ouvre une fois le questionnaire clos : deux fichiers de publications différentes donneraient, par différence, les réponses arrivées entre les deux.',
      no_release: 'Aucune publication encore : rien à exporter.',
      purged: 'Les réponses détaillées ont été effacées à la fin de la durée de conservation.',
      too_few: `Il faut au moins ${k} réponses publiées.`,
      no_instrument: 'Ce questionnaire ne contient aucun questionnaire validé intact : aucun score à exporter.',
    })[reason],
  ownersOnly: 'Réservé aux responsables de l’organisation. Votre rôle donne accès aux chiffres agrégés seulement.',
  oneFile:
    'Un seul fichier ligne à ligne peut exister : après le premier téléchargement, ce questionnaire ne pourra plus rouvrir (deux fichiers donneraient les nouvelles réponses par différence). Pour continuer, lancez une nouvelle vague.',
  confirmTitle: 'Télécharger les réponses ligne à ligne ?',
  confirmBody:
    'Après ce téléchargement, ce questionnaire restera clos pour de bon : il ne pourra plus rouvrir ni recevoir de réponses. Gardez le fichier en lieu sûr et ne le diffusez pas : même anonymes, des lignes voyagent plus loin que des chiffres agrégés.',
  confirm: 'Télécharger',
  downloading: 'Préparation…',
  refused: 'Export refusé : ',
  offline: 'Le serveur ne répond pas. Réessayez.',
};

const en: typeof fr = {
  unavailable: 'Not available yet: ',
  available: 'Available: the survey is closed and its latest release holds enough responses.',
  why: (reason, k) =>
    ({
      open: 'It opens once the survey is closed: two files of different releases would give, by difference, the responses that came in between.',
      no_release: 'No release yet: nothing to export.',
      purged: 'The individual responses were deleted at the end of the retention period.',
      too_few: `At least ${k} released responses are needed.`,
      no_instrument: 'This survey carries no intact validated questionnaire: no scores to export.',
    })[reason],
  ownersOnly: 'For the organisation’s owners only. Your role gives access to the aggregate figures only.',
  oneFile:
    'Only one row-by-row file may ever exist: after the first download, this survey can no longer reopen (two files would give the new responses by difference). To carry on, start a new wave.',
  confirmTitle: 'Download the responses row by row?',
  confirmBody:
    'After this download, this survey stays closed for good: it can no longer reopen nor receive responses. Keep the file safe and do not pass it around: even anonymous, rows travel further than aggregate figures.',
  confirm: 'Download',
  downloading: 'Preparing…',
  refused: 'Export refused: ',
  offline: 'The server does not answer. Try again.',
};

export const exportsText: Dict<typeof fr> = { fr, en };
