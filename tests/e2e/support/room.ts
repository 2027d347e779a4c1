/**
 * Several people at once in one Chromium: each phone a context of its own (its own storage, its own
 * device token), which is far lighter on a shared machine than a browser each.
 */
import { chromium, type Browser } from 'playwright-core';
import { expect } from 'vitest';
import type { Session } from './browser.ts';

export type Room = { phone: () => Promise<Session>; close: () => Promise<void> };

export async function openRoom(): Promise<Room> {
  const browser: Browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  return {
    phone: async () => {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        hasTouch: true,
        locale: 'fr-FR',
        timezoneId: 'Europe/Paris',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        // Refused votes (409) and aborted requests are part of these tests; anything else logged as an error is not.
        if (message.type() === 'error' && !/Failed to load resource|net::ERR_/.test(message.text())) errors.push(message.text());
      });
      return {
        context,
        page,
        close: async () => {
          await context.close();
          expect(errors).toEqual([]);
        },
      };
    },
    close: () => browser.close(),
  };
}
