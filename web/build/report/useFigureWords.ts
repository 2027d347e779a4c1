import type { ScaleFigure } from '../../../schema/report.ts';
import type { Coarse, Withheld } from '../../../schema/results.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { resultsText } from '../../results/text.ts';
import { coarseText, withheldText } from '../../results/views/bars.ts';
import { reportText } from './text.ts';

/** The report's words for what a figure does not show: why it is hidden, or the bound it is rounded to. */
export function useFigureWords(k: number) {
  const lang = useLang();
  const text = useText(reportText);
  const shared = useText(resultsText);
  const why = (reason: Withheld) => withheldText(reason, k, lang, shared);
  return {
    why,
    hidden: (figure: Extract<ScaleFigure, { suppressed: true }>) => text.masked(why(figure.reason)),
    bound: (coarse: Coarse) => coarseText(coarse, lang, shared),
  };
}
