/**
 * What guards releases against fake responses and second files, as coordinators see it: participation
 * codes on by default for a survey with profile questions (the editor warns when they are turned off),
 * issued in batches within a declared population that everyone in the team sees; row exports said
 * available or not before anyone clicks, for owners only, with a warning before the one file a survey
 * may ever have; and the organisation's publication hour. axe-core on every state, one page in English.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { addMember, createOwner, type Owner } from './support/owner.ts';
import { quietReleaseHour } from './support/release.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');
const SHOTS = process.env.POULS_SCREENSHOTS;
const stamp = Date.now().toString(36);

const definition = (slug: string) => ({
  slug,
  title: { fr: 'Climat de la maison de santé', en: 'Climate of the health centre' },
  settings: { k: 5, resultsVisibility: 'private' },
  pages: [
    {
      id: 'p1',
      questions: [
        {
          id: 'profession',
          type: 'single',
          label: { fr: 'Quelle est votre profession ?', en: 'What is your profession?' },
          required: true,
          breakdown: true,
          options: [
            { id: 'gp', label: { fr: 'Médecin', en: 'Doctor' } },
            { id: 'nurse', label: { fr: 'Infirmier ou infirmière', en: 'Nurse' } },
          ],
        },
        { id: 'mood', type: 'scale', label: { fr: 'Comment allez-vous ?', en: 'How are you?' }, required: true, min: 1, max: 5 },
      ],
    },
  ],
});

let owner: Owner;
let ownerSession: Session;
let viewerSession: Session;
let page: Page;
let viewer: Page;
const ids = { open: '', draft: '' };
const slug = `climat-${stamp}`;
let codes: string[] = [];

const surveyPath = (id: string, rest = '') => `/app/o/${owner.orgId}/s/${id}${rest}`;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').trim();
const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;

beforeAll(async () => {
  ownerSession = await newSession();
  viewerSession = await newSession();
  page = ownerSession.page;
  viewer = viewerSession.page;
  for (const p of [page, viewer]) await p.setViewportSize({ width: 1280, height: 900 });
  owner = await createOwner(ownerSession.context, baseUrl, persistTo, 'Maison de santé du Port');
  await addMember(viewerSession.context, baseUrl, persistTo, owner, 'viewer', 'Lou Bernard');
  const base = `${baseUrl}/api/orgs/${owner.orgId}/surveys`;
  for (const [key, surveySlug] of [
    ['open', slug],
    ['draft', `${slug}-brouillon`],
  ] as const) {
    const created = await page.request.post(base, { data: definition(surveySlug) });
    expect(created.status(), await created.text()).toBe(201);
    ids[key] = ((await created.json()) as { id: string }).id;
  }
  expect((await page.request.post(`${base}/${ids.open}/publish`)).status()).toBe(200);
});

afterAll(async () => {
  await owner?.remove();
  await viewerSession?.close();
  await ownerSession?.close();
});

describe('participation codes', () => {
  it('are on by default in the editor for a survey with profile questions, which warns when they are turned off', async () => {
    await page.goto(`${baseUrl}${surveyPath(ids.draft, '/edit')}`);
    await page.getByRole('heading', { level: 1, name: 'Climat de la maison de santé' }).waitFor();
    await page.getByRole('button', { name: 'Anonymat, résultats et confidentialité' }).click();
    const codesBox = page.getByRole('checkbox', { name: 'Demander un code de participation à usage unique' });
    expect(await codesBox.isChecked()).toBe(true);
    // The editor sets French spacing (no-break spaces before « : »): \s matches them.
    await page.getByText(/Activé par défaut\s:\sce questionnaire a des questions de profil/).waitFor();
    await page.getByText(/· codes de participation$/).waitFor();
    expect(await page.getByTestId('checkbox-warning').count()).toBe(0);

    await codesBox.uncheck();
    const warning = page.getByTestId('checkbox-warning');
    await warning.waitFor();
    expect(plain(await warning.innerText())).toMatch(
      /^Attention : sans code, sur un lien ouvert, n’importe qui peut envoyer de fausses réponses\. .* isoler la réponse d’un·e collègue/,
    );
    expect(await codesBox.getAttribute('aria-describedby')).toContain(await warning.getAttribute('id'));
    await page.getByText(/· lien ouvert, sans code$/).waitFor();
    await expectNoAxeViolations(page, 'editor with codes turned off');
    if (SHOTS) await page.locator('#ed-settings-body').screenshot({ path: `${SHOTS}/editor-codes-off.png` });
    const stored = async () =>
      ((await (await page.request.get(`${baseUrl}/api/orgs/${owner.orgId}/surveys/${ids.draft}`)).json()) as { settings: { participationCodes?: boolean } })
        .settings;
    await expect.poll(async () => (await stored()).participationCodes, { timeout: 15_000 }).toBe(false);

    // Back on: the setting follows the survey's default again.
    await codesBox.check();
    await warning.waitFor({ state: 'detached' });
    await expect.poll(async () => 'participationCodes' in (await stored()), { timeout: 15_000 }).toBe(false);
  });

  it('need a declared population, stay within it, and every batch shows to the whole team', async () => {
    await page.goto(`${baseUrl}${surveyPath(ids.open, '/share')}`);
    await page.getByRole('heading', { level: 2, name: 'Codes de participation' }).waitFor();
    await page.getByText(/^Ce questionnaire demande un code \(réglage par défaut/).waitFor();
    expect(plain(await page.getByTestId('codes-summary').innerText())).toBe('Aucun code émis pour l’instant. Population déclarée : non renseignée.');

    // No declared population yet: refused, and the page says what to do.
    const count = page.getByLabel('Nombre de codes à créer');
    await count.fill('10');
    await page.getByRole('button', { name: 'Créer les codes' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Indiquez d’abord la population déclarée (personnes invitées ou présentes) : elle plafonne les codes' })
      .waitFor();
    await expectNoAxeViolations(page, 'codes refused without a population');

    const population = page.getByLabel('Population déclarée : personnes invitées ou présentes');
    await population.fill('12');
    await page.getByRole('button', { name: 'Enregistrer la population' }).click();
    await page.getByRole('status').filter({ hasText: 'Population déclarée enregistrée.' }).waitFor();
    await page.getByTestId('codes-summary').filter({ hasText: 'Population déclarée : 12 personnes.' }).waitFor();

    await page.getByRole('button', { name: 'Créer les codes' }).click();
    await page.getByText('Ces codes ne s’affichent qu’une seule fois').waitFor();
    codes = (await page.getByTestId('codes-list').locator('li').allTextContents()).map((code) => code.trim());
    expect(codes).toHaveLength(10);
    await page.getByTestId('codes-summary').filter({ hasText: '10 codes émis en tout.' }).waitFor();

    // Past the population: refused beside the field.
    await page.getByRole('button', { name: 'Créer d’autres codes' }).click();
    await count.fill('5');
    await page.getByRole('button', { name: 'Créer les codes' }).click();
    await page
      .locator('#codes-count-error')
      .filter({ hasText: 'Ces codes dépasseraient la population déclarée : chaque personne n’a besoin que d’un code' })
      .waitFor();
    expect(await count.getAttribute('aria-invalid')).toBe('true');
    // Nor can the population drop under the codes issued.
    await population.fill('8');
    await page.getByRole('button', { name: 'Enregistrer la population' }).click();
    await page
      .locator('#share-population-error')
      .filter({ hasText: '10 codes de participation sont déjà émis : la population déclarée ne peut pas descendre en dessous' })
      .waitFor();
    await expectNoAxeViolations(page, 'codes past the population');
    if (SHOTS) await page.getByRole('region', { name: 'Codes de participation', exact: true }).screenshot({ path: `${SHOTS}/share-codes.png` });

    // A viewer sees every batch: when, by whom, how many, the population then — on the share page and beside the results.
    const batch = ['Camille Durand', '10', '12'];
    await viewer.goto(`${baseUrl}${surveyPath(ids.open, '/share')}`);
    const viewerBatches = viewer.getByRole('table', { name: 'Lots de codes de participation émis' });
    await viewerBatches.waitFor();
    expect((await viewerBatches.getByRole('row').nth(1).getByRole('cell').allInnerTexts()).map(plain)).toEqual(batch);
    expect(await viewer.getByLabel('Nombre de codes à créer').count()).toBe(0);
    await expectNoAxeViolations(viewer, 'share page of a viewer');
    await viewer.goto(`${baseUrl}${surveyPath(ids.open, '/results')}`);
    const resultsBatches = viewer.getByRole('table', { name: 'Lots de codes de participation émis' });
    await resultsBatches.waitFor();
    expect((await resultsBatches.getByRole('row').nth(1).getByRole('cell').allInnerTexts()).map(plain)).toEqual(batch);
  });
});

describe('row exports', () => {
  async function submitWithCode(code: string, profession: string): Promise<void> {
    const response = await fetch(`${baseUrl}/api/s/${slug}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `codes-${randomUUID()}` },
      body: JSON.stringify({ answers: { profession, mood: 3 }, code }),
    });
    expect(response.status, await response.text()).toBe(201);
  }

  it('say beforehand what can be had, for owners only, and warn before the one file that keeps the survey closed', async () => {
    for (const [i, code] of codes.slice(0, 6).entries()) await submitWithCode(code, i % 2 ? 'gp' : 'nurse');
    const exportState = (p: Page) => p.getByRole('region', { name: 'Exporter les réponses' }).getByTestId('row-export-state');

    // Open: nothing yet, and why; a viewer learns the files are for owners.
    await page.goto(`${baseUrl}${surveyPath(ids.open, '/results')}`);
    expect(plain(await exportState(page).innerText())).toMatch(
      /^Pas disponible pour l’instant :\s+Il s’ouvre une fois le questionnaire clos : deux fichiers de publications différentes/,
    );
    expect(await page.getByTestId('export-csv').count()).toBe(0);
    await viewer.goto(`${baseUrl}${surveyPath(ids.open, '/results')}`);
    expect(await exportState(viewer).innerText()).toBe('Réservé aux responsables de l’organisation. Votre rôle donne accès aux chiffres agrégés seulement.');
    await expectNoAxeViolations(viewer, 'results of a viewer');

    // Closing publishes at once (no release yet).
    await page.goto(`${baseUrl}/app/o/${owner.orgId}`);
    const item = page.locator(`[data-testid="survey-item"][data-slug="${slug}"]`);
    await item.getByRole('button', { name: /^Clore/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Clore' }).click();
    await item.getByText('Clos', { exact: true }).waitFor();
    await item.getByTestId('response-count').filter({ hasText: '6 réponses publiées' }).waitFor();

    await page.goto(`${baseUrl}${surveyPath(ids.open, '/results')}`);
    await page
      .getByTestId('release-line')
      .filter({ hasText: /Publication n° 1 du .* : 6 réponses\. \(faite à la clôture du questionnaire\)/ })
      .waitFor();
    expect(await exportState(page).innerText()).toBe('Disponible : le questionnaire est clos et sa dernière publication compte assez de réponses.');
    await page.getByText(/^Un seul fichier ligne à ligne peut exister : après le premier téléchargement, ce questionnaire ne pourra plus rouvrir/).waitFor();
    expect(await page.getByTestId('export-csv').getAttribute('aria-describedby')).toBe('row-export-warning');
    await page.getByTestId('export-csv').click();
    const dialog = page.getByRole('dialog', { name: 'Télécharger les réponses ligne à ligne ?' });
    await dialog.getByText(/ce questionnaire restera clos pour de bon/).waitFor();
    await expectNoAxeViolations(page, 'row export warning');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/row-export-warning.png` });
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Télécharger' }).click()]);
    expect(download.suggestedFilename()).toBe(`${slug}-reponses.csv`);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [notes, table] = csv.split('\r\n\r\n');
    expect(notes).toMatch(/Publication n° 1 du .* : 6 réponses\./);
    expect(notes).toMatch(/Codes de participation : 10 émis le .* par Camille Durand \(population déclarée 12\)\./);
    expect(table!.trim().split('\r\n')).toHaveLength(1 + 6);

    // The file exists: the survey cannot reopen, and says what to do instead.
    await page.goto(`${baseUrl}/app/o/${owner.orgId}`);
    await item.getByRole('button', { name: /^Rouvrir/ }).click();
    await page.getByRole('alert').filter({ hasText: 'ne peut plus rouvrir' }).filter({ hasText: 'Lancez une nouvelle vague.' }).waitFor();
    await expectNoAxeViolations(page, 'reopening refused');

    // The report's method notes list the batches and the residual risk; its scores file says why there is none.
    await page.goto(`${baseUrl}${surveyPath(ids.open, '/report')}`);
    const method = page.getByRole('region', { name: 'Méthode' });
    await method.getByRole('table', { name: 'Lots de codes de participation émis' }).waitFor();
    expect(await method.getByTestId('report-risk').innerText()).toMatch(/^Ce questionnaire demande un code de participation/);
    expect(plain(await page.getByRole('region', { name: 'Exporter' }).getByTestId('row-export-state').innerText())).toMatch(
      /^Pas disponible pour l’instant :\s+Ce questionnaire ne contient aucun questionnaire validé intact : aucun score à exporter\.$/,
    );
    await expectNoAxeViolations(page, 'report of a closed survey');
  });
});

describe('the organisation’s publication hour', () => {
  it('is set by owners and read by every member', async () => {
    const before = quietReleaseHour();
    const after = (before + 1) % 24;
    await page.goto(`${baseUrl}/app/o/${owner.orgId}/members`);
    const form = page.getByRole('region', { name: 'Publication des résultats' });
    const select = form.getByRole('combobox', { name: 'Heure de publication (heure de Paris)' });
    await select.waitFor();
    expect(await select.inputValue()).toBe(String(before));
    await select.selectOption(String(after));
    await form.getByRole('button', { name: 'Enregistrer l’heure' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Heure de publication enregistrée : ${hour(after)}, heure de Paris.` })
      .waitFor();
    const settings = (await (await page.request.get(`${baseUrl}/api/orgs/${owner.orgId}/settings`)).json()) as { releaseHour: number; timeZone: string };
    expect(settings).toMatchObject({ releaseHour: after, timeZone: 'Europe/Paris' });
    await expectNoAxeViolations(page, 'members with the publication hour');

    await page.goto(`${baseUrl}${surveyPath(ids.open, '/results')}`);
    expect(await page.getByTestId('release-hour').innerText()).toMatch(
      new RegExp(`^Votre organisation publie ses résultats chaque jour à ${hour(after)} \\(heure de Paris\\)`),
    );

    // A viewer reads it, in English here, without a form.
    await viewer.goto(`${baseUrl}/app/o/${owner.orgId}/members`);
    await viewer.getByRole('button', { name: 'Switch to English' }).click();
    const shown = viewer.getByRole('region', { name: 'Publishing the results' }).getByTestId('release-hour');
    await shown.waitFor();
    expect(await shown.innerText()).toBe(`The organisation’s results are released every day at ${hour(after)} (Paris time). Only owners can change this hour.`);
    expect(await viewer.getByRole('combobox', { name: /Publication hour/ }).count()).toBe(0);
    await expectNoAxeViolations(viewer, 'members page of a viewer, in English');
    await viewer.getByRole('button', { name: 'Passer en français' }).click();
  });
});
