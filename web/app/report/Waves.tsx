import type { SurveyReport } from '../../../schema/report.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { meanRow } from './chartRows.ts';
import { FigureCells, FigureHeaders, usePastCutoff } from './FigureCells.tsx';
import { formatMean } from './format.ts';
import { IntervalChart } from './IntervalChart.tsx';
import { reportText } from './text.ts';
import { useFigureWords } from './useFigureWords.ts';

/** Each scale across the waves of the series: a chart of the means and a table, this report's wave in bold. */
export function Waves({ report }: { report: SurveyReport }) {
  const lang = useLang();
  const text = useText(reportText);
  const figureWords = useFigureWords(report.k);
  const latest = report.participation.release?.number ?? null;
  const missing = { suppressed: true as const, reason: 'under_k' as const };
  const scales = report.instruments.filter((i) => i.status === 'intact').flatMap((i) => i.scales);
  const pastCutoff = usePastCutoff();
  const waveLabel = (wave: SurveyReport['waves'][number]) => text.waveName(formatNumber(lang, wave.wave));
  return (
    <section class="card report-section" aria-labelledby="waves-title" data-testid="report-waves">
      <h2 id="waves-title">{text.wavesTitle}</h2>
      <p>{report.waves.length > 1 ? text.wavesHelp : text.wavesOne(report.slug.replace(/-vague-\d+$/, ''))}</p>
      {scales.map((scale) => {
        const id = `waves-${scale.key.replace('.', '-')}`;
        const name = scale.name[lang];
        const words = report.waves
          .map((wave) => {
            const figure = wave.scales[scale.key] ?? missing;
            return figure.suppressed
              ? text.scoreMasked(waveLabel(wave), figureWords.why(figure.reason))
              : `${waveLabel(wave)}${lang === 'fr' ? ' : ' : ': '}${formatMean(lang, figure)}, ${text.nOf(formatNumber(lang, figure.n))}`;
          })
          .join(lang === 'fr' ? ' ; ' : '; ');
        return (
          <div key={scale.key} class="report-block">
            <h3>{name}</h3>
            {report.waves.length > 1 && (
              <IntervalChart
                id={`${id}-chart`}
                label={text.wavesChart(name)}
                description={text.meanChartDesc(words)}
                rows={report.waves.map((wave) => meanRow(wave.surveyId, waveLabel(wave), wave.scales[scale.key] ?? missing, figureWords.hidden, wave.current))}
                axis={text.axisScore}
                cutoff={{ value: scale.cutoff.value, label: `${text.cutoffLine} ${formatNumber(lang, scale.cutoff.value)}` }}
              />
            )}
            <div class="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
              <table class="data-table report-table" data-testid={id}>
                <caption id={`${id}-caption`}>{text.wavesCaption(name)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{text.wave}</th>
                    <th scope="col">{text.responses}</th>
                    <FigureHeaders past={pastCutoff(scale.cutoff)} />
                  </tr>
                </thead>
                <tbody>
                  {report.waves.map((wave) => (
                    <tr key={wave.surveyId} class={wave.current ? 'row-current' : undefined} aria-current={wave.current ? 'true' : undefined}>
                      <th scope="row">
                        {waveLabel(wave)} – {surveyText(wave.title, lang)}
                        {wave.current && <> {text.thisWave}</>}
                      </th>
                      <td class="num">{formatNumber(lang, wave.released)}</td>
                      <FigureCells figure={wave.scales[scale.key] ?? missing} k={report.k} latest={wave.current ? latest : undefined} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </section>
  );
}
