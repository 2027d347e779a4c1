import type { LiveBar, LiveQuestion } from '../../../schema/live.ts';
import { formatNumber, numberFormat } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { surveyText } from '../i18n/survey-text.ts';

export type BarRow = { key: string; label: string; value: number; /** 0–100, the bar's length. */ width: number; display: string };

/**
 * A tally's bars as rows to draw: labelled from the question's options (or the bar's own label: words,
 * scale points), as long as their share of the largest bar, with the figure written out (count and share
 * of voters for choices, points for dots and rankings, with the mean rank).
 */
export function barRows(question: LiveQuestion, bars: LiveBar[], voters: number, lang: Lang, words: { points: string; meanRank: string }): BarRow[] {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const options = 'options' in question ? question.options : [];
  const percent = numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const rows = bars.map((bar) => {
    const option = options.find((o) => o.id === bar.key);
    const label = option ? surveyText(option.label, lang) : (bar.label ?? bar.key);
    let display = formatNumber(lang, bar.value);
    if ((question.type === 'single' || question.type === 'multiple' || question.type === 'scale') && voters > 0)
      display += ` · ${percent.format(bar.value / voters)}`;
    if (question.type === 'dots') display += ` ${words.points}`;
    if (question.type === 'ranking')
      display += ` ${words.points}${bar.meanRank !== undefined ? ` · ${words.meanRank} ${formatNumber(lang, bar.meanRank, 1)}` : ''}`;
    return { key: bar.key, label, value: bar.value, width: max > 0 ? (bar.value / max) * 100 : 0, display };
  });
  // Options keep their order (a choice read from top to bottom); words, dots and rankings read best first.
  if (question.type === 'words' || question.type === 'dots' || question.type === 'ranking') rows.sort((a, b) => b.value - a.value);
  return rows;
}

/** Word-cloud sizes: 1 (smallest) to 6, by count relative to the most frequent word. */
export function wordSize(value: number, max: number): number {
  if (max <= 0) return 1;
  return 1 + Math.round((Math.sqrt(value) / Math.sqrt(max)) * 5);
}
