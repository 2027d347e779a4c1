import type { ReportInstrument } from '../../../schema/report.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { meanRow, shareRow } from './chartRows.ts';
import { FigureCells, FigureHeaders, usePastCutoff } from './FigureCells.tsx';
import { formatProportion, formatScore } from './format.ts';
import { IntervalChart } from './IntervalChart.tsx';
import { reportText } from './text.ts';
import { useFigureWords } from './useFigureWords.ts';

/** One instrument: its name and status, a chart of its scales' means and one of the shares past the cutoff, and their table. */
export function InstrumentScores({ instrument, k, latest }: { instrument: ReportInstrument; k: number; latest: number | null }) {
  const lang = useLang();
  const text = useText(reportText);
  const name = instrument.name[lang];
  const id = `instrument-${instrument.id}`;
  const figureWords = useFigureWords(k);
  const scales = instrument.scales;
  // The instrument's scales share a cutoff (CBI ≥ 50, WHO-5 ≤ 50): one line on the chart of means.
  const cutoff = scales[0]?.cutoff;
  const sameCutoff = cutoff && scales.every((s) => s.cutoff.value === cutoff.value && s.cutoff.rule === cutoff.rule);
  const pastCutoff = usePastCutoff();
  const past = sameCutoff ? pastCutoff(cutoff) : text.shareMixed;
  const words = (kind: 'mean' | 'share') =>
    scales
      .map((scale) => {
        const label = scale.name[lang];
        const figure = scale.overall;
        if (figure.suppressed) return text.scoreMasked(label, figureWords.why(figure.reason));
        const n = formatNumber(lang, figure.n);
        if (kind === 'share') {
          const share = figure.cutoff;
          if ('coarse' in share) return text.scoreBound(label, figureWords.bound(share.coarse), n);
          return text.scorePoint(label, formatProportion(lang, share.proportion), formatProportion(lang, share.lower), formatProportion(lang, share.upper), n);
        }
        return text.scorePoint(
          label,
          formatScore(lang, figure.mean),
          formatScore(lang, figure.lower ?? figure.mean),
          formatScore(lang, figure.upper ?? figure.mean),
          n,
        );
      })
      .join(lang === 'fr' ? ' ; ' : '; ');

  return (
    <section class="card report-section report-instrument" aria-labelledby={`${id}-title`} data-testid={id}>
      <h3 id={`${id}-title`}>{name}</h3>
      <p class="report-badges">
        {/* What is validated (the instrument) and what is not (this French wording), side by side. */}
        {instrument.status === 'intact' ? (
          <span class="report-badge report-badge-ok">{text.validated}</span>
        ) : (
          <span class="report-badge report-badge-warn">{text.altered}</span>
        )}
        {instrument.validatedTranslation.fr ? (
          <span class="report-badge report-badge-ok">{text.officialFrench}</span>
        ) : (
          <span class="report-badge report-badge-warn">{text.translation}</span>
        )}
      </p>
      {!instrument.validatedTranslation.fr && <p class="report-note">{instrument.translationNote[lang]}</p>}
      {instrument.status === 'altered' ? (
        <p class="banner banner-info">{text.alteredHelp}</p>
      ) : (
        <>
          <div class="report-charts">
            <div class="report-chart">
              <h4>{text.meanShort}</h4>
              <IntervalChart
                id={`${id}-means`}
                label={text.meanChart(name)}
                description={text.meanChartDesc(words('mean'))}
                rows={scales.map((scale) => meanRow(scale.key, scale.name[lang], scale.overall, figureWords.hidden))}
                axis={text.axisScore}
                cutoff={sameCutoff ? { value: cutoff.value, label: `${text.cutoffLine} ${formatNumber(lang, cutoff.value)}` } : undefined}
              />
            </div>
            <div class="report-chart">
              <h4>{text.shareShort(past)}</h4>
              <IntervalChart
                id={`${id}-shares`}
                label={text.shareChart(name, past)}
                description={text.shareChartDesc(past, words('share'))}
                rows={scales.map((scale) => shareRow(scale.key, scale.name[lang], scale.overall, figureWords.hidden))}
                axis={text.axisShare}
                percent
              />
            </div>
          </div>
          <div class="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
            <table class="data-table report-table" data-testid={`${id}-table`}>
              <caption id={`${id}-caption`}>{text.tableCaption(name)}</caption>
              <thead>
                <tr>
                  <th scope="col">{text.scale}</th>
                  <th scope="col" class="report-cutoff">
                    {text.cutoff}
                  </th>
                  <FigureHeaders past={past} />
                </tr>
              </thead>
              <tbody>
                {scales.map((scale) => (
                  <tr key={scale.key}>
                    <th scope="row">
                      {scale.name[lang]}
                      <span class="report-direction">{scale.direction === 'higher_is_worse' ? text.higherWorse : text.higherBetter}</span>
                    </th>
                    <td class="report-cutoff">{scale.cutoff.meaning[lang]}</td>
                    <FigureCells figure={scale.overall} k={k} latest={latest} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
