import type { Dict } from '../../shared/i18n/lang.ts';
import { useText } from '../../shared/i18n/lang.ts';

const fr = {
  title: 'Archive de l’organisation',
  lead: 'Un fichier JSON avec les questionnaires et leurs versions, les chiffres publiés, les résultats des ateliers, les boîtes à idées et l’équipe (sans mots de passe). Aucune réponse brute. Il s’importe dans une autre instance de Pouls. Le téléchargement est inscrit au journal.',
  download: 'Télécharger l’archive (JSON)',
};
const en: typeof fr = {
  title: 'Organisation archive',
  lead: 'One JSON file with the surveys and their versions, released figures, workshop results, idea boxes and the team (no passwords). No raw response. It imports into another Pouls instance. The download is recorded in the audit log.',
  download: 'Download the archive (JSON)',
};
const archiveText: Dict<typeof fr> = { fr, en };

/** Owners download the whole organisation as one file (GET /api/orgs/:orgId/archive.json: a plain link, the browser saves it). */
export function ArchiveDownload({ orgId }: { orgId: string }) {
  const text = useText(archiveText);
  return (
    <section class="card" aria-labelledby="archive-title">
      <h2 id="archive-title" class="h3">
        {text.title}
      </h2>
      <p class="muted">{text.lead}</p>
      <a class="button" href={`/api/orgs/${encodeURIComponent(orgId)}/archive.json`} download>
        {text.download}
      </a>
    </section>
  );
}
