import { encode } from 'uqr';

/** A QR code drawn here (decorative when `label` is empty: the link is written beside it) (level Q, quiet zone of 4), as one SVG path of dark runs: crisp at any size, no request. */
export function Qr({ value, label, class: className, size = 200 }: { value: string; label: string; class?: string; size?: number }) {
  const { data } = encode(value, { ecc: 'Q', border: 4 });
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      path += `M${start} ${y}h${x - start + 1}v1h-${x - start + 1}z`;
    }
  });
  const n = data.length;
  return (
    <svg
      class={className}
      viewBox={`0 0 ${n} ${n}`}
      width={size}
      height={size}
      shape-rendering="crispEdges"
      role={label ? 'img' : undefined}
      aria-label={label || undefined}
      aria-hidden={label ? undefined : 'true'}
      focusable="false"
    >
      <rect width={n} height={n} fill="#fff" />
      <path fill="#000" d={path} />
    </svg>
  );
}
