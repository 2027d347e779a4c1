/**
 * The demo idea box that `npm start` seeds: on a fresh install, a resident's phone shows moderated ideas
 * with their supports (« moins de 5 soutiens » under k), the answers page lists what the centre did, and
 * the waiting-room screen shows both. axe-core checks each page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';

const baseUrl = inject('baseUrl');
let phone: Session;
let tv: Session;

beforeAll(async () => {
  phone = await newSession({ mobile: true });
  tv = await newSession();
});
afterAll(async () => {
  await phone?.close();
  await tv?.close();
});

describe('the seeded demo box', () => {
  it('shows its ideas, supports and answers on a phone and on the waiting-room screen', async () => {
    const page = phone.page;
    await page.goto(`${baseUrl}/b/demo`);
    await page.getByRole('heading', { level: 1, name: 'Vos idées pour le centre' }).waitFor();
    await page.getByText('Ouvrir un créneau sans rendez-vous le samedi matin.', { exact: true }).waitFor();
    await page.getByText('moins de 5 soutiens').first().waitFor();
    await expectNoAxeViolations(page, 'demo box');

    await page.goto(`${baseUrl}/b/demo/answers`);
    await page.getByText('Six fauteuils avec accoudoirs ont été installés près de l’accueil.').waitFor();
    await expectNoAxeViolations(page, 'demo answers');

    const screen = tv.page;
    await screen.setViewportSize({ width: 1920, height: 1080 });
    // The screen rotates its themes with a fade; with reduced motion (which it respects) there is none, so
    // axe reads colours as they stay, whenever a rotation comes.
    await screen.emulateMedia({ reducedMotion: 'reduce' });
    await screen.goto(`${baseUrl}/b/demo/display`);
    await screen.getByText('Ouvrir un créneau sans rendez-vous le samedi matin.', { exact: true }).first().waitFor();
    await screen
      .getByText(/Six fauteuils avec accoudoirs/)
      .first()
      .waitFor();
    expect(await screen.evaluate(() => document.getAnimations().length)).toBe(0);
    await expectNoAxeViolations(screen, 'demo waiting-room screen');
  });
});
