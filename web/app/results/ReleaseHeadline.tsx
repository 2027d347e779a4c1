import type { SurveyResults } from '../../../schema/results.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { ReleaseLine } from '../../results/ReleaseLine.tsx';
import { resultsText } from '../../results/text.ts';
import { Link } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { coordResultsText } from './text.ts';

type Props = { orgId: string; surveyId: string; results: SurveyResults };

/** What the figures describe: the latest release (never a live total), the threshold, and when the next release may come. */
export function ReleaseHeadline({ orgId, surveyId, results }: Props) {
  const text = useText(coordResultsText);
  const shared = useText(resultsText);
  const lang = useLang();
  const k = formatNumber(lang, results.k);
  return (
    <section aria-labelledby="summary-title" class="results-section">
      <h2 id="summary-title" class="sr-only">
        {text.summaryTitle}
      </h2>
      {results.release ? (
        <dl class="headline">
          <div class="headline-item">
            <dt>{text.released}</dt>
            <dd class="headline-number" data-testid="released-responses">
              {formatNumber(lang, results.responses)}
            </dd>
          </div>
          <div class="headline-item">
            <dt>{text.k}</dt>
            <dd>
              <span class="headline-number">{k}</span> {text.people}
            </dd>
          </div>
        </dl>
      ) : (
        <div class="banner banner-info" data-testid="no-release">
          <p>
            <strong>{text.noReleaseTitle}.</strong> {text.noRelease(k)}
          </p>
          <p>
            <Link href={paths.survey(orgId, surveyId, 'share')}>{text.shareLink}</Link>
          </p>
        </div>
      )}
      {/* When the next release may come is said with the participation, just below. */}
      <ReleaseLine release={results.release} nextReleaseAt={results.nextReleaseAt} k={results.k} show="release" />
      <p class="released-note">{shared.releaseRule(k)}</p>
    </section>
  );
}
