import type { ReportScale, ScaleFigure } from '../../../schema/report.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { figureCells } from './format.ts';
import { reportText } from './text.ts';
import { useFigureWords } from './useFigureWords.ts';

/** `latest`: the release the report describes; left out (another wave), no release is named. */
type Props = { figure: ScaleFigure; k: number; latest?: number | null };

/**
 * The three cells of a scale's figure in a table (n, mean [CI], share [CI]), or one cell across them
 * saying why it is hidden. A figure kept from an earlier release names it.
 */
export function FigureCells({ figure, k, latest }: Props) {
  const lang = useLang();
  const text = useText(reportText);
  const words = useFigureWords(k);
  const cells = figureCells(lang, figure, (coarse) => text.bound(words.bound(coarse)));
  if (!cells || figure.suppressed)
    return (
      <td colSpan={3} class="cell-hidden">
        {figure.suppressed ? words.hidden(figure) : ''}
      </td>
    );
  const older = latest !== undefined && figure.release !== latest;
  return (
    <>
      <td class="num">
        {cells.n}
        {older && <span class="report-older"> ({text.figureRelease(formatNumber(lang, figure.release))})</span>}
      </td>
      <td class="num">{cells.mean}</td>
      <td class="num">{cells.share}</td>
    </>
  );
}

/** The column headers that go with FigureCells; `past` names the side of the cutoff the share counts (« à 50 ou moins »). */
export function FigureHeaders({ past }: { past: string }) {
  const text = useText(reportText);
  return (
    <>
      <th scope="col">{text.n}</th>
      <th scope="col">{text.mean}</th>
      <th scope="col">{text.share(past)}</th>
    </>
  );
}

/** « à 50 ou plus » (CBI), « à 50 ou moins » (WHO-5): what a scale's share past its cutoff counts. */
export function usePastCutoff(): (cutoff: ReportScale['cutoff']) => string {
  const lang = useLang();
  const text = useText(reportText);
  return (cutoff) => text.pastCutoff(cutoff.rule, formatNumber(lang, cutoff.value));
}
