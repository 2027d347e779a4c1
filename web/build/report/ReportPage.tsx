import { useState } from 'preact/hooks';
import type { Role } from '../../../schema/accounts.ts';
import { asksForCodes } from '../../../schema/participation.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { Link } from '../frame/router.tsx';
import { roleAllows } from '../roles.ts';
import { paths } from '../routes.ts';
import { SurveyFrame, type StoredSurvey } from '../survey/SurveyFrame.tsx';
import { Icon } from '../ui/Icon.tsx';
import { LoadError } from '../ui/LoadError.tsx';
import { Breakdown } from './Breakdown.tsx';
import { Exports } from './Exports.tsx';
import { InstrumentScores } from './InstrumentScores.tsx';
import { ItemDistributions } from './ItemDistributions.tsx';
import { MethodNotes } from './MethodNotes.tsx';
import { Participation } from './Participation.tsx';
import { reportText } from './text.ts';
import { useReport } from './useReport.ts';
import { Waves } from './Waves.tsx';
import './report.css';

/** `/app/o/:orgId/s/:surveyId/report`: the scored report of a survey carrying validated instruments, printable on A4. */
export function ReportPage({ orgId, surveyId }: { orgId: string; surveyId: string }) {
  const text = useText(reportText);
  return (
    <SurveyFrame orgId={orgId} surveyId={surveyId} page="report" pageTitle={text.pageTitle}>
      {(survey, role) => <Report orgId={orgId} survey={survey} role={role} />}
    </SurveyFrame>
  );
}

function Report({ orgId, survey, role }: { orgId: string; survey: StoredSurvey; role: Role }) {
  const text = useText(reportText);
  const lang = useLang();
  const [by, setBy] = useState<string | null>(null);
  const [state, reload] = useReport(orgId, survey.id, by);
  const report = state.report;

  if (!report) return state.failed ? <LoadError message={state.failed} onRetry={() => void reload()} /> : <Loading />;
  const intact = report.instruments.some((i) => i.status === 'intact');
  const latest = report.participation.release?.number ?? null;
  return (
    <div class="report" data-testid="report">
      <p class="print-only report-print-title">{text.printTitle(surveyText(survey.title, lang))}</p>
      <div class="report-toolbar no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          <Icon name="print" />
          {text.print}
        </button>
        <p class="muted small">{text.printHelp}</p>
      </div>
      {state.failed && <LoadError message={state.failed} onRetry={() => void reload()} />}

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
          <ItemDistributions report={report} survey={survey} />
        </>
      )}
      <MethodNotes report={report} asksForCodes={asksForCodes(survey)} />
      <Exports orgId={orgId} surveyId={survey.id} slug={survey.slug} status={survey.status} k={report.k} by={by} />
    </div>
  );
}
