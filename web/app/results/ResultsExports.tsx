import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { useApi } from '../api.ts';
import { RowExports } from '../exports/RowExports.tsx';
import type { StoredSurvey } from '../survey/SurveyFrame.tsx';
import { coordResultsText } from './text.ts';

/** The responses row by row (CSV, Excel): what can be had now and why not, said before anyone clicks. */
export function ResultsExports({ orgId, survey }: { orgId: string; survey: StoredSurvey }) {
  const text = useText(coordResultsText);
  const lang = useLang();
  const api = useApi();
  const surveyApi = api.orgs[':orgId'].surveys[':id'];
  const url = (file: URL) => `${file.pathname}${file.search}`;
  const param = { param: { orgId, id: survey.id }, query: { lang } };
  const k = survey.settings.k;
  return (
    <section aria-labelledby="exports-title" class="card results-section">
      <h2 id="exports-title">{text.exportsTitle}</h2>
      <p>{text.exportsHelp(formatNumber(lang, k))}</p>
      <p class="banner banner-info">{text.exportsNoTexts}</p>
      <RowExports
        orgId={orgId}
        surveyId={survey.id}
        status={survey.status}
        k={k}
        kind="answers"
        files={[
          { url: url(surveyApi['export.csv'].$url(param)), filename: `${survey.slug}-reponses.csv`, label: text.csv, help: text.csvHelp, testId: 'export-csv' },
          {
            url: url(surveyApi['export.xlsx'].$url(param)),
            filename: `${survey.slug}-reponses.xlsx`,
            label: text.xlsx,
            help: text.xlsxHelp,
            testId: 'export-xlsx',
          },
        ]}
      />
      <p class="muted small">{text.exportsAggregate}</p>
    </section>
  );
}
