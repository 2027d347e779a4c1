import { describe, expect, it } from 'vitest';
import { darkRunsPath, QUIET_ZONE, qrDrawing, qrMatrix } from './qr.ts';

describe('QR drawing shared by the worker and the app', () => {
  it('draws each horizontal run of dark modules as one rectangle, one unit per module', () => {
    const matrix = [
      [true, true, false, true],
      [false, false, false, false],
      [false, true, true, true],
    ];
    expect(darkRunsPath(matrix)).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z');
  });

  it('gives the app the side in modules (quiet zone included) and the same path the worker draws', () => {
    const url = 'https://pouls.example/s/besoins-du-territoire';
    const matrix = qrMatrix(url);
    const drawing = qrDrawing(url);
    expect(drawing.modules).toBe(matrix.length);
    expect(drawing.path).toBe(darkRunsPath(matrix));
    // A QR symbol is 17 + 4 × version modules wide, with the quiet zone on both sides, where nothing is drawn.
    expect((drawing.modules - 2 * QUIET_ZONE - 17) % 4).toBe(0);
    expect(drawing.path).not.toMatch(/M\d+ [0-3]h/);
    expect(drawing.path).toMatch(/^M4 4h7v1h-7z/);
  });
});
