import { useEffect } from 'preact/hooks';
import type { Role } from '../../../schema/accounts.ts';
import { asksForCodes } from '../../../schema/participation.ts';
import type { SurveyReport } from '../../../schema/report.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { Link } from '../frame/router.tsx';
import { useMe } from '../frame/me.ts';
import { roleAllows } from '../roles.ts';
import { paths } from '../routes.ts';
import { SurveyFrame, type StoredSurvey } from '../survey/SurveyFrame.tsx';
import { Icon } from '../ui/Icon.tsx';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { Breakdown } from './Breakdown.tsx';
import { Exports } from './Exports.tsx';
import { InstrumentScores } from './InstrumentScores.tsx';
import { ItemDistributions } from './ItemDistributions.tsx';
import { itemQuestions } from './itemQuestions.ts';
import { MethodNotes } from './MethodNotes.tsx';
import { Participation } from './Participation.tsx';
import { ReportContents, type ReportSection } from './ReportContents.tsx';
import { ReportCover } from './ReportCover.tsx';
import { reportText } from './text.ts';
import { useBreakdownParam } from './useBreakdownParam.ts';
import { usePrintFooter } from './usePrintFooter.ts';
import { useReleaseDates } from './useReleaseDates.ts';
import { useReport } from './useReport.ts';
import { Waves } from './Waves.tsx';
import './report.css';
import './report-print.css';

/** `/app/o/:orgId/s/:surveyId/report[?by=]`: the scored report of a survey carrying validated instruments; on paper, an A4 document. */
export function ReportPage({ orgId, surveyId }: { orgId: string; surveyId: string }) {
  const text = useText(reportText);
  return (
    <SurveyFrame orgId={orgId} surveyId={surveyId} page="report" pageTitle={text.pageTitle}>
      {(survey, role) => <Report orgId={orgId} survey={survey} role={role} />}
    </SurveyFrame>
  );
}

/** The sections the printed report holds, in order, as its contents list them. */
function printedSections(report: SurveyReport, items: boolean, text: (typeof reportText)['fr'], lang: 'fr' | 'en'): ReportSection[] {
  const intact = report.instruments.some((i) => i.status === 'intact');
  const sections: ReportSection[] = [{ id: 'participation-title', title: text.participationTitle }];
  if (report.instruments.length === 0) sections.push({ id: 'report-empty-title', title: text.emptyTitle });
  else {
    sections.push({
      id: 'scores-title',
      title: text.instrumentsTitle,
      parts: report.instruments.map((i) => ({ id: `instrument-${i.id}-title`, title: i.name[lang] })),
    });
    if (intact && report.breakdown) sections.push({ id: 'breakdown-title', title: text.breakdownTitle });
    if (intact) sections.push({ id: 'waves-title', title: text.wavesTitle });
    if (items) sections.push({ id: 'items-title', title: text.itemsTitle });
  }
  sections.push({ id: 'method-title', title: text.methodTitle });
  return sections;
}

function Report({ orgId, survey, role }: { orgId: string; survey: StoredSurvey; role: Role }) {
  const text = useText(reportText);
  const lang = useLang();
  const [by, setBy] = useBreakdownParam();
  const [state, reload] = useReport(orgId, survey.id, by);
  // An address naming a question that is not a breakdown (any more): the report without comparison.
  useEffect(() => {
    if (state.failed && by) setBy(null);
  }, [state.failed]);
  const releaseDates = useReleaseDates(orgId, survey.id);
  const organisation = useMe()?.organisations.find((o) => o.id === orgId)?.name ?? '';
  const title = surveyText(survey.title, lang);
  usePrintFooter(organisation ? `${organisation} — ${title}` : title);
  const report = state.report;

  if (!report) return state.failed ? <LoadError inPage message={state.failed} onRetry={() => void reload()} /> : <Loading />;
  const intact = report.instruments.some((i) => i.status === 'intact');
  const latest = report.participation.release?.number ?? null;
  const items = itemQuestions(report, survey);
  return (
    <div class="report" data-testid="report">
      <ReportCover
        organisation={organisation}
        survey={title}
        report={report}
        releaseDates={releaseDates}
        breakdown={report.breakdown ? surveyText(report.breakdown.label, lang) : null}
      />
      <ReportContents sections={printedSections(report, items.length > 0, text, lang)} />
      <div class="report-toolbar no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          <Icon name="print" />
          {text.print}
        </button>
        <p class="muted small">{text.printHelp}</p>
      </div>
      {state.failed && <LoadError inPage message={state.failed} onRetry={() => void reload()} />}

      <Participation orgId={orgId} surveyId={survey.id} report={report} canEdit={roleAllows(role, 'editor')} onSaved={reload} />

      {report.instruments.length === 0 ? (
        <section class="card report-section" aria-labelledby="report-empty-title" data-testid="report-empty">
          <h2 id="report-empty-title">{text.emptyTitle}</h2>
          <p>{text.empty}</p>
          <p class="no-print">
            <Link class="button button-secondary" href={paths.survey(orgId, survey.id, 'results')}>
              {text.resultsLink}
            </Link>
          </p>
        </section>
      ) : (
        <>
          <section class="report-section" aria-labelledby="scores-title">
            <h2 id="scores-title">{text.instrumentsTitle}</h2>
            {report.instruments.map((instrument) => (
              <InstrumentScores key={instrument.id} instrument={instrument} k={report.k} latest={latest} />
            ))}
          </section>
          {intact && <Breakdown report={report} by={by} onBy={setBy} busy={state.busy} />}
          {intact && <Waves report={report} />}
          <ItemDistributions report={report} shown={items} />
        </>
      )}
      <MethodNotes report={report} asksForCodes={asksForCodes(survey)} />
      <Exports orgId={orgId} surveyId={survey.id} slug={survey.slug} status={survey.status} k={report.k} by={by} />
    </div>
  );
}
