/**
 * A nurse answers the demo survey on her phone with the keyboard only, reloads halfway, sends,
 * and her answer is counted once.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { storedResponses } from './support/stored.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { typeDate } from './support/date.ts';
import { expectFocused, tabTo } from './support/keyboard.ts';

const baseUrl = inject('baseUrl');

let session: Session;
let page: Page;
beforeEach(async () => {
  session = await newSession();
  page = session.page;
});
afterEach(async () => {
  await session.close();
});

const radio = (name: string | RegExp) => page.getByRole('radio', { name, exact: typeof name === 'string' });
const checkbox = (name: string) => page.getByRole('checkbox', { name, exact: true });
const pageIndicator = (text: string) => page.locator('.progress-text', { hasText: text });

async function rankedLabels(): Promise<string[]> {
  return page.locator('.ranking-list .rank-label').allInnerTexts();
}

describe('answering the demo survey with the keyboard only', () => {
  it('keeps answers across a reload, sends them once and says thank you', async () => {
    const before = await storedResponses();
    await page.goto(`${baseUrl}/s/demo`);
    await page.getByRole('heading', { level: 1, name: /Vie de la CPTS/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await pageIndicator('Page 1 sur 3').waitFor();
    expect(await page.getByRole('progressbar').getAttribute('value')).toBe('1');
    await expectNoAxeViolations(page, 'respondent page 1');

    // Page 1 — single choice with arrow keys, a number, a date typed digit by digit.
    await tabTo(page, radio('Médecin généraliste'));
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await radio('Infirmier ou infirmière').isChecked()).toBe(true);
    expect(await radio('Médecin généraliste').isChecked()).toBe(false);

    const years = page.getByRole('textbox', { name: /Depuis combien d’années/ });
    await tabTo(page, years);
    expect(await years.getAttribute('inputmode')).toBe('numeric');
    await page.keyboard.type('12');

    const lastMeeting = page.getByLabel(/Date de votre dernière réunion/);
    await tabTo(page, lastMeeting);
    await typeDate(page, lastMeeting, '2026-10-14');
    expect(await lastMeeting.inputValue()).toBe('2026-10-14');

    await tabTo(page, page.getByRole('button', { name: 'Suivant' }));
    await page.keyboard.press('Enter');
    await pageIndicator('Page 2 sur 3').waitFor();
    await expectFocused(page.getByRole('heading', { level: 2, name: 'Vos besoins' }));

    // Page 2 — checkboxes with a maximum of three.
    for (const topic of ['Soins non programmés', 'Santé mentale', 'Maintien à domicile']) {
      await tabTo(page, checkbox(topic));
      await page.keyboard.press('Space');
    }
    await tabTo(page, checkbox('Prévention et dépistage'), { backwards: true });
    await page.keyboard.press('Space');
    expect(await checkbox('Prévention et dépistage').isChecked()).toBe(false);
    await page.getByRole('status').filter({ hasText: 'Vous avez déjà choisi 3 options' }).waitFor();
    await tabTo(page, checkbox('Soins non programmés'), { backwards: true });
    await page.keyboard.press('Space');
    expect(await checkbox('Soins non programmés').isChecked()).toBe(false);

    // Ranking: add three options, then move one up; every change is announced.
    await tabTo(page, page.getByRole('button', { name: 'Ajouter Accès à un médecin traitant' }));
    await page.keyboard.press('Enter');
    await expectFocused(page.getByRole('button', { name: 'Ajouter Formations communes' }));
    await page.keyboard.press('Enter');
    await expectFocused(page.getByRole('button', { name: 'Ajouter Outils de coordination' }));
    await page.keyboard.press('Enter');
    expect(await rankedLabels()).toEqual(['Accès à un médecin traitant', 'Formations communes', 'Outils de coordination']);
    await expectFocused(page.getByRole('button', { name: 'Retirer « Outils de coordination »' }));
    await tabTo(page, page.getByRole('button', { name: 'Monter « Outils de coordination »' }), { backwards: true });
    await page.keyboard.press('Enter');
    expect(await rankedLabels()).toEqual(['Accès à un médecin traitant', 'Outils de coordination', 'Formations communes']);
    await expectFocused(page.getByRole('button', { name: 'Monter « Outils de coordination »' }));
    expect(await page.locator('.ranking [aria-live="polite"]').innerText()).toBe('« Outils de coordination » déplacée en position 2.');

    // Scale: arrow keys; a low score reveals the follow-up question (show-if evaluated live).
    expect(await page.getByRole('textbox', { name: /Qu’est-ce qui freine/ }).count()).toBe(0);
    await tabTo(page, radio('1, Pas du tout satisfait·e'));
    await page.keyboard.press('ArrowRight');
    expect(await radio('2').isChecked()).toBe(true);
    await page.locator('[aria-live="polite"]', { hasText: /^Nouvelle question plus bas : « Qu’est-ce qui freine/ }).waitFor({ state: 'attached' });
    const obstacles = page.getByRole('textbox', { name: /Qu’est-ce qui freine/ });
    await tabTo(page, obstacles);
    await page.keyboard.type('Le manque de temps');

    // Halfway: reload, once the last keystroke is saved (drafts are written after the render that shows
    // it). The page and every answer are still there.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('pouls:draft:demo'))).toContain('Le manque de temps');
    await page.reload();
    await pageIndicator('Page 2 sur 3').waitFor();
    expect(await checkbox('Santé mentale').isChecked()).toBe(true);
    expect(await checkbox('Maintien à domicile').isChecked()).toBe(true);
    expect(await checkbox('Soins non programmés').isChecked()).toBe(false);
    expect(await rankedLabels()).toEqual(['Accès à un médecin traitant', 'Outils de coordination', 'Formations communes']);
    expect(await radio('2').isChecked()).toBe(true);
    expect(await obstacles.inputValue()).toBe('Le manque de temps');
    await expectNoAxeViolations(page, 'respondent page 2, restored after a reload');

    await tabTo(page, page.getByRole('button', { name: 'Précédent' }));
    await page.keyboard.press('Enter');
    await pageIndicator('Page 1 sur 3').waitFor();
    expect(await radio('Infirmier ou infirmière').isChecked()).toBe(true);
    expect(await years.inputValue()).toBe('12');
    expect(await lastMeeting.inputValue()).toBe('2026-10-14');
    await tabTo(page, page.getByRole('button', { name: 'Suivant' }));
    await page.keyboard.press('Enter');
    await pageIndicator('Page 2 sur 3').waitFor();
    // Enter pressed twice on « Suivant », as an impatient thumb does: « Suivant » becomes « Envoyer »
    // on the last page, and the second press must land on the new page's heading, never send.
    // What has focus when the new page first shows (a mutation observer runs before any later key
    // event can be handled) tells it without depending on how fast the keys come.
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.progress-text')?.textContent?.includes('Page 3')) return;
        observer.disconnect();
        document.body.dataset.focusWhenShown = document.activeElement?.textContent ?? '';
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await tabTo(page, page.getByRole('button', { name: 'Suivant' }));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await pageIndicator('Page 3 sur 3').waitFor();
    expect(await page.evaluate(() => document.body.dataset.focusWhenShown)).toBe('Votre quotidien');
    await expectFocused(page.getByRole('heading', { level: 2, name: 'Votre quotidien' }));
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await storedResponses()).toBe(before);

    // Page 3 — a matrix (one radio group per statement), then free text with a counter.
    const row = (name: RegExp) => page.getByRole('radiogroup', { name });
    await tabTo(page, row(/assez de temps/).getByRole('radio', { name: 'Pas du tout d’accord' }));
    await page.keyboard.press('ArrowDown');
    await tabTo(page, row(/isolé/).getByRole('radio', { name: 'Pas du tout d’accord' }));
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await tabTo(page, row(/vers qui me tourner/).getByRole('radio', { name: 'Pas du tout d’accord' }));
    await page.keyboard.press('Space');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    expect(
      await row(/assez de temps/)
        .getByRole('radio', { name: 'Plutôt pas d’accord' })
        .isChecked(),
    ).toBe(true);
    expect(await row(/isolé/).getByRole('radio', { name: 'Plutôt d’accord', exact: true }).isChecked()).toBe(true);
    expect(
      await row(/vers qui me tourner/)
        .getByRole('radio', { name: 'Tout à fait d’accord' })
        .isChecked(),
    ).toBe(true);

    const comments = page.getByRole('textbox', { name: /Autre chose à nous dire/ });
    await tabTo(page, comments);
    await page.keyboard.type('Merci pour ce questionnaire.');
    await page.getByText(/^28 \/ 2\s000 caractères$/).waitFor();

    await tabTo(page, page.getByRole('button', { name: 'Envoyer mes réponses' }));
    await page.keyboard.press('Enter');

    const thanks = page.getByRole('heading', { level: 1, name: 'Merci pour votre participation !' });
    await thanks.waitFor();
    await expectFocused(thanks);
    expect(await page.getByRole('link', { name: 'Voir les résultats' }).getAttribute('href')).toBe('/s/demo/results');
    expect(await page.evaluate(() => localStorage.getItem('pouls:draft:demo'))).toBeNull();
    await expectNoAxeViolations(page, 'thank-you screen');

    // Stored once: results only move with releases, so the count is read where responses are kept.
    expect(await storedResponses()).toBe(before + 1);
  });
});
