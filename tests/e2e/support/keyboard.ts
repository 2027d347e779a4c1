/** Moving around a page the way a keyboard user does: Tab and Shift+Tab only, never a click. */
import type { Locator, Page } from 'playwright-core';

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is not reachable that way. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 60 } = {}): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses <= max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`Not reachable with ${backwards ? 'Shift+Tab' : 'Tab'} in ${max} presses: ${target}; focus is on ${focused}`);
}

export async function expectFocused(target: Locator): Promise<void> {
  if (!(await isFocused(target))) {
    const focused = await target.page().evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
    throw new Error(`Expected focus on ${target}, found it on ${focused}`);
  }
}
