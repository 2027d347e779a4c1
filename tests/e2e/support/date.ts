import type { Locator, Page } from 'playwright-core';

/**
 * Types a date into a focused `<input type=date>` digit by digit, as a person does. The order of the
 * day, month and year boxes follows Chromium's own locale, so a first entry finds it out; the arrow
 * keys then go back to the first box and the real date is typed over it.
 */
export async function typeDate(page: Page, input: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await page.keyboard.type('01022026');
  const dayFirst = (await input.inputValue()) === '2026-02-01';
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(dayFirst ? `${day}${month}${year}` : `${month}${day}${year}`);
}
