import type { ScaleFigure } from '../../../schema/report.ts';
import type { Coarse, Withheld } from '../../../schema/results.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { resultsText, type WithheldSubject } from '../../results/text.ts';
import { coarseText, withheldText } from '../../results/views/bars.ts';
import { reportText } from './text.ts';

/** The report's words for what a figure does not show: why it is hidden, or the bound it is rounded to. */
export function useFigureWords(k: number) {
  const lang = useLang();
  const text = useText(reportText);
  const shared = useText(resultsText);
  /** `group`: a group's size is what is missing; `figure` (a score): the people it would rest on. */
  const why = (reason: Withheld, subject: WithheldSubject = 'figure') => withheldText(reason, k, lang, shared, subject);
  return {
    why,
    hidden: (figure: Extract<ScaleFigure, { suppressed: true }>) => text.masked(why(figure.reason)),
    bound: (coarse: Coarse) => coarseText(coarse, lang, shared),
  };
}
