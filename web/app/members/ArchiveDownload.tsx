import { useText } from '../../shared/i18n/lang.ts';
import { membersText } from './text.ts';

/** Owners download the whole organisation as one file (GET /api/orgs/:orgId/archive.json: a plain link, the browser saves it). */
export function ArchiveDownload({ orgId }: { orgId: string }) {
  const text = useText(membersText);
  return (
    <section class="card" aria-labelledby="archive-title">
      <h2 id="archive-title" class="h3">
        {text.archiveTitle}
      </h2>
      <p class="muted">{text.archiveLead}</p>
      <a class="button" href={`/api/orgs/${encodeURIComponent(orgId)}/archive.json`} download>
        {text.archiveDownload}
      </a>
    </section>
  );
}
