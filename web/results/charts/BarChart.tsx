import { useId } from 'preact/hooks';

/**
 * One bar: an exact share, a bound (`atLeast`: hatched up to the bound, then an outline to 100 %, since
 * the share lies somewhere past it; `atMost`: an outline up to the bound, nothing filled) or no bar at
 * all (`hidden`), each with its words beside it.
 */
export type ChartBar = { key: string; label: string; shape: 'exact' | 'atLeast' | 'atMost' | 'hidden'; percent: number; display: string };

const clamp = (percent: number) => Math.max(0, Math.min(100, percent));

/**
 * Horizontal bars, one per row, as wide as their share. One image for assistive technology, named by
 * `label`, which points to the table that follows and carries the same figures.
 */
export function BarChart({ bars, label }: { bars: ChartBar[]; label: string }) {
  const prefix = `hatch-${useId()}`;
  return (
    <div class="chart" role="img" aria-label={label}>
      {bars.map((bar) => {
        const hatch = `${prefix}-${bar.key}`;
        return (
          <div key={bar.key} class={bar.shape === 'hidden' ? 'chart-row chart-row-hidden' : 'chart-row'}>
            <span class="chart-label">{bar.label}</span>
            {bar.shape !== 'hidden' && (
              <svg class="chart-bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                {bar.shape === 'atLeast' && (
                  <defs>
                    <pattern id={hatch} width="3" height="10" patternUnits="userSpaceOnUse">
                      <rect class="chart-hatch-bg" width="3" height="10" />
                      <rect class="chart-hatch-line" width="1.2" height="10" />
                    </pattern>
                  </defs>
                )}
                <rect class="chart-track" width="100" height="10" />
                {bar.shape === 'exact' && <rect class="chart-fill" width={clamp(bar.percent)} height="10" />}
                {bar.shape === 'atLeast' && (
                  <>
                    <rect fill={`url(#${hatch})`} width={clamp(bar.percent)} height="10" />
                    <rect class="chart-bound" x={clamp(bar.percent)} width={100 - clamp(bar.percent)} height="10" />
                  </>
                )}
                {bar.shape === 'atMost' && <rect class="chart-bound" width={clamp(bar.percent)} height="10" />}
              </svg>
            )}
            <span class="chart-value">{bar.display}</span>
          </div>
        );
      })}
    </div>
  );
}
