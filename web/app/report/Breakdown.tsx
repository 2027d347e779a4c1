import { useEffect, useState } from 'preact/hooks';
import type { SurveyReport } from '../../../schema/report.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { LiveStatus } from '../ui/Alert.tsx';
import { FigureCells, FigureHeaders, usePastCutoff } from './FigureCells.tsx';
import { reportText } from './text.ts';
import { useFigureWords } from './useFigureWords.ts';

type Props = { report: SurveyReport; by: string | null; onBy: (by: string | null) => void; busy: boolean };

/** Scores by group of a breakdown question: a labelled choice, then one table per scale. */
export function Breakdown({ report, by, onBy, busy }: Props) {
  const lang = useLang();
  const text = useText(reportText);
  const [choice, setChoice] = useState(by ?? '');
  useEffect(() => setChoice(by ?? ''), [by]);
  const k = formatNumber(lang, report.k);
  const words = useFigureWords(report.k);
  const latest = report.participation.release?.number ?? null;
  const breakdown = report.breakdown;
  const question = breakdown ? surveyText(breakdown.label, lang) : '';
  const scales = report.instruments.filter((i) => i.status === 'intact').flatMap((i) => i.scales);
  const pastCutoff = usePastCutoff();
  return (
    // On paper, the section shows only once a comparison is chosen: its form does not print.
    <section class={breakdown ? 'card report-section' : 'card report-section no-print'} aria-labelledby="breakdown-title" aria-busy={busy ? 'true' : undefined}>
      <h2 id="breakdown-title">{text.breakdownTitle}</h2>
      {report.breakdowns.length === 0 ? (
        <p class="muted">{text.noBreakdown}</p>
      ) : (
        <>
          <p id="breakdown-help">{text.breakdownHelp(k)}</p>
          <form
            class="inline-form no-print"
            onSubmit={(event) => {
              event.preventDefault();
              onBy(choice || null);
            }}
          >
            <div class="field">
              <label for="breakdown-select" class="field-label">
                {text.breakdownLabel}
              </label>
              <select
                id="breakdown-select"
                class="input select"
                value={choice}
                aria-describedby="breakdown-help"
                onChange={(event) => setChoice(event.currentTarget.value)}
              >
                <option value="">{text.breakdownNone}</option>
                {report.breakdowns.map((b) => (
                  <option key={b.question} value={b.question}>
                    {surveyText(b.label, lang)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" class="button" disabled={busy}>
              {text.breakdownShow}
            </button>
          </form>
          <LiveStatus message={breakdown && !busy ? text.breakdownShown(question) : ''} />
          {breakdown &&
            scales.map((scale) => {
              const id = `breakdown-${scale.key.replace('.', '-')}`;
              const caption = text.breakdownCaption(scale.name[lang], question);
              return (
                <div key={scale.key} class="table-scroll report-block" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
                  <table class="data-table report-table" data-testid={id}>
                    <caption id={`${id}-caption`}>{caption}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{text.group}</th>
                        <th scope="col">{text.respondents}</th>
                        <FigureHeaders past={pastCutoff(scale.cutoff)} />
                      </tr>
                    </thead>
                    <tbody>
                      {breakdown.groups.map((group) => (
                        <tr key={group.option}>
                          <th scope="row">{surveyText(group.label, lang)}</th>
                          {group.respondents === null ? (
                            <td colSpan={4} class="cell-hidden">
                              {text.maskedGroup(words.why(group.withheld ?? 'under_k', 'group'))}
                            </td>
                          ) : (
                            <>
                              <td class="num">{formatNumber(lang, group.respondents)}</td>
                              <FigureCells
                                figure={group.scales[scale.key] ?? { suppressed: true, reason: group.withheld ?? 'under_k' }}
                                k={report.k}
                                latest={latest}
                              />
                            </>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              );
            })}
        </>
      )}
    </section>
  );
}
