import type { MatrixItemResult } from '../../../schema/results.ts';
import type { QuestionOf } from '../../../schema/survey.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { StackedBars, type Stack } from '../charts/StackedBars.tsx';
import { DataTable, type TableRow } from '../DataTable.tsx';
import { FiguresDisclosure } from '../FiguresDisclosure.tsx';
import { formatPercent } from '../format.ts';
import { resultsText } from '../text.ts';
import { coarseText, withheldText } from './bars.ts';

type Props = { question: QuestionOf<'matrix'>; items: MatrixItemResult[]; k: number; release: number };

/**
 * A 100 % bar per statement, and a table (on demand) with the share of each point, the mean and the median per
 * statement. A statement is released, withheld or rounded to a bound on its own; one released earlier
 * than the question says which release it comes from.
 */
export function MatrixView({ question, items, k, release }: Props) {
  const lang = useLang();
  const text = useText(resultsText);
  const { min, max } = question.scale;
  const pointLabels = new Map(question.scale.labels.map((p) => [p.value, surveyText(p.label, lang)]));
  const points: string[] = [];
  for (let value = min; value <= max; value++) points.push(pointLabels.has(value) ? `${value} – ${pointLabels.get(value)}` : String(value));

  const stacks: Stack[] = [];
  const rows: TableRow[] = [];
  let coarse = false;
  for (const item of question.items) {
    const result = items.find((i) => i.id === item.id);
    const base = surveyText(item.label, lang);
    if (!result || result.suppressed) {
      const hidden = text.hiddenCell(withheldText(result?.suppressed ? result.reason : 'under_k', k, lang, text));
      stacks.push({ key: item.id, label: base, hidden });
      rows.push({ key: item.id, header: base, cells: [{ text: hidden, span: points.length + 2 }] });
      continue;
    }
    const label = result.release === release ? base : `${base} ${text.rowRelease(formatNumber(lang, result.release))}`;
    const bounds = result.distribution.filter((bar) => bar.coarse);
    coarse ||= bounds.length > 0;
    const cells = result.distribution.map((bar) =>
      bar.coarse
        ? coarseText(bar.coarse, lang, text)
        : bar.count === null || bar.percent === null
          ? text.notPublished
          : `${formatNumber(lang, bar.count)} · ${formatPercent(lang, bar.percent)}`,
    );
    // A rounded statement has no exact segments to draw: its bounds are written instead.
    const dominant = result.distribution.findIndex((bar) => bar.coarse && 'atLeast' in bar.coarse);
    if (bounds.length > 0) stacks.push({ key: item.id, label, hidden: dominant >= 0 ? `${points[dominant]} — ${cells[dominant]}` : cells.join(' · ') });
    else stacks.push({ key: item.id, label, segments: result.distribution.map((bar) => bar.percent ?? 0) });
    rows.push({
      key: item.id,
      header: label,
      cells: [
        ...cells,
        result.mean === null ? text.meanHidden : formatNumber(lang, result.mean),
        result.median === null ? text.meanHidden : formatNumber(lang, result.median),
      ],
    });
  }

  const caption = text.distributionOf(surveyText(question.label, lang));
  return (
    <>
      <StackedBars stacks={stacks} legend={points} label={text.chartOf(caption)} />
      {coarse && <p class="result-note">{text.coarseNote}</p>}
      <FiguresDisclosure>
        <DataTable id={`r-${question.id}`} caption={caption} columns={[text.statement, ...points, text.mean, text.median]} rows={rows} wide />
      </FiguresDisclosure>
    </>
  );
}
