/**
 * `respondent_first_question_ms`: a throttled phone opening a survey link for the first time, in Debian's
 * Chromium (never downloaded). Lighthouse's mobile profile through the DevTools protocol: 150 ms RTT,
 * 1.6 Mbit/s down, 750 kbit/s up, CPU ×4 slower. Time from navigation start until the first question is
 * painted, median of cold loads (a new browser context each: empty cache).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { summarize } from '../lib/stats.ts';

const CHROMIUM = '/usr/bin/chromium';
const LOADS = 3;
/** The first question's label or legend inside the form's page (web/respond/SurveyForm.tsx). */
const FIRST_QUESTION = '.page-questions :is(legend, label)';

export type FirstQuestionRun = { ms: number; loads: number[]; definitionRequests: number[] } | { skipped: string };

export async function measureFirstQuestion(baseUrl: string, slug: string): Promise<FirstQuestionRun> {
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} is missing (apt-get install chromium, as .ci/run does)` };
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const loads: number[] = [];
    const definitionRequests: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        hasTouch: true,
        isMobile: true,
        locale: 'fr-FR',
      });
      const page = await context.newPage();
      let definitions = 0;
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === `/api/s/${slug}`) definitions++;
      });
      // Painted: the frame after the question enters the DOM.
      await page.addInitScript((selector: string) => {
        const seen = () => {
          if (!document.querySelector(selector)) return false;
          requestAnimationFrame(() => ((window as unknown as { firstQuestionAt: number }).firstQuestionAt = performance.now()));
          return true;
        };
        new MutationObserver((_, observer) => seen() && observer.disconnect()).observe(document, { childList: true, subtree: true });
      }, FIRST_QUESTION);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${baseUrl}/s/${slug}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => typeof (window as unknown as { firstQuestionAt?: number }).firstQuestionAt === 'number', undefined, { timeout: 30_000 });
      loads.push(await page.evaluate(() => (window as unknown as { firstQuestionAt: number }).firstQuestionAt));
      definitionRequests.push(definitions);
      await context.close();
    }
    return { ms: summarize(loads).p50, loads, definitionRequests };
  } finally {
    await browser.close();
  }
}
