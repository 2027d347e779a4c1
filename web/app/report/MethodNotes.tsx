import type { SurveyReport } from '../../../schema/report.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { CodeBatches } from '../share/CodeBatches.tsx';
import { reportText } from './text.ts';

/**
 * How the figures were made: instruments and their sources, scoring, cutoffs, intervals, anonymity,
 * the release rule, the participation codes issued, and the residual risk of fake responses.
 */
export function MethodNotes({ report, asksForCodes }: { report: SurveyReport; asksForCodes: boolean }) {
  const lang = useLang();
  const text = useText(reportText);
  const k = formatNumber(lang, report.k);
  const has = (id: string) => report.instruments.some((i) => i.id === id);
  return (
    <section class="card report-section report-method" aria-labelledby="method-title">
      <h2 id="method-title">{text.methodTitle}</h2>
      {report.instruments.length > 0 && (
        <>
          <h3>{text.instrumentsUsed}</h3>
          {report.instruments.map((instrument) => (
            <div key={instrument.id} class="report-source">
              <h4>{instrument.name[lang]}</h4>
              <dl class="report-dl">
                <dt>{text.citation}</dt>
                <dd>{instrument.citation}</dd>
                <dt>{text.source}</dt>
                <dd>{instrument.source[lang]}</dd>
                <dt>{text.licence}</dt>
                <dd>{instrument.licence[lang]}</dd>
              </dl>
              {!instrument.validatedTranslation.fr && <p class="report-note">{instrument.translationNote[lang]}</p>}
            </div>
          ))}
          <h3>{text.scoringTitle}</h3>
          <ul>
            {has('cbi') && <li>{text.scoringCbi}</li>}
            {has('cbi') && <li>{text.scoringMissing}</li>}
            {has('who5') && <li>{text.scoringWho5}</li>}
          </ul>
          <h3>{text.cutoffsTitle}</h3>
          <ul>
            {has('cbi') && <li>{text.cutoffCbi}</li>}
            {has('who5') && <li>{text.cutoffWho5}</li>}
            <li>{text.cutoffNote}</li>
          </ul>
          <h3>{text.intervalsTitle}</h3>
          <ul>
            <li>{text.intervalT}</li>
            <li>{text.intervalWilson}</li>
          </ul>
        </>
      )}
      <h3>{text.anonymityTitle}</h3>
      <ul>
        <li>{text.anonymityK(k)}</li>
      </ul>
      <h3>{text.releasesTitle}</h3>
      <ul>
        <li>{text.releaseRule(k)}</li>
        <li>{text.releaseAudit(k)}</li>
      </ul>
      <h3>{text.codesTitle}</h3>
      <CodeBatches id="report-batches" batches={report.participation.codeBatches} population={report.participation.invited} />
      <h3>{text.riskTitle}</h3>
      <p data-testid="report-risk">{asksForCodes ? text.riskCodes : text.riskOpen}</p>
    </section>
  );
}
