/**
 * A kiosk in the waiting room: a coordinator enrols a tablet (the link is shown once; opening it keeps
 * the kiosk's token and clears the address bar); three people in a row propose and support, the same
 * idea twice (no « already supported » between people), each starting afresh after a pause; then the
 * kiosk clears itself after inactivity, with its warning 30 s ahead that the person can extend (RGAA
 * 13.1). Time moves with Playwright's clock. axe-core checks each state.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { approveAll, createBox, proposeFrom } from './support/ideas.ts';
import { createOwner, type Owner } from './support/owner.ts';
import { shoot } from './support/shots.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');
const SLUG = `borne-${Date.now().toString(36)}`;
const SHOWN = 'Des magazines récents dans la salle d’attente';

let coordinator: Session;
let tablet: Session;
let kiosk: Page;
let owner: Owner;
const story = { boxId: '', link: '' };

beforeAll(async () => {
  coordinator = await newSession();
  await coordinator.page.setViewportSize({ width: 1280, height: 900 });
  owner = await createOwner(coordinator.context, baseUrl, persistTo, 'Maison de santé du Port');
  const box = await createBox(coordinator.context.request, baseUrl, owner.orgId, SLUG);
  story.boxId = box.id;
  await proposeFrom(baseUrl, SLUG, 'accueil', SHOWN);
  await approveAll(coordinator.context.request, baseUrl, owner.orgId, box.id);
  tablet = await newSession();
  kiosk = tablet.page;
  await kiosk.setViewportSize({ width: 1024, height: 1366 });
});
afterAll(async () => {
  await tablet?.close();
  await coordinator?.close();
  await owner?.remove();
});

/** One person's visit ends: « J'ai terminé », and the kiosk says it is ready for the next. */
async function finish(): Promise<void> {
  await kiosk.getByRole('button', { name: 'J’ai terminé' }).first().click();
  await kiosk.getByTestId('kiosk-status').filter({ hasText: 'La borne est prête pour la personne suivante.' }).waitFor();
}

describe('a kiosk', () => {
  it('is enrolled with a link shown once, which leaves the address bar', async () => {
    const app = coordinator.page;
    await app.goto(`${baseUrl}/app/o/${owner.orgId}/boxes/${story.boxId}/kiosks`);
    await app.getByRole('heading', { level: 1, name: /^Bornes/ }).waitFor();
    await app.getByText('Aucune borne enregistrée.').waitFor();
    await app.getByLabel('Nom de la borne').fill('Accueil, rez-de-chaussée');
    await app.getByRole('button', { name: 'Créer un lien d’enregistrement' }).click();
    story.link = await app.getByTestId('kiosk-link-value').inputValue();
    expect(story.link).toContain(`/b/${SLUG}/kiosk#kiosk=`);
    await app.getByTestId('kiosks').getByRole('heading', { name: 'Accueil, rez-de-chaussée' }).waitFor();
    await expectNoAxeViolations(app, 'kiosks page with a new link');

    await kiosk.goto(`${baseUrl}/b/${SLUG}/kiosk`);
    await kiosk.getByText('Cette tablette n’est pas enregistrée comme borne.', { exact: false }).waitFor();
    await expectNoAxeViolations(kiosk, 'kiosk not enrolled');
    await kiosk.goto(story.link);
    await kiosk.getByRole('heading', { level: 2, name: 'Proposer une idée' }).waitFor();
    expect(new URL(kiosk.url()).hash).toBe('');
    expect(new URL(kiosk.url()).pathname).toBe(`/b/${SLUG}/kiosk`);
    expect(await kiosk.evaluate((slug) => localStorage.getItem(`pouls:box:${slug}:kiosk`), SLUG)).toBe(
      new URL(story.link).hash.replace('#kiosk=', '').split('&')[0],
    );
    await expectNoAxeViolations(kiosk, 'kiosk ready');
  });

  it('serves three people in a row, with a pause after each contribution', async () => {
    // The first person proposes an idea, and sees its receipt.
    await kiosk.getByRole('radio', { name: 'Locaux et accessibilité' }).check();
    await kiosk.getByLabel('2. Écrivez votre idée').fill('Une rampe pour les poussettes à l’entrée');
    await kiosk.getByRole('button', { name: 'Envoyer mon idée' }).click();
    const thanks = kiosk.getByTestId('kiosk-thanks');
    await thanks.getByRole('heading', { name: 'Merci !' }).waitFor();
    await thanks.getByTestId('receipt-code').waitFor();
    // « Continuer » waits for the pause to end.
    expect(await thanks.getByRole('button', { name: 'Continuer' }).getAttribute('aria-disabled')).toBe('true');
    await expectNoAxeViolations(kiosk, 'kiosk thanks after an idea');
    await shoot(kiosk, 'kiosk-thanks');
    await thanks.getByRole('button', { name: 'Continuer' }).and(kiosk.locator(':not([aria-disabled])')).waitFor({ timeout: 10_000 });
    await finish();

    // The second and third people support the same idea: no lock-out between people.
    const before = await adminSupports();
    for (const person of [2, 3]) {
      const card = kiosk.getByTestId('idea-card').filter({ hasText: SHOWN });
      const support = card.getByRole('button', { name: /^Soutenir/ });
      await support.waitFor();
      expect(await support.getAttribute('aria-pressed'), `person ${person}`).toBe('false');
      expect(await kiosk.getByLabel('2. Écrivez votre idée').inputValue(), `person ${person}`).toBe('');
      await support.click();
      await kiosk.getByTestId('kiosk-thanks').getByText('Votre soutien est enregistré.').waitFor({ timeout: 15_000 });
      await finish();
    }
    const after = await adminSupports();
    expect(after).toBe(before + 2);
  });

  it('clears itself after inactivity, with a warning the person can extend', async () => {
    await kiosk.clock.install();
    await kiosk.reload();
    await kiosk.getByRole('heading', { level: 2, name: 'Proposer une idée' }).waitFor();
    await kiosk.getByLabel('2. Écrivez votre idée').fill('Un coin pour les enfants');
    // The clock also flows by itself (a screenshot or an axe run takes real time): the seconds shown are read as « at most ».
    const secondsLeft = async () => Number((await warning.getByText(/s’efface dans \d+ seconde/).textContent())!.match(/dans (\d+) seconde/)![1]);
    // 90 s without a touch: the warning, 30 s ahead.
    await kiosk.clock.runFor(90_000);
    const warning = kiosk.getByRole('alertdialog', { name: 'Êtes-vous encore là ?' });
    await warning.waitFor();
    expect(await secondsLeft()).toBeGreaterThan(20);
    await expectNoAxeViolations(kiosk, 'kiosk inactivity warning');
    await shoot(kiosk, 'kiosk-warning');
    await kiosk.clock.runFor(10_000);
    await expect.poll(secondsLeft).toBeLessThanOrEqual(20);
    // Extended: the person's text is still there.
    await warning.getByRole('button', { name: 'Je suis encore là' }).click();
    await warning.waitFor({ state: 'hidden' });
    expect(await kiosk.getByLabel('2. Écrivez votre idée').inputValue()).toBe('Un coin pour les enfants');
    // Then nobody: cleared for the next person.
    await kiosk.clock.runFor(90_000);
    await warning.waitFor();
    await kiosk.clock.runFor(30_000);
    await warning.waitFor({ state: 'hidden' });
    await kiosk.getByTestId('kiosk-status').filter({ hasText: 'La borne est prête pour la personne suivante.' }).waitFor();
    expect(await kiosk.getByLabel('2. Écrivez votre idée').inputValue()).toBe('');
    await expectNoAxeViolations(kiosk, 'kiosk after a reset');
  });
});

/** The exact count, as coordinators see it (public counts start at k). */
async function adminSupports(): Promise<number> {
  const response = await coordinator.context.request.get(`${baseUrl}/api/orgs/${owner.orgId}/boxes/${story.boxId}/ideas`);
  const { ideas } = (await response.json()) as { ideas: { text: string; supports: number }[] };
  return ideas.find((i) => i.text === SHOWN)!.supports;
}
