import { darkRunsPath, type QrMatrix } from '../../schema/qr.ts';
import { packRow, type BitmapRows } from './png.ts';

// The coordinators' app draws its inline QR codes (live/Qr.tsx) from the same module.
export { QUIET_ZONE, qrMatrix, type QrMatrix } from '../../schema/qr.ts';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/** The QR code as SVG, one unit per module, with a `<title>` screen readers announce. */
export function qrSvg(matrix: QrMatrix, title: string): string {
  const n = matrix.length;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" width="${n * 8}" height="${n * 8}" shape-rendering="crispEdges" role="img" aria-labelledby="qr-title">` +
    `<title id="qr-title">${escapeXml(title)}</title>` +
    `<rect width="${n}" height="${n}" fill="#fff"/>` +
    `<path fill="#000" d="${darkRunsPath(matrix)}"/>` +
    `</svg>`
  );
}

/**
 * The QR code on a `size`×`size` pixel square: every module gets the same whole number of pixels
 * (no blurry edges), and the few pixels left over widen the light margin evenly.
 */
export function qrBitmap(matrix: QrMatrix, size: number): BitmapRows {
  const n = matrix.length;
  if (size < n) throw new RangeError(`${size} pixels cannot hold ${n} modules`);
  const scale = Math.floor(size / n);
  const offset = Math.floor((size - n * scale) / 2);
  const light = packRow(new Array<boolean>(size).fill(false));
  const moduleRows = matrix.map((modules) => {
    const pixels = new Array<boolean>(size).fill(false);
    modules.forEach((dark, m) => dark && pixels.fill(true, offset + m * scale, offset + (m + 1) * scale));
    return packRow(pixels);
  });
  return {
    width: size,
    height: size,
    row: (y) => (y < offset ? light : (moduleRows[Math.floor((y - offset) / scale)] ?? light)),
  };
}
