/**
 * A printed PDF read back page by page, with Debian's poppler-utils (`.ci/run` installs them): each page
 * as a PNG (`pdftoppm -png`), where the ink lies on it, and its text (`pdftotext -layout`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inkedRows, readPng } from './png.ts';

export type PrintedPage = {
  /** 1-based. */
  number: number;
  /** Share of the page's height between its first and last inked rows, and of rows holding ink at all (0–1). */
  inkSpan: number;
  inkShare: number;
  /** The first inked row, as a share of the page's height from the top. */
  inkTop: number;
  text: string;
};

/**
 * Splits the PDF into pages. `keep` names a folder (git-ignored screenshots) where the PNGs of the
 * first pages are copied as `<name>-page-N.png`.
 */
export function printedPages(pdf: Buffer, keep?: { dir: string; name: string; pages: number }): PrintedPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'pouls-pdf-'));
  try {
    const file = join(dir, 'print.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-png', '-gray', '-r', '40', file, join(dir, 'page')]);
    if (keep) mkdirSync(keep.dir, { recursive: true });
    const pngs = readdirSync(dir)
      .filter((name) => name.endsWith('.png'))
      .sort();
    return pngs.map((name, index) => {
      const png = join(dir, name);
      const rows = inkedRows(readPng(readFileSync(png)));
      const first = rows.indexOf(true);
      const last = rows.lastIndexOf(true);
      const text = execFileSync('pdftotext', ['-layout', '-f', String(index + 1), '-l', String(index + 1), file, '-'], { encoding: 'utf8' });
      if (keep && index < keep.pages) {
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '80',
          '-f',
          String(index + 1),
          '-l',
          String(index + 1),
          '-singlefile',
          file,
          join(keep.dir, `${keep.name}-page-${index + 1}`),
        ]);
      }
      return {
        number: index + 1,
        inkSpan: first < 0 ? 0 : (last - first + 1) / rows.length,
        inkShare: rows.filter(Boolean).length / rows.length,
        inkTop: first < 0 ? 1 : first / rows.length,
        text,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
