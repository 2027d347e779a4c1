export type Stack = { key: string; label: string; segments: number[] } | { key: string; label: string; hidden: string };

/** A colour per scale point, from light to dark blue, so order reads without a legend lookup. */
export function shade(index: number, count: number): string {
  const t = count <= 1 ? 1 : index / (count - 1);
  const mix = (from: number, to: number) => Math.round(from + (to - from) * t);
  return `rgb(${mix(198, 8)},${mix(219, 48)},${mix(239, 107)})`;
}

/**
 * One 100 % bar per matrix row, split by scale point, under a legend of the points. One image for
 * assistive technology, named by `label`, which points to the table that follows (the same figures).
 */
export function StackedBars({ stacks, legend, label }: { stacks: Stack[]; legend: string[]; label: string }) {
  return (
    <div class="chart" role="img" aria-label={label}>
      <ul class="chart-legend">
        {legend.map((label, index) => (
          <li key={label}>
            <svg class="chart-swatch" viewBox="0 0 10 10" focusable="false">
              <rect width="10" height="10" fill={shade(index, legend.length)} />
            </svg>
            {label}
          </li>
        ))}
      </ul>
      {stacks.map((stack) => (
        <div key={stack.key} class="chart-row chart-row-stacked">
          <span class="chart-label">{stack.label}</span>
          {'hidden' in stack ? (
            <span class="chart-value">{stack.hidden}</span>
          ) : (
            <svg class="chart-bar chart-bar-stacked" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
              {stack.segments.map((percent, index) => {
                const x = stack.segments.slice(0, index).reduce((sum, p) => sum + p, 0);
                return <rect key={index} x={x} width={percent} height="10" fill={shade(index, stack.segments.length)} />;
              })}
            </svg>
          )}
        </div>
      ))}
    </div>
  );
}
