import type { InferResponseType } from 'hono/client';
import type { Api } from '../../shared/api/client.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { formatHour, formatReleaseTime } from '../../results/format.ts';
import { ReleaseLine } from '../../results/ReleaseLine.tsx';
import { Link } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { coordResultsText } from './text.ts';

/** Fewer releases than this still draw as narrow columns, on the left. */
const MIN_COLUMNS = 8;

export type Activity = InferResponseType<Api['orgs'][':orgId']['surveys'][':id']['activity']['$get'], 200>;

type Props = { orgId: string; activity: Activity; canChangeHour: boolean };

/**
 * Participation release by release: SVG columns of the total each release published, the part it added
 * in the darker shade (decorative, hidden from assistive technology), above the table that carries the
 * same figures; then when the next release may come, and the organisation's publication hour.
 */
export function ReleaseActivity({ orgId, activity, canChangeHour }: Props) {
  const lang = useLang();
  const text = useText(coordResultsText);
  const { releases, k } = activity;
  const columns = Math.max(releases.length, MIN_COLUMNS);
  const width = 40;
  const height = 120;
  const max = Math.max(k, ...releases.map((r) => r.responses));
  const y = (n: number) => height + 1 - (height * n) / max;
  return (
    <section aria-labelledby="activity-title" class="card results-section">
      <h2 id="activity-title">{text.activityTitle}</h2>
      {releases.length === 0 ? (
        <p class="muted" data-testid="activity-empty">
          {text.activityEmpty}
        </p>
      ) : (
        <div class="activity">
          <div class="activity-chart" aria-hidden="true">
            <svg viewBox={`0 0 ${columns * width} ${height + 2}`} preserveAspectRatio="none" class="activity-svg" focusable="false">
              <line x1="0" y1={height + 1} x2={columns * width} y2={height + 1} class="activity-axis" />
              {releases.map((release, index) => (
                <g key={release.number}>
                  <rect
                    x={index * width + 4}
                    y={y(release.responses - release.added)}
                    width={width - 8}
                    height={height + 1 - y(release.responses - release.added)}
                    class="activity-bar-before"
                  />
                  <rect
                    x={index * width + 4}
                    y={y(release.responses)}
                    width={width - 8}
                    height={y(release.responses - release.added) - y(release.responses)}
                    class="activity-bar"
                  />
                </g>
              ))}
            </svg>
            <p class="activity-legend">
              <span class="activity-swatch activity-swatch-before" /> {text.legendBefore} <span class="activity-swatch activity-swatch-added" />{' '}
              {text.legendAdded}
            </p>
          </div>
          <div class="table-scroll table-scroll-short" role="region" aria-labelledby="activity-caption" tabIndex={0}>
            <table class="data-table" data-testid="activity-table">
              <caption id="activity-caption" class="sr-only">
                {text.activityCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{text.releaseColumn}</th>
                  <th scope="col">{text.dateColumn}</th>
                  <th scope="col">{text.addedColumn}</th>
                  <th scope="col">{text.totalColumn}</th>
                </tr>
              </thead>
              <tbody>
                {releases.map((release) => (
                  <tr key={release.number}>
                    <th scope="row">
                      {text.releaseNumber(formatNumber(lang, release.number))}
                      {release.kind === 'closing' && ` ${text.closingRelease}`}
                    </th>
                    <td>{formatReleaseTime(lang, release.madeAt)}</td>
                    <td>{formatNumber(lang, release.added)}</td>
                    <td>{formatNumber(lang, release.responses)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <p class="muted small">{text.activityHelp(formatNumber(lang, k))}</p>
      <ReleaseLine release={null} nextReleaseAt={activity.nextReleaseAt} k={k} show="next" />
      <p data-testid="release-hour">
        {text.releaseHour(formatHour(lang, activity.releaseHour))}
        {canChangeHour && (
          <>
            {' '}
            <Link href={paths.members(orgId)}>{text.releaseHourLink}</Link>
          </>
        )}
      </p>
    </section>
  );
}
