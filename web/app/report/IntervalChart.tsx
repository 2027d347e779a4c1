import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang } from '../../shared/i18n/lang.ts';
import { formatProportion, scaleX } from './format.ts';

/**
 * One row: a point (0–100) with its 95% interval; a bound (a share nearly the whole group is on one
 * side of: only « at least » or « at most » a value is known, drawn as a dashed band over that side);
 * or a hidden figure.
 */
export type IntervalRow =
  | { key: string; label: string; value: number; lower: number | null; upper: number | null; n: number; highlight?: boolean }
  | { key: string; label: string; bound: 'atLeast' | 'atMost'; value: number; n: number; highlight?: boolean }
  | { key: string; label: string; hidden: string };

type Props = {
  id: string;
  /** The chart's accessible name (aria-label). */
  label: string;
  /** Every figure in words, read after the name (the table below carries them too). */
  description: string;
  rows: IntervalRow[];
  axis: string;
  /** A vertical dashed line (the instrument's cutoff), with its label. */
  cutoff?: { value: number; label: string };
  /** Tick labels are percentages (« 50 % ») rather than scores. */
  percent?: boolean;
};

const WIDTH = 640;
const LABEL = 230;
const LEFT = LABEL + 16;
const PLOT = WIDTH - LEFT - 34;
const ROW = 42;
const TOP = 22;
const BOTTOM = 44;

/** Cuts a long label for the chart; the table beside it gives it whole. */
const short = (label: string) => (label.length > 30 ? `${label.slice(0, 29)}…` : label);

/**
 * Points with whiskers on a 0–100 axis: one row per scale, group or wave. One image for assistive
 * technology (role=img, named, described in words); the data table beside it carries the same figures.
 */
export function IntervalChart({ id, label, description, rows, axis, cutoff, percent }: Props) {
  const lang = useLang();
  const height = TOP + rows.length * ROW + BOTTOM;
  const x = (value: number) => scaleX(value, LEFT, PLOT);
  const tick = (value: number) => (percent ? formatProportion(lang, value / 100) : formatNumber(lang, value));
  const descId = `${id}-desc`;
  const axisY = TOP + rows.length * ROW;
  return (
    <figure class="ichart" data-testid="interval-chart">
      <svg class="ichart-svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label} aria-describedby={descId} focusable="false">
        <desc id={descId}>{description}</desc>
        {[0, 25, 50, 75, 100].map((value) => (
          <g key={value}>
            <line class="ichart-grid" x1={x(value)} x2={x(value)} y1={TOP - 6} y2={axisY} />
            <text class="ichart-tick" x={x(value)} y={axisY + 16} text-anchor="middle">
              {tick(value)}
            </text>
          </g>
        ))}
        <line class="ichart-axis" x1={LEFT} x2={LEFT + PLOT} y1={axisY} y2={axisY} />
        <text class="ichart-axis-label" x={LEFT + PLOT / 2} y={axisY + 36} text-anchor="middle">
          {axis}
        </text>
        {cutoff && (
          <g>
            <line class="ichart-cutoff" x1={x(cutoff.value)} x2={x(cutoff.value)} y1={TOP - 8} y2={axisY} />
            <text class="ichart-cutoff-label" x={x(cutoff.value) + 4} y={TOP - 10}>
              {cutoff.label}
            </text>
          </g>
        )}
        {rows.map((row, index) => {
          const y = TOP + index * ROW + ROW / 2;
          const highlight = !('hidden' in row) && row.highlight;
          return (
            <g key={row.key} class={highlight ? 'ichart-row ichart-row-current' : 'ichart-row'}>
              <text class="ichart-label" x={LABEL} y={'hidden' in row ? y + 5 : y - 2} text-anchor="end">
                {short(row.label)}
              </text>
              {!('hidden' in row) && (
                <text class="ichart-n" x={LABEL} y={y + 15} text-anchor="end">
                  n = {formatNumber(lang, row.n)}
                </text>
              )}
              {'hidden' in row ? (
                <text class="ichart-hidden" x={LEFT + 4} y={y + 4}>
                  {row.hidden}
                </text>
              ) : 'bound' in row ? (
                <rect
                  class="ichart-bound"
                  x={row.bound === 'atLeast' ? x(row.value) : x(0)}
                  width={row.bound === 'atLeast' ? x(100) - x(row.value) : x(row.value) - x(0)}
                  y={y - 6}
                  height={12}
                />
              ) : (
                <>
                  {row.lower !== null && row.upper !== null && (
                    <>
                      <line class="ichart-whisker" x1={x(row.lower)} x2={x(row.upper)} y1={y} y2={y} />
                      <line class="ichart-whisker" x1={x(row.lower)} x2={x(row.lower)} y1={y - 6} y2={y + 6} />
                      <line class="ichart-whisker" x1={x(row.upper)} x2={x(row.upper)} y1={y - 6} y2={y + 6} />
                    </>
                  )}
                  <circle class="ichart-point" cx={x(row.value)} cy={y} r={highlight ? 7 : 5.5} />
                </>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
