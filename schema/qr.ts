import { encode } from 'uqr';

/** A QR code as rows of modules, `true` for dark, quiet zone included. */
export type QrMatrix = readonly (readonly boolean[])[];

/** ISO/IEC 18004 asks for 4 light modules around the symbol, or phones read it badly. */
export const QUIET_ZONE = 4;

/** Level Q recovers a quarter of the symbol: a poster in a waiting room survives folds, scuffs and a drawing pin. */
export function qrMatrix(text: string): QrMatrix {
  return encode(text, { ecc: 'Q', border: QUIET_ZONE }).data;
}

/** One SVG path of horizontal runs of dark modules, one unit per module: a small file, no hairline seams between modules. */
export function darkRunsPath(matrix: QrMatrix): string {
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

/** What an SVG of `text`'s QR code needs (drawn by the worker as a file, by the app inline): its side in modules and its path. */
export function qrDrawing(text: string): { modules: number; path: string } {
  const matrix = qrMatrix(text);
  return { modules: matrix.length, path: darkRunsPath(matrix) };
}
