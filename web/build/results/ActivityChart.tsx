import { formatNumber } from '../../shared/i18n/format.ts';
import { localeOf, useLang, useText } from '../../shared/i18n/lang.ts';
import { coordResultsText } from './text.ts';

export type Day = { day: string; count: number | null };

/** Fewer days than this still draw as narrow columns, on the left. */
const MIN_COLUMNS = 14;
/** Beyond this span, days without responses are not drawn as gaps (the chart would be all gaps). */
const MAX_SPAN = 120;

/** The days in calendar order with empty slots for days without responses (which the API leaves out). */
function timeline(days: Day[]): (Day | null)[] {
  if (days.length < 2) return days;
  const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
  const first = toTime(days[0]!.day);
  const span = Math.round((toTime(days.at(-1)!.day) - first) / 86_400_000) + 1;
  if (span > MAX_SPAN) return days;
  const slots: (Day | null)[] = Array.from({ length: span }, () => null);
  for (const day of days) slots[Math.round((toTime(day.day) - first) / 86_400_000)] = day;
  return slots;
}

const dayFormat = (lang: 'fr' | 'en', day: string, options: Intl.DateTimeFormatOptions) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(localeOf(lang), { ...options, timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d!));
};

/**
 * Responses per day: simple SVG columns (decorative, hidden from assistive technology) above the
 * accessible table that carries the same figures. Hidden days are drawn as low hatched columns.
 */
export function ActivityChart({ days, k }: { days: Day[]; k: number }) {
  const lang = useLang();
  const text = useText(coordResultsText);
  const kText = formatNumber(lang, k);
  const max = Math.max(k, ...days.map((d) => d.count ?? 0));
  const slots = timeline(days);
  const columns = Math.max(slots.length, MIN_COLUMNS);
  const width = 24;
  const height = 120;
  const hiddenHeight = Math.max(6, (height * (k - 1)) / max / 2);
  const hasHidden = days.some((d) => d.count === null);
  return (
    <div class="activity">
      <div class="activity-chart" aria-hidden="true">
        <svg viewBox={`0 0 ${columns * width} ${height + 2}`} preserveAspectRatio="none" class="activity-svg" focusable="false">
          <defs>
            <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" class="activity-hatch-bg" />
              <line x1="0" y1="0" x2="0" y2="6" class="activity-hatch-line" />
            </pattern>
          </defs>
          <line x1="0" y1={height + 1} x2={columns * width} y2={height + 1} class="activity-axis" />
          {slots.map((day, index) => {
            if (!day) return null;
            const h = day.count === null ? hiddenHeight : (height * day.count) / max;
            return <rect key={day.day} x={index * width + 3} y={height + 1 - h} width={width - 6} height={h} class={day.count === null ? 'activity-bar-hidden' : 'activity-bar'} />;
          })}
        </svg>
        {days.length > 0 && (
          <div class="activity-ends">
            <span>{dayFormat(lang, days[0]!.day, { day: 'numeric', month: 'short' })}</span>
            {days.length > 1 && slots.length >= MIN_COLUMNS && <span>{dayFormat(lang, days.at(-1)!.day, { day: 'numeric', month: 'short' })}</span>}
          </div>
        )}
        {hasHidden && (
          <p class="activity-legend">
            <span class="activity-swatch" /> {text.legendHidden(kText)}
          </p>
        )}
      </div>
      <div class="table-scroll table-scroll-short" role="region" aria-labelledby="activity-caption" tabIndex={0}>
        <table class="data-table" data-testid="activity-table">
          <caption id="activity-caption" class="sr-only">
            {text.activityCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{text.day}</th>
              <th scope="col">{text.count}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <th scope="row">{dayFormat(lang, day.day, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}</th>
                <td class={day.count === null ? 'cell-hidden' : undefined}>{day.count === null ? text.lessThan(kText) : formatNumber(lang, day.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
