/** The privacy notice a respondent can read before the first question. */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { expectFocused, tabTo } from './support/keyboard.ts';

const baseUrl = inject('baseUrl');

let session: Session;
beforeEach(async () => {
  session = await newSession();
});
afterEach(async () => {
  await session.close();
});

describe('the privacy notice', () => {
  it('opens from the keyboard before the first question and tells who sees what', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/s/demo`);
    const summary = page.locator('details.privacy summary');
    await summary.waitFor();
    expect(await summary.textContent()).toBe('Vos réponses et votre anonymat');
    // it comes before the first question
    const first = page.getByRole('radio').first();
    expect(await summary.evaluate((s, q) => !!(s.compareDocumentPosition(q!) & Node.DOCUMENT_POSITION_FOLLOWING), await first.elementHandle())).toBe(true);

    await tabTo(page, summary);
    await expectFocused(summary);
    await page.keyboard.press('Enter');
    const notice = page.locator('details.privacy');
    expect(await notice.getAttribute('open')).not.toBeNull();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('Connaître les besoins des professionnels du territoire'); // the survey's purpose
    expect(text).toMatch(/au moins 5/); // the threshold k
    expect(text).toMatch(/12 mois/); // retention
    await expectNoAxeViolations(page, 'privacy notice open');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.locator('details.privacy summary').textContent()).toBe('Your answers and your anonymity');
  });
});
