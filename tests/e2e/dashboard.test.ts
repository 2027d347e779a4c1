/**
 * A coordinator with several surveys finds one by its title or address (accents and case aside) and
 * hears how many match, sorts the list, duplicates a survey as a new draft, deletes a draft after being
 * told what is lost, and is told why a survey that keeps responses cannot be deleted yet, and when the
 * list cannot be loaded. In French and English, axe-core clean.
 */
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SurveyDraft, SurveyInput } from '../../schema/survey.ts';
import { blankSurvey } from '../../web/app/dashboard/survey-copy.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { expectFocused } from './support/keyboard.ts';
import { createOwner, type Owner } from './support/owner.ts';
import { releaseNow } from './support/release.ts';

const baseUrl = inject('baseUrl');
/** Generous: two cores are shared, and a state awaited is there when it is there. */
const POLL = { timeout: 15_000 };
const persistTo = inject('persistTo');
const NEEDS = 'Les besoins de notre territoire';
const PATIENTS = 'Écoute des patients';
const WORK = 'Qualité de vie au travail';

let session: Session;
let page: Page;
let owner: Owner;
const ids: Record<string, string> = {};

const api = (path = '') => `${baseUrl}/api/orgs/${owner.orgId}/surveys${path}`;

async function create(title: string, slug: string, settings: Partial<SurveyDraft['settings']> = {}): Promise<string> {
  const survey = blankSurvey(title, slug, 'fr');
  const created = await page.request.post(api(), { data: { ...survey, settings: { ...survey.settings, ...settings } } });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

beforeAll(async () => {
  session = await newSession();
  page = session.page;
  await page.setViewportSize({ width: 1280, height: 900 });
  owner = await createOwner(session.context, baseUrl, persistTo, 'MSP des Coteaux');
  ids.work = await create(WORK, 'qualite-de-vie', { k: 3, participationCodes: false });
  // Addresses are unique across organisations: these are this file's own.
  ids.needs = await create(NEEDS, 'besoins-des-coteaux');
  ids.patients = await create(PATIENTS, 'ecoute-des-patients');
  // Answered by three people, released, closed: it keeps responses until its retention period ends.
  expect((await page.request.post(api(`/${ids.work}/publish`))).status()).toBe(200);
  for (let i = 0; i < 3; i++) {
    const response = await fetch(`${baseUrl}/api/s/qualite-de-vie/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-${randomUUID()}` },
      body: JSON.stringify({ answers: { 'question-1': 'yes' } }),
    });
    expect(response.status).toBe(201);
  }
  await releaseNow(ids.work);
  expect((await page.request.post(api(`/${ids.work}/close`))).status()).toBe(200);
});
afterAll(async () => {
  await session?.close();
  await owner?.remove();
});

const said = async (target: Locator) => (await target.innerText()).replace(/[\u00a0\u202f]/g, ' ');
const titles = () => page.locator('[data-testid="survey-item"] h2').allInnerTexts();
const search = () => page.getByRole('searchbox', { name: 'Rechercher (titre ou adresse)' });
const count = () => page.getByTestId('search-count');
const row = (slug: string) => page.locator(`[data-testid="survey-item"][data-slug="${slug}"]`);
/** The list's order as the server gives it: newest first. */
const serverOrder = async () => ((await (await page.request.get(api())).json()) as { surveys: { title: { fr: string } }[] }).surveys.map((s) => s.title.fr);

describe('a list that cannot be loaded', () => {
  it('is said under the page’s own heading, announced without taking focus, and loaded on « Réessayer »', async () => {
    const list = new URL(api()).pathname;
    await page.route(
      (url) => url.pathname === list,
      (route) => route.abort('internetdisconnected'),
      { times: 1 },
    );
    await page.goto(`${baseUrl}/app/o/${owner.orgId}`);
    const alert = page.getByRole('alert').filter({ has: page.getByRole('heading', { level: 2, name: 'Connexion impossible' }) });
    await alert.waitFor();
    expect(await said(alert)).toContain('Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.');
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await alert.evaluate((element) => element.contains(document.activeElement))).toBe(false);
    expect(await page.title()).not.toContain('Connexion impossible');
    await expectNoAxeViolations(page, 'dashboard whose list could not be loaded');

    await alert.getByRole('button', { name: 'Réessayer', exact: true }).click();
    await expect.poll(titles, POLL).toHaveLength(3);
  });
});

describe('the list of surveys', () => {
  it('finds surveys by title or address, accents and case aside, and says how many match', async () => {
    await page.goto(`${baseUrl}/app/o/${owner.orgId}`);
    await page.getByRole('search', { name: 'Rechercher et trier les questionnaires' }).waitFor();
    expect(await titles()).toHaveLength(3);
    await search().fill('ECOUTE');
    await expect.poll(titles, POLL).toEqual([PATIENTS]);
    expect(await said(count())).toBe('1 questionnaire sur 3 correspond à « ECOUTE ».');
    expect(await count().getAttribute('role')).toBe('status');
    await expectNoAxeViolations(page, 'dashboard with a search');

    await search().fill('qualite-de');
    await expect.poll(titles, POLL).toEqual([WORK]);
    await search().fill('besoins territoire');
    await expect.poll(titles, POLL).toEqual([NEEDS]);

    await search().fill('sommeil');
    await expect.poll(titles, POLL).toEqual([]);
    expect(await said(count())).toBe('Aucun questionnaire ne correspond à « sommeil ».');
    await page.getByRole('button', { name: 'Effacer la recherche' }).click();
    await expect.poll(titles, POLL).toHaveLength(3);
    await expectFocused(search());
  });

  it('sorts by title, state and released responses', async () => {
    const sort = page.getByRole('combobox', { name: 'Trier par' });
    await sort.selectOption({ label: 'Titre (A → Z)' });
    await expect.poll(titles, POLL).toEqual([PATIENTS, NEEDS, WORK]);
    await sort.selectOption({ label: 'État (ouverts d’abord)' });
    await expect.poll(async () => (await titles()).at(-1), POLL).toBe(WORK);
    await sort.selectOption({ label: 'Réponses publiées' });
    await expect.poll(async () => (await titles())[0], POLL).toBe(WORK);
    await row('qualite-de-vie').getByTestId('response-count').filter({ hasText: '3 réponses publiées' }).waitFor();
    await sort.selectOption({ label: 'Les plus récents' });
    await expect.poll(titles, POLL).toEqual(await serverOrder());
  });

  it('duplicates a survey as a new draft', async () => {
    await row('besoins-des-coteaux')
      .getByRole('button', { name: `Dupliquer « ${NEEDS} »` })
      .click();
    const copy = row('besoins-des-coteaux-copie');
    await copy.getByText('Brouillon', { exact: true }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `Copie créée : « ${NEEDS} (copie) », un brouillon que vous pouvez modifier.` })
      .waitFor({ state: 'attached' });
    await expect
      .poll(() => copy.getByRole('link', { name: `${NEEDS} (copie)`, exact: true }).evaluate((link) => link === document.activeElement), POLL)
      .toBe(true);
    const list = (await (await page.request.get(api())).json()) as { surveys: { id: string; slug: string }[] };
    const copyId = list.surveys.find((s) => s.slug === 'besoins-des-coteaux-copie')!.id;
    const [original, duplicate] = await Promise.all(
      [ids.needs, copyId].map(async (id) => (await (await page.request.get(api(`/${id}`))).json()) as SurveyInput),
    );
    expect(duplicate!.pages).toEqual(original!.pages);
    ids.copy = copyId;
  });

  it('deletes a draft once told what is lost', async () => {
    await row('besoins-des-coteaux-copie')
      .getByRole('button', { name: `Supprimer « ${NEEDS} (copie) »` })
      .click();
    const dialog = page.getByRole('dialog', { name: `Supprimer « ${NEEDS} (copie) » ?` });
    await dialog.getByText('Le brouillon est effacé définitivement, avec ses questions et ses réglages.').waitFor();
    await expectNoAxeViolations(page, 'dashboard asking before deleting a draft');
    await dialog.getByRole('button', { name: 'Supprimer' }).click();
    await row('besoins-des-coteaux-copie').waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `« ${NEEDS} (copie) » est supprimé.` })
      .waitFor({ state: 'attached' });
    expect((await page.request.get(api(`/${ids.copy}`))).status()).toBe(404);
  });

  it('says why a survey that keeps responses cannot be deleted yet', async () => {
    await row('qualite-de-vie')
      .getByRole('button', { name: `Supprimer « ${WORK} »` })
      .click();
    const dialog = page.getByRole('dialog', { name: `Supprimer « ${WORK} » ?` });
    await dialog.getByText(/tant que la durée de conservation ne les a pas effacées, il ne peut pas être supprimé/).waitFor();
    await dialog.getByRole('button', { name: 'Supprimer' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Ce questionnaire garde des réponses jusqu’à la fin de sa durée de conservation' });
    await refusal.waitFor();
    expect(await said(refusal)).toContain('vous pouvez l’archiver d’ici là');
    await expectNoAxeViolations(page, 'dashboard after a refused deletion');
    await row('qualite-de-vie').waitFor();
    expect((await page.request.get(api(`/${ids.work}`))).status()).toBe(200);
  });

  it('works in English too, and switching keeps the search and the list on screen while they reload', async () => {
    await search().fill('patients');
    await expect.poll(titles, POLL).toEqual([PATIENTS]);
    const field = await search().elementHandle();
    const reloaded = page.waitForResponse((r) => r.url().endsWith(`/api/orgs/${owner.orgId}/surveys`) && r.request().method() === 'GET');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await reloaded;
    await page.getByRole('searchbox', { name: 'Search (title or address)' }).waitFor();
    // The same field, never swept away by a loading screen: what was typed, and focus, stay.
    expect(await field!.evaluate((element) => element.isConnected && (element as HTMLInputElement).value)).toBe('patients');
    await expect.poll(titles, POLL).toEqual([PATIENTS]);
    expect(await said(count())).toBe('1 of 3 surveys matches “patients”.');
    await row('ecoute-des-patients')
      .getByRole('button', { name: `Duplicate « ${PATIENTS} »` })
      .waitFor();
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Title (A → Z)' });
    await expectNoAxeViolations(page, 'dashboard in English');
    await page.getByRole('button', { name: 'Passer en français' }).click();
  });
});
