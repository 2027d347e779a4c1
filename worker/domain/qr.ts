import { encode } from 'uqr';
import { packRow, type BitmapRows } from './png.ts';

/** A QR code as rows of modules, `true` for dark, quiet zone included. */
export type QrMatrix = readonly (readonly boolean[])[];

/** ISO/IEC 18004 asks for 4 light modules around the symbol, or phones read it badly. */
export const QUIET_ZONE = 4;

/** Level Q recovers a quarter of the symbol: a poster in a waiting room survives folds, scuffs and a drawing pin. */
export function qrMatrix(text: string): QrMatrix {
  return encode(text, { ecc: 'Q', border: QUIET_ZONE }).data;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/** One path of horizontal runs of dark modules: a small file, no hairline seams between modules. */
function darkRunsPath(matrix: QrMatrix): string {
  let path = '';
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      path += `M${start} ${y}h${x - start + 1}v1h-${x - start + 1}z`;
    }
  });
  return path;
}

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
