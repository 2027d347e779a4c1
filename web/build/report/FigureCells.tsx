import type { ScaleFigure } from '../../../schema/report.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { figureCells } from './format.ts';
import { reportText } from './text.ts';

/** The three cells of a scale's figure in a table (n, mean [CI], share [CI]), or one masked cell across them. */
export function FigureCells({ figure, k }: { figure: ScaleFigure; k: number }) {
  const lang = useLang();
  const text = useText(reportText);
  const cells = figureCells(lang, figure);
  if (!cells)
    return (
      <td colSpan={3} class="cell-hidden">
        {text.masked(formatNumber(lang, k))}
      </td>
    );
  return (
    <>
      <td class="num">{cells.n}</td>
      <td class="num">{cells.mean}</td>
      <td class="num">{cells.share}</td>
    </>
  );
}

/** The column headers that go with FigureCells. */
export function FigureHeaders() {
  const text = useText(reportText);
  return (
    <>
      <th scope="col">{text.n}</th>
      <th scope="col">{text.mean}</th>
      <th scope="col">{text.share}</th>
    </>
  );
}
