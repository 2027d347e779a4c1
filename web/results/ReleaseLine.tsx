import type { ReleaseSummary } from '../../schema/results.ts';
import { formatNumber } from '../shared/i18n/format.ts';
import { useLang, useText } from '../shared/i18n/lang.ts';
import { formatReleaseTime } from './format.ts';
import { resultsText } from './text.ts';

type Props = { release: ReleaseSummary | null; nextReleaseAt: string | null; k: number };

/** Which release the figures describe (number, date, responses) and when the next one may come. */
export function ReleaseLine({ release, nextReleaseAt, k }: Props) {
  const lang = useLang();
  const text = useText(resultsText);
  return (
    <div class="release-line" data-testid="release-line">
      {release && (
        <p>
          <strong>{text.releaseLine(formatNumber(lang, release.number), formatReleaseTime(lang, release.madeAt), formatNumber(lang, release.responses))}</strong>
          {release.kind === 'closing' && ` (${text.releaseClosing})`}
        </p>
      )}
      <p data-testid="next-release">{nextReleaseAt ? text.nextRelease(formatReleaseTime(lang, nextReleaseAt), formatNumber(lang, k)) : text.noNextRelease}</p>
    </div>
  );
}
