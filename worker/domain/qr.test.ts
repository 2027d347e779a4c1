import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrBitmap, qrMatrix, qrSvg, type QrMatrix } from './qr.ts';

const URL = 'https://pouls.example/s/besoins-territoire-2026';

/** The error correction level, read back from the format bits beside the top-left finder (ISO/IEC 18004 §7.9). */
function correctionLevel(matrix: QrMatrix): 'L' | 'M' | 'Q' | 'H' {
  const at = (x: number, y: number) => (matrix[y + QUIET_ZONE]![x + QUIET_ZONE] ? 1 : 0);
  const positions: [number, number][] = [
    ...[0, 1, 2, 3, 4, 5].map((i): [number, number] => [8, i]),
    [8, 7],
    [8, 8],
    [7, 8],
    ...[9, 10, 11, 12, 13, 14].map((i): [number, number] => [14 - i, 8]),
  ];
  const bits = positions.reduce((word, [x, y], i) => word | (at(x, y) << i), 0) ^ 0x5412;
  return (['M', 'L', 'H', 'Q'] as const)[bits >> 13]!;
}

const FINDER = ['1111111', '1000001', '1011101', '1011101', '1011101', '1000001', '1111111'];

function finderAt(matrix: QrMatrix, left: number, top: number): boolean {
  return FINDER.every((line, dy) => [...line].every((bit, dx) => matrix[top + dy]![left + dx] === (bit === '1')));
}

describe('qrMatrix', () => {
  const matrix = qrMatrix(URL);
  const n = matrix.length;

  it('is square, of a valid QR version plus the 4-module quiet zone on each side', () => {
    expect(matrix.every((row) => row.length === n)).toBe(true);
    expect((n - 2 * QUIET_ZONE - 17) % 4).toBe(0);
    for (let i = 0; i < n; i++) {
      for (let q = 0; q < QUIET_ZONE; q++) {
        expect(matrix[q]![i] || matrix[n - 1 - q]![i] || matrix[i]![q] || matrix[i]![n - 1 - q]).toBe(false);
      }
    }
  });

  it('has its three finder patterns inside the quiet zone', () => {
    const far = n - QUIET_ZONE - 7;
    expect(finderAt(matrix, QUIET_ZONE, QUIET_ZONE)).toBe(true);
    expect(finderAt(matrix, far, QUIET_ZONE)).toBe(true);
    expect(finderAt(matrix, QUIET_ZONE, far)).toBe(true);
  });

  it('uses error correction level Q', () => {
    expect(correctionLevel(matrix)).toBe('Q');
    expect(correctionLevel(qrMatrix('https://x.example/s/a'))).toBe('Q');
  });
});

describe('qrSvg', () => {
  const matrix = qrMatrix(URL);
  const svg = qrSvg(matrix, 'Questionnaire « Besoins » & <avis>');

  it('is a crisp, titled SVG with one unit per module', () => {
    const n = matrix.length;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(`viewBox="0 0 ${n} ${n}"`);
    expect(svg).toContain('shape-rendering="crispEdges"');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="qr-title">Questionnaire « Besoins » &amp; &lt;avis&gt;</title>');
  });

  it('draws exactly the dark modules', () => {
    const d = /<path fill="#000" d="([^"]+)"/.exec(svg)![1]!;
    const drawn = new Set<string>();
    for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) for (let i = 0; i < Number(w); i++) drawn.add(`${Number(x) + i},${y}`);
    const dark = new Set(matrix.flatMap((row, y) => row.flatMap((on, x) => (on ? [`${x},${y}`] : []))));
    expect(drawn).toEqual(dark);
  });
});

describe('qrBitmap', () => {
  const matrix = qrMatrix(URL);
  const n = matrix.length;

  it('fills exactly size × size pixels with whole-pixel modules, centred', () => {
    const size = 128;
    const scale = Math.floor(size / n);
    const offset = Math.floor((size - n * scale) / 2);
    const bitmap = qrBitmap(matrix, size);
    expect([bitmap.width, bitmap.height]).toEqual([size, size]);
    for (let y = 0; y < size; y++) {
      const row = bitmap.row(y);
      expect(row).toHaveLength(size / 8);
      for (let x = 0; x < size; x++) {
        const dark = ((row[x >> 3]! >> (7 - (x & 7))) & 1) === 0;
        const module = x >= offset && y >= offset && (matrix[Math.floor((y - offset) / scale)]?.[Math.floor((x - offset) / scale)] ?? false);
        expect(dark, `${x},${y}`).toBe(module);
      }
    }
  });

  it('refuses a size smaller than the symbol', () => {
    expect(() => qrBitmap(matrix, n - 1)).toThrow(RangeError);
  });
});
