/** The built front end: small enough for a phone on a weak network, and nothing inline for the CSP to refuse. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measurePageBundle } from '../../scripts/lib/bundle.ts';
import { ROOT } from '../../scripts/lib/wrangler.ts';

const DIST = join(ROOT, 'dist/web');
const PAGES = ['index.html', 'respond/index.html', 'results/index.html', 'live/index.html', 'ideas/index.html', 'ideas/display/index.html'];

describe('the built pages', () => {
  it('keep the respondent page’s JS and CSS within 25 KB gzipped', () => {
    const bundle = measurePageBundle(DIST, 'respond/index.html');
    expect(bundle.files.some((f) => f.file.endsWith('.js'))).toBe(true);
    expect(bundle.files.some((f) => f.file.endsWith('.css'))).toBe(true);
    // 25 KB = 25 × 1024 bytes, the budget `npm run bench` reports against too.
    expect(bundle.gzipBytes).toBeLessThanOrEqual(25 * 1024);
  });

  it('keep the live participant page’s JS and CSS within 25 KB gzipped too', () => {
    const bundle = measurePageBundle(DIST, 'live/index.html');
    expect(bundle.files.some((f) => f.file.endsWith('.js'))).toBe(true);
    expect(bundle.files.some((f) => f.file.endsWith('.css'))).toBe(true);
    expect(bundle.gzipBytes).toBeLessThanOrEqual(25 * 1024);
  });

  it('keep the idea box’s phone page and the waiting-room screen within 25 KB gzipped too', () => {
    for (const page of ['ideas/index.html', 'ideas/display/index.html']) {
      const bundle = measurePageBundle(DIST, page);
      expect(
        bundle.files.some((f) => f.file.endsWith('.js')),
        page,
      ).toBe(true);
      expect(
        bundle.files.some((f) => f.file.endsWith('.css')),
        page,
      ).toBe(true);
      expect(bundle.gzipBytes, page).toBeLessThanOrEqual(25 * 1024);
    }
  });

  it('never load the kiosk’s code, nor valibot, on the idea box’s phone page', () => {
    for (const { file } of measurePageBundle(DIST, 'ideas/index.html').files) {
      const code = readFileSync(join(DIST, file), 'utf8');
      // The kiosk's inactivity watch is the only code listening for touchstart.
      expect(code, file).not.toContain('touchstart');
      expect(code, file).not.toMatch(/ValiError|valibot/);
    }
  });

  it('never load the live page’s code on the respondent page', () => {
    for (const { file } of measurePageBundle(DIST, 'respond/index.html').files) expect(readFileSync(join(DIST, file), 'utf8'), file).not.toContain('/socket');
  });

  it('never load the results code on the respondent page', () => {
    for (const { file } of measurePageBundle(DIST, 'respond/index.html').files) {
      const code = readFileSync(join(DIST, file), 'utf8');
      expect(code, file).not.toContain('Répartition des réponses');
      expect(code, file).not.toContain('chart-bar');
    }
  });

  it('have no inline script or style, and hashed assets under /assets/', () => {
    for (const page of PAGES) {
      const html = readFileSync(join(DIST, page), 'utf8');
      expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(html, page).not.toMatch(/<style\b|\sstyle=/i);
      for (const [, url] of html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) expect(url, page).toMatch(/^\/assets\/[\w-]+-[\w-]{8}\.(js|css)$/);
    }
  });
});
