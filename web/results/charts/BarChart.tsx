export type ChartBar = { key: string; label: string; percent: number; display: string };

/**
 * Horizontal bars, one per row, as wide as their share. Hidden from assistive technology:
 * the table beside it carries the same figures.
 */
export function BarChart({ bars }: { bars: ChartBar[] }) {
  return (
    <div class="chart" aria-hidden="true">
      {bars.map((bar) => (
        <div key={bar.key} class="chart-row">
          <span class="chart-label">{bar.label}</span>
          <svg class="chart-bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
            <rect class="chart-track" width="100" height="10" />
            <rect class="chart-fill" width={Math.max(0, Math.min(100, bar.percent))} height="10" />
          </svg>
          <span class="chart-value">{bar.display}</span>
        </div>
      ))}
    </div>
  );
}
