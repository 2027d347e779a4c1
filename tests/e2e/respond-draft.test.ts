/**
 * Answers kept on the respondent's device: for 24 hours after the last change at most (the page's
 * clock is Playwright's, moved by hand), and erased with one button.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { expectFocused, tabTo } from './support/keyboard.ts';

const baseUrl = inject('baseUrl');
const START = new Date('2031-03-14T09:00:00Z').getTime();
const HOUR = 3_600_000;

let session: Session;
let page: Page;
beforeEach(async () => {
  session = await newSession();
  page = session.page;
  await page.clock.install({ time: START });
});
afterEach(async () => {
  await session.close();
});

const nurse = () => page.getByRole('radio', { name: 'Infirmier ou infirmière', exact: true });
const draft = () => page.evaluate(() => localStorage.getItem('pouls:draft:demo'));

async function answerFirstQuestion(): Promise<void> {
  await page.goto(`${baseUrl}/s/demo`);
  await nurse().check();
  // The draft is written after the render that shows the answer: wait for it rather than read it at once.
  await expect.poll(async () => JSON.parse((await draft()) ?? 'null')?.answers?.profession).toBe('nurse');
}

describe('answers kept on the device', () => {
  it('stay for 24 hours after the last change, then are gone', async () => {
    await answerFirstQuestion();
    expect(JSON.parse((await draft())!).savedAt).toBeGreaterThanOrEqual(START);

    await page.clock.setSystemTime(START + 23 * HOUR);
    await page.reload();
    expect(await nurse().isChecked()).toBe(true);
    // Reopened and changed: the 24 hours start again from now.
    await page.getByRole('radio', { name: 'Médecin généraliste', exact: true }).check();
    // Saved (after the render) before the clock moves on: a save landing later would be dated later.
    await expect.poll(async () => JSON.parse((await draft()) ?? 'null')?.answers?.profession).toBe('gp');

    await page.clock.setSystemTime(START + 46 * HOUR);
    await page.reload();
    expect(await page.getByRole('radio', { name: 'Médecin généraliste', exact: true }).isChecked()).toBe(true);

    await page.clock.setSystemTime(START + 23 * HOUR + 24 * HOUR + 60_000);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('.progress-text', { hasText: 'Page 1 sur 3' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Médecin généraliste', exact: true }).isChecked()).toBe(false);
    expect(await draft()).toBeNull();
  });

  it('are erased with one button, which says so and leaves the form empty', async () => {
    await answerFirstQuestion();
    const years = page.getByRole('textbox', { name: /Depuis combien d’années/ });
    await years.fill('12');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.locator('.progress-text', { hasText: 'Page 2 sur 3' }).waitFor();
    await expectNoAxeViolations(page, 'respondent page with a saved draft');

    const erase = page.getByRole('button', { name: 'Effacer mes réponses de cet appareil' });
    await tabTo(page, erase);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Vos réponses ont été effacées de cet appareil.' }).waitFor();
    await page.locator('.progress-text', { hasText: 'Page 1 sur 3' }).waitFor();
    await expectFocused(page.getByRole('heading', { level: 2 }));
    expect(await draft()).toBeNull();
    expect(await nurse().isChecked()).toBe(false);
    expect(await years.inputValue()).toBe('');
    expect(await erase.count()).toBe(0);
    await expectNoAxeViolations(page, 'respondent page after erasing');

    // Nothing comes back on a reload.
    await page.reload();
    await page.locator('.progress-text', { hasText: 'Page 1 sur 3' }).waitFor();
    expect(await nurse().isChecked()).toBe(false);
    expect(await draft()).toBeNull();
  });
});
