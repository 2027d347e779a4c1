import type { SurveyReport } from '../../../schema/report.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { ReleaseLine } from '../../results/ReleaseLine.tsx';
import { PopulationForm } from '../population/PopulationForm.tsx';
import { populationText } from '../population/text.ts';
import { formatRate } from './format.ts';
import { reportText } from './text.ts';

type Props = { orgId: string; surveyId: string; report: SurveyReport; canEdit: boolean; onSaved: () => Promise<void> };

/** Responses released and usable, the declared population, the response rates, and the release they describe. */
export function Participation({ orgId, surveyId, report, canEdit, onSaved }: Props) {
  const lang = useLang();
  const text = useText(reportText);
  const population = useText(populationText);
  const p = report.participation;
  const absent = (words: string) => <span class="muted">{words}</span>;
  const figure = (testId: string, value: string | null, missing = text.notEntered) =>
    value === null ? absent(missing) : <span data-testid={testId}>{value}</span>;
  return (
    <section class="card report-section" aria-labelledby="participation-title">
      <h2 id="participation-title">{text.participationTitle}</h2>
      <dl class="headline report-participation">
        <div class="headline-item">
          <dt>{text.released}</dt>
          <dd class="headline-number">{figure('report-released', formatNumber(lang, p.released))}</dd>
        </div>
        <div class="headline-item">
          <dt>{text.usable}</dt>
          <dd class="headline-number">{figure('report-usable', p.usable === null ? null : formatNumber(lang, p.usable), text.notReleased)}</dd>
        </div>
        <div class="headline-item">
          <dt>{text.invited}</dt>
          <dd class="headline-number">{figure('report-invited', p.invited === null ? null : formatNumber(lang, p.invited))}</dd>
        </div>
        <div class="headline-item">
          <dt>{text.responseRate}</dt>
          <dd class="headline-number">{figure('report-response-rate', formatRate(lang, p.responseRate))}</dd>
        </div>
        <div class="headline-item">
          <dt>{text.usableRate}</dt>
          <dd class="headline-number">{figure('report-usable-rate', formatRate(lang, p.usableRate))}</dd>
        </div>
      </dl>
      {!p.release && <p class="banner banner-info">{text.noRelease}</p>}
      <ReleaseLine release={p.release} nextReleaseAt={p.nextReleaseAt} k={report.k} />
      <p class="muted small">
        {text.usableHelp} {text.rateHelp}
      </p>
      {canEdit ? (
        <PopulationForm id="report-population" orgId={orgId} surveyId={surveyId} invited={p.invited} onSaved={onSaved} />
      ) : (
        <p class="muted no-print">{population.viewerOnly}</p>
      )}
    </section>
  );
}
