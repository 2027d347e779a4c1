/** Debian's Chromium through playwright-core: a fresh profile per browser, never a downloaded browser. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

const PHONE = { width: 390, height: 844 };

export type Session = { context: BrowserContext; page: Page; close: () => Promise<void> };

/**
 * A new person: an empty profile (no saved draft, no language choice), French, on a phone-sized screen;
 * `mobile` also makes it behave as a phone browser (mobile viewport meta, touch events).
 */
export async function newSession(options: { mobile?: boolean } = {}): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'pouls-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    viewport: PHONE,
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: options.mobile ?? false,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // 404s and aborted requests are part of some tests; anything else logged as an error is not.
    if (message.type() === 'error' && !/Failed to load resource|net::ERR_/.test(message.text())) errors.push(message.text());
  });
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      // Script errors and CSP violations surface in the console: none is acceptable.
      expect(errors).toEqual([]);
    },
  };
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] };

/**
 * Runs axe-core on the page as it is now (WCAG 2.0/2.1 A and AA, and best practices) and expects no violation.
 * axe is evaluated through the DevTools protocol rather than `page.addScriptTag`: the pages' CSP refuses
 * inline scripts, and the tests keep that CSP on so that any inline script or style of ours fails them.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  expect(violations, `axe violations on ${label}`).toEqual([]);
}
