import { useState } from 'preact/hooks';
import { errorsOf } from '../../shared/api/client.ts';
import { useLang, useText, type Lang } from '../../shared/i18n/lang.ts';
import { Alert } from '../ui/Alert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { reportText } from './text.ts';

type Props = { orgId: string; surveyId: string; slug: string; by: string | null; isOwner: boolean };

/** `…/report.csv`, `…/report.xlsx` and (owners) `…/report/responses.csv`, in the page's language and breakdown. */
export function reportExportUrl(orgId: string, surveyId: string, file: 'report.csv' | 'report.xlsx' | 'report/responses.csv', lang: Lang, by: string | null): string {
  const query = new URLSearchParams({ lang });
  if (by && file !== 'report/responses.csv') query.set('by', by);
  return `/api/orgs/${encodeURIComponent(orgId)}/surveys/${encodeURIComponent(surveyId)}/${file}?${query}`;
}

/** Aggregate figures as CSV or Excel, and for owners the scored anonymous responses (refused while a group is under k). */
export function Exports({ orgId, surveyId, slug, by, isOwner }: Props) {
  const lang = useLang();
  const text = useText(reportText);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; key: number } | null>(null);

  // Fetched rather than linked: a refusal (409 while some group is under k) is shown here, not downloaded as a file.
  const downloadResponses = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      const response = await fetch(reportExportUrl(orgId, surveyId, 'report/responses.csv', lang, null), { headers: { 'Accept-Language': lang } });
      if (!response.ok) {
        const errors = await errorsOf(response);
        setRefusal({ message: errors.map((e) => e.message).join(' · ') || `HTTP ${response.status}`, key: Date.now() });
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `${slug}-reponses-scorees.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setRefusal({ message: lang === 'fr' ? 'Le serveur ne répond pas. Réessayez.' : 'The server does not answer. Try again.', key: Date.now() });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card report-section no-print" aria-labelledby="report-exports-title">
      <h2 id="report-exports-title">{text.exportsTitle}</h2>
      <p>{text.exportsHelp}</p>
      <ul class="download-list">
        <li>
          <a class="button button-secondary" href={reportExportUrl(orgId, surveyId, 'report.csv', lang, by)} download={`${slug}-rapport.csv`} data-testid="report-csv">
            <Icon name="download" />
            {text.csv}
          </a>
        </li>
        <li>
          <a class="button button-secondary" href={reportExportUrl(orgId, surveyId, 'report.xlsx', lang, by)} download={`${slug}-rapport.xlsx`} data-testid="report-xlsx">
            <Icon name="download" />
            {text.xlsx}
          </a>
        </li>
        {isOwner && (
          <li>
            <button type="button" class="button button-secondary" disabled={busy} onClick={() => void downloadResponses()} data-testid="report-responses-csv" aria-describedby="report-responses-help">
              <Icon name="download" />
              {busy ? text.downloading : text.responsesCsv}
            </button>{' '}
            <span class="muted" id="report-responses-help">
              {text.responsesHelp}
            </span>
          </li>
        )}
      </ul>
      {refusal && (
        <Alert focusKey={refusal.key} tone="warning">
          <p>
            <strong>{text.responsesRefused} : </strong>
            {refusal.message}
          </p>
        </Alert>
      )}
    </section>
  );
}
