import type { SurveyReport } from '../../../schema/report.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { formatRate } from './format.ts';
import { InvitedForm } from './InvitedForm.tsx';
import { reportText } from './text.ts';

type Props = { orgId: string; surveyId: string; report: SurveyReport; canEdit: boolean; onSaved: () => Promise<void> };

/** Responses received, released and usable, people invited, and the response rates. */
export function Participation({ orgId, surveyId, report, canEdit, onSaved }: Props) {
  const lang = useLang();
  const text = useText(reportText);
  const p = report.participation;
  const k = formatNumber(lang, report.k);
  const notEntered = <span class="muted">{text.notEntered}</span>;
  const figure = (testId: string, value: string | null) => (value === null ? notEntered : <span data-testid={testId}>{value}</span>);
  return (
    <section class="card report-section" aria-labelledby="participation-title">
      <h2 id="participation-title">{text.participationTitle}</h2>
      <dl class="headline report-participation">
        <div class="headline-item">
          <dt>{text.collected}</dt>
          <dd class="headline-number">{figure('report-collected', formatNumber(lang, p.collected))}</dd>
        </div>
        <div class="headline-item">
          <dt>{text.released}</dt>
          <dd class="headline-number">{figure('report-released', formatNumber(lang, p.released))}</dd>
        </div>
        <div class="headline-item">
          <dt>{text.usable}</dt>
          <dd class="headline-number">{figure('report-usable', formatNumber(lang, p.usable))}</dd>
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
      <p class="released-note">{text.releasedHelp(k, formatNumber(lang, p.released), formatNumber(lang, p.collected))}</p>
      <p class="muted small">
        {text.usableHelp} {text.rateHelp}
      </p>
      {canEdit ? <InvitedForm orgId={orgId} surveyId={surveyId} invited={p.invited} onSaved={onSaved} /> : <p class="muted no-print">{text.viewerInvited}</p>}
    </section>
  );
}
