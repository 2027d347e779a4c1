/**
 * A coordinator leaves the editor with a question left invalid (« Pas encore enregistré : un point à
 * corriger »): the app asks before leaving — by the « ← Tous les questionnaires » link, by the back
 * button, and when the tab is closed (the browser's own question) — and changes that can be saved are
 * saved on the way out, without a question. axe-core checks the question.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SurveyInput } from '../../schema/survey.ts';
import { blankSurvey } from '../../web/app/dashboard/survey-copy.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { expectFocused } from './support/keyboard.ts';
import { createOwner, type Owner } from './support/owner.ts';

const baseUrl = inject('baseUrl');
/** Generous: two cores are shared, and a state awaited is there when it is there. */
const POLL = { timeout: 15_000 };
const persistTo = inject('persistTo');

let session: Session;
let page: Page;
let owner: Owner;
let surveyId = '';

beforeAll(async () => {
  session = await newSession();
  page = session.page;
  await page.setViewportSize({ width: 1280, height: 900 });
  owner = await createOwner(session.context, baseUrl, persistTo, 'CPTS du Littoral');
  const created = await page.request.post(`${baseUrl}/api/orgs/${owner.orgId}/surveys`, {
    data: blankSurvey('Permanence des soins', 'permanence-des-soins', 'fr'),
  });
  expect(created.status()).toBe(201);
  surveyId = ((await created.json()) as { id: string }).id;
});
afterAll(async () => {
  await session?.close();
  await owner?.remove();
});

const editUrl = () => `${baseUrl}/app/o/${owner.orgId}/s/${surveyId}/edit`;
const stored = async () => (await (await page.request.get(`${baseUrl}/api/orgs/${owner.orgId}/surveys/${surveyId}`)).json()) as SurveyInput;
const said = async (target: Locator) => (await target.innerText()).replace(/[\u00a0\u202f]/g, ' ');
const saveStatus = () => page.locator('#ed-save-status');
const leaveDialog = () => page.getByRole('dialog', { name: 'Quitter sans enregistrer ?' });
const backLink = () => page.getByRole('link', { name: 'Tous les questionnaires', exact: true });
const questionLabel = () => page.getByRole('textbox', { name: 'Intitulé de la question, Français' });

/** Opens the only question and empties its wording: a problem that keeps the draft from being saved. */
async function breakTheQuestion(): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Permanence des soins' }).waitFor();
  const toggle = page.getByRole('button', { name: /^(Modifier|Replier) la question 1/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  // A click first: browsers only ask on closing a tab the person has used.
  await questionLabel().click();
  await questionLabel().fill('');
  await expect.poll(() => said(saveStatus()), { timeout: 15_000 }).toBe('Pas encore enregistré : un point à corriger');
}

describe('leaving the editor with changes not saved', () => {
  it('asks when « Tous les questionnaires » is followed, and staying goes back to the problem', async () => {
    await page.goto(editUrl());
    await breakTheQuestion();
    await backLink().click();
    await leaveDialog().waitFor();
    expect(await said(leaveDialog())).toContain('Vos dernières modifications ne sont pas enregistrées : un point est à corriger.');
    expect(page.url()).toBe(editUrl());
    // Staying is the first choice, and the safe one.
    await expectFocused(leaveDialog().getByRole('button', { name: 'Rester sur la page' }));
    await expectNoAxeViolations(page, 'editor asking before leaving');

    await leaveDialog().getByRole('button', { name: 'Rester sur la page' }).click();
    await leaveDialog().waitFor({ state: 'detached' });
    await expectFocused(questionLabel());
    expect(page.url()).toBe(editUrl());
  });

  it('asks on the back button too, and keeps the address of the editor', async () => {
    await page.goto(`${baseUrl}/app/o/${owner.orgId}`);
    await page
      .locator('[data-testid="survey-item"]')
      .getByRole('link', { name: /^Questions/ })
      .click();
    await breakTheQuestion();
    await page.evaluate(() => history.back());
    await leaveDialog().waitFor();
    await expect.poll(() => page.url(), POLL).toBe(editUrl());
    await leaveDialog().getByRole('button', { name: 'Rester sur la page' }).click();
    await leaveDialog().waitFor({ state: 'detached' });
    expect(await questionLabel().inputValue()).toBe('');

    // Leaving anyway: the dashboard, and the unsaved change is gone as the person chose.
    await page.evaluate(() => history.back());
    await leaveDialog().getByRole('button', { name: 'Quitter sans enregistrer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Questionnaires' }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/app/o/${owner.orgId}`);
    expect((await stored()).pages[0]!.questions[0]!.label.fr).toBe('Première question');
  });

  it('lets the browser ask when the tab is closed', async () => {
    await page.goto(editUrl());
    await breakTheQuestion();
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    // Staying keeps the page and the work in it.
    await dialog.dismiss();
    await page.getByRole('heading', { level: 1, name: 'Permanence des soins' }).waitFor();
    expect(page.isClosed()).toBe(false);
    expect(await questionLabel().inputValue()).toBe('');
    await questionLabel().fill('Première question');
    await expect.poll(() => said(saveStatus()), { timeout: 15_000 }).toMatch(/^Toutes les modifications sont enregistrées$|^Enregistré à/);
  });

  it('saves changes that can be saved on the way out, without asking', async () => {
    await page.goto(editUrl());
    await page.getByRole('heading', { level: 1, name: 'Permanence des soins' }).waitFor();
    await page.getByRole('textbox', { name: 'Titre du questionnaire, Français' }).fill('Permanence des soins, été 2027');
    // Left at once, before the usual pause: the title is saved first.
    await backLink().click();
    await page.getByRole('heading', { level: 1, name: 'Questionnaires' }).waitFor();
    expect(await leaveDialog().count()).toBe(0);
    expect((await stored()).title.fr).toBe('Permanence des soins, été 2027');
  });

  it('asks in English too', async () => {
    await page.goto(editUrl());
    await breakTheQuestion();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('link', { name: 'All surveys', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.getByText('Your latest changes are not saved: one thing needs fixing.').waitFor();
    await expectNoAxeViolations(page, 'editor asking before leaving, in English');
    await dialog.getByRole('button', { name: 'Stay on the page' }).click();
    await page.getByRole('button', { name: 'Passer en français' }).click();
  });
});
