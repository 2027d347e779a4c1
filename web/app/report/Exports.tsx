import { useLang, useText, type Lang } from '../../shared/i18n/lang.ts';
import { RowExports } from '../exports/RowExports.tsx';
import { Icon } from '../ui/Icon.tsx';
import { reportText } from './text.ts';

type Props = { orgId: string; surveyId: string; slug: string; status: string; k: number; by: string | null };

/** `…/report.csv`, `…/report.xlsx` and (owners) `…/report/responses.csv`, in the page's language and breakdown. */
export function reportExportUrl(
  orgId: string,
  surveyId: string,
  file: 'report.csv' | 'report.xlsx' | 'report/responses.csv',
  lang: Lang,
  by: string | null,
): string {
  const query = new URLSearchParams({ lang });
  if (by && file !== 'report/responses.csv') query.set('by', by);
  return `/api/orgs/${encodeURIComponent(orgId)}/surveys/${encodeURIComponent(surveyId)}/${file}?${query}`;
}

/**
 * Aggregate figures as CSV or Excel (every member), and the scored responses row by row (owners, once
 * the survey is closed): what can be had and why not is said before anyone clicks.
 */
export function Exports({ orgId, surveyId, slug, status, k, by }: Props) {
  const lang = useLang();
  const text = useText(reportText);
  return (
    <section class="card report-section no-print" aria-labelledby="report-exports-title">
      <h2 id="report-exports-title">{text.exportsTitle}</h2>
      <p>{text.exportsHelp}</p>
      <ul class="download-list">
        <li>
          <a
            class="button button-secondary"
            href={reportExportUrl(orgId, surveyId, 'report.csv', lang, by)}
            download={`${slug}-rapport.csv`}
            data-testid="report-csv"
          >
            <Icon name="download" />
            {text.csv}
          </a>
        </li>
        <li>
          <a
            class="button button-secondary"
            href={reportExportUrl(orgId, surveyId, 'report.xlsx', lang, by)}
            download={`${slug}-rapport.xlsx`}
            data-testid="report-xlsx"
          >
            <Icon name="download" />
            {text.xlsx}
          </a>
        </li>
      </ul>
      <h3>{text.responsesTitle}</h3>
      <p>{text.responsesHelp}</p>
      <RowExports
        orgId={orgId}
        surveyId={surveyId}
        status={status}
        k={k}
        kind="scores"
        files={[
          {
            url: reportExportUrl(orgId, surveyId, 'report/responses.csv', lang, null),
            filename: `${slug}-reponses-scorees.csv`,
            label: text.responsesCsv,
            testId: 'report-responses-csv',
          },
        ]}
      />
    </section>
  );
}
