import { surveyText } from '../../shared/i18n/survey-text.ts';
import type { QuestionOf } from '../../../schema/survey.ts';
import type { MatrixItemResult } from '../../../schema/results.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { formatPercent } from '../format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { StackedBars, type Stack } from '../charts/StackedBars.tsx';
import { DataTable, type TableRow } from '../DataTable.tsx';
import { resultsText } from '../text.ts';

type Props = { question: QuestionOf<'matrix'>; items: MatrixItemResult[]; k: number };

/** A 100 % bar per statement, and a table with the share of each point, the mean and the median per statement. */
export function MatrixView({ question, items, k }: Props) {
  const lang = useLang();
  const text = useText(resultsText);
  const { min, max } = question.scale;
  const pointLabels = new Map(question.scale.labels.map((p) => [p.value, surveyText(p.label, lang)]));
  const points: string[] = [];
  for (let value = min; value <= max; value++) points.push(pointLabels.has(value) ? `${value} – ${pointLabels.get(value)}` : String(value));
  const hidden = text.suppressedRow(formatNumber(lang, k));

  const stacks: Stack[] = [];
  const rows: TableRow[] = [];
  for (const item of question.items) {
    const label = surveyText(item.label, lang);
    const result = items.find((i) => i.id === item.id);
    if (!result || result.suppressed) {
      stacks.push({ key: item.id, label, hidden });
      rows.push({ key: item.id, header: label, cells: [...points.map(() => '–'), hidden, ''] });
      continue;
    }
    stacks.push({ key: item.id, label, segments: result.distribution.map((bar) => bar.percent) });
    rows.push({
      key: item.id,
      header: label,
      cells: [
        ...result.distribution.map((bar) => `${formatNumber(lang, bar.count)} · ${formatPercent(lang, bar.percent)}`),
        formatNumber(lang, result.mean),
        formatNumber(lang, result.median),
      ],
    });
  }

  return (
    <>
      <StackedBars stacks={stacks} legend={points} />
      <DataTable id={`r-${question.id}`} caption={text.distributionOf(surveyText(question.label, lang))} columns={[text.statement, ...points, text.mean, text.median]} rows={rows} wide />
    </>
  );
}
