import type { Withheld } from '../../schema/results.ts';
import { formatNumber } from '../shared/i18n/format.ts';
import { useLang, useText } from '../shared/i18n/lang.ts';
import type { ResultsContext } from './QuestionResults.tsx';
import { resultsText } from './text.ts';

type Props = { release: number; stale?: Withheld; context: ResultsContext; k: number };

/**
 * Says which release a question's figures come from when it is not the latest one (« chiffres de la
 * publication n° 1 du 3 mars 2026 »), and why the latest could not refresh them. Nothing otherwise.
 */
export function FigureRelease({ release, stale, context, k }: Props) {
  const lang = useLang();
  const text = useText(resultsText);
  if (release === context.release && !stale) return null;
  const why = stale === 'under_k' || stale === 'deducible' ? text.staleWhy(stale, formatNumber(lang, k)) : '.';
  return (
    <p class="result-release" data-testid="figure-release">
      {text.staleNote(formatNumber(lang, release), context.releaseDate?.(release) ?? null)}
      {why}
    </p>
  );
}
