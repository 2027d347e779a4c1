import type { ReleaseSummary } from '../../schema/results.ts';
import { formatNumber } from '../shared/i18n/format.ts';
import { useLang, useText } from '../shared/i18n/lang.ts';
import { formatReleaseTime } from './format.ts';
import { resultsText } from './text.ts';

/** `show`: the release, when the next may come, or both (a page saying the next elsewhere shows only the release). */
type Props = { release: ReleaseSummary | null; nextReleaseAt: string | null; k: number; show?: 'both' | 'release' | 'next' };

/** Which release the figures describe (number, date, responses) and when the next one may come. */
export function ReleaseLine({ release, nextReleaseAt, k, show = 'both' }: Props) {
  const lang = useLang();
  const text = useText(resultsText);
  return (
    <div class="release-line">
      {release && show !== 'next' && (
        <p data-testid="release-line">
          <strong>
            {text.releaseLine(formatNumber(lang, release.number), formatReleaseTime(lang, release.madeAt), formatNumber(lang, release.responses))}
          </strong>
          {release.kind === 'closing' && ` (${text.releaseClosing})`}
        </p>
      )}
      {show !== 'release' && (
        <p data-testid="next-release">{nextReleaseAt ? text.nextRelease(formatReleaseTime(lang, nextReleaseAt), formatNumber(lang, k)) : text.noNextRelease}</p>
      )}
    </div>
  );
}
