import { qrDrawing } from '../../../schema/qr.ts';

/** A QR code drawn here (decorative when `label` is empty: the link is written beside it) (level Q, quiet zone of 4), as one SVG path of dark runs: crisp at any size, no request. */
export function Qr({ value, label, class: className, size = 200 }: { value: string; label: string; class?: string; size?: number }) {
  const { modules: n, path } = qrDrawing(value);
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
