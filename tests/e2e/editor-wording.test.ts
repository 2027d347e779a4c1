/**
 * A survey has had its first response, and its title has a typo. The editor keeps the wording
 * editable (title, options…) and saves it as before, each correction kept in the survey's history
 * (when, by whom, which texts); questions, options, conditions and settings stay frozen, their
 * controls off with the reason. A structural change made while a first response arrives is refused
 * with the server's reason, and the editor then offers the wording alone. In French and English,
 * axe-core clean.
 */
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SurveyDraft, SurveyInput } from '../../schema/survey.ts';
import { blankSurvey } from '../../web/app/dashboard/survey-copy.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { createOwner, type Owner } from './support/owner.ts';

const baseUrl = inject('baseUrl');
/** Generous: two cores are shared, and a state awaited is there when it is there. */
const POLL = { timeout: 15_000 };
const persistTo = inject('persistTo');

let session: Session;
let page: Page;
let owner: Owner;
const ids = { answered: '', later: '' };

/** An open survey whose one question anyone with the link can answer (no participation code). */
function openSurvey(title: string, slug: string): SurveyDraft {
  const survey = blankSurvey(title, slug, 'fr');
  return { ...survey, settings: { ...survey.settings, participationCodes: false } };
}

async function answer(slug: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/s/${slug}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-${randomUUID()}` },
    body: JSON.stringify({ answers: { 'question-1': 'yes' } }),
  });
  expect(response.status).toBe(201);
}

beforeAll(async () => {
  session = await newSession();
  page = session.page;
  await page.setViewportSize({ width: 1280, height: 900 });
  owner = await createOwner(session.context, baseUrl, persistTo, 'CPTS Val d’Erdre');
  for (const [key, title, slug] of [
    ['answered', 'Vie de la CPTS : votre avs compte', 'vie-de-la-cpts'],
    ['later', 'Soirées thématiques', 'soirees-thematiques'],
  ] as const) {
    const created = await page.request.post(`${baseUrl}/api/orgs/${owner.orgId}/surveys`, { data: openSurvey(title, slug) });
    expect(created.status()).toBe(201);
    ids[key] = ((await created.json()) as { id: string }).id;
    expect((await page.request.post(`${baseUrl}/api/orgs/${owner.orgId}/surveys/${ids[key]}/publish`)).status()).toBe(200);
  }
  await answer('vie-de-la-cpts');
});
afterAll(async () => {
  await session?.close();
  await owner?.remove();
});

const surveyUrl = (id: string) => `${baseUrl}/api/orgs/${owner.orgId}/surveys/${id}`;
const stored = async (id: string) => (await (await page.request.get(surveyUrl(id))).json()) as SurveyInput & { id: string; version: number; status: string };
const said = async (target: Locator) => (await target.innerText()).replace(/[\u00a0\u202f]/g, ' ');
const saveStatus = () => page.locator('#ed-save-status');
const history = () => page.getByTestId('wording-history');
const addQuestion = () => page.locator('.ed-main').getByRole('button', { name: 'Ajouter une question – page 1' });
const card = () => page.locator('li.ed-question').first();

/** Waits until the server holds what `read` expects: a save status line still showing an earlier save would not tell. */
async function waitStored<T>(read: (survey: Awaited<ReturnType<typeof stored>>) => T, expected: T): Promise<void> {
  await expect.poll(async () => read(await stored(ids.answered)), { timeout: 15_000 }).toEqual(expected);
}

/** The texts an element's aria-describedby points to. */
async function description(target: Locator): Promise<string> {
  const described = ((await target.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const texts = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ').replace(/[\u00a0\u202f]/g, ' ');
}

describe('a survey that has had responses', () => {
  it('keeps its wording editable and its structure and settings frozen, saying why', async () => {
    await page.goto(`${baseUrl}/app/o/${owner.orgId}/s/${ids.answered}/edit`);
    await page.getByRole('heading', { level: 2, name: 'Ce questionnaire a reçu des réponses : seule sa formulation peut changer' }).waitFor();
    // Adding a question is offered, off, with the reason read with it.
    expect(await addQuestion().getAttribute('aria-disabled')).toBe('true');
    expect(await description(addQuestion())).toMatch(/^Figé depuis la première réponse : questions, options, types, conditions et réglages ne changent plus/);
    await addQuestion().focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('button', { name: 'Ajouter la question' }).count()).toBe(0);

    await card()
      .getByRole('button', { name: /^Modifier la question 1/ })
      .click();
    expect(await card().getByRole('textbox', { name: 'Option 1, Français' }).getAttribute('readonly')).toBeNull();
    expect(await card().getByRole('textbox', { name: 'Nouvelle option, en français' }).count()).toBe(0);
    expect(await card().getByRole('checkbox', { name: 'Réponse obligatoire' }).isDisabled()).toBe(true);
    expect(
      await card()
        .getByRole('button', { name: /^Supprimer « Oui »/ })
        .getAttribute('aria-disabled'),
    ).toBe('true');

    await page.getByRole('button', { name: 'Anonymat, résultats et confidentialité' }).click();
    const k = page.getByRole('textbox', { name: 'Seuil d’anonymat (k)' });
    expect(await k.getAttribute('readonly')).not.toBeNull();
    expect(await description(k)).toContain('Figé depuis la première réponse');
    expect(await page.getByRole('radio', { name: 'Tout le monde, avec le lien des résultats' }).isDisabled()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Contact pour les questions sur les données (facultatif)' }).getAttribute('readonly')).toBeNull();
    await history().getByText('Aucune correction depuis la première réponse.').waitFor();
    await expectNoAxeViolations(page, 'editor of an answered survey');
  });

  it('saves a reworded title and option, each correction kept in the history', async () => {
    const title = page.getByRole('textbox', { name: 'Titre du questionnaire, Français' });
    await title.fill('Vie de la CPTS : votre avis compte');
    await waitStored((survey) => survey.title.fr, 'Vie de la CPTS : votre avis compte');
    const latest = history().locator('ol > li').first();
    await expect.poll(() => said(latest), { timeout: 15_000 }).toMatch(/^\d{1,2} \S+ \d{4} à \d\d:\d\d, par Camille Durand\s+Titre du questionnaire$/);
    await page.getByRole('heading', { level: 1, name: 'Vie de la CPTS : votre avis compte' }).waitFor();

    await card().getByRole('textbox', { name: 'Option 1, Français' }).fill('Oui, tout à fait');
    await waitStored((survey) => (survey.pages[0]!.questions[0] as { options: { label: { fr: string } }[] }).options[0]!.label.fr, 'Oui, tout à fait');
    await expect.poll(() => history().locator('ol > li').count(), { timeout: 15_000 }).toBe(2);
    expect(await said(history().locator('ol > li').first())).toContain('Question 1 « Première question » : option « Oui, tout à fait »');

    const survey = await stored(ids.answered);
    expect(survey.status).toBe('open');
    expect(survey.title.fr).toBe('Vie de la CPTS : votre avis compte');
    expect(survey.pages[0]!.questions[0]).toMatchObject({ options: [{ id: 'yes', label: { fr: 'Oui, tout à fait' } }, { id: 'no' }] });
    await expectNoAxeViolations(page, 'editor with the history of corrections');
  });

  it('refuses adding a question, with the reason', async () => {
    // As a tab opened before the first response would send it.
    const { id: _id, status: _status, version, ...definition } = await stored(ids.answered);
    const added = {
      ...definition,
      pages: [{ ...definition.pages[0]!, questions: [...definition.pages[0]!.questions, { id: 'other', type: 'short_text', label: { fr: 'Autre chose ?' } }] }],
    };
    const response = await page.request.put(surveyUrl(ids.answered), { data: added, headers: { 'If-Match': `"${version}"` } });
    expect(response.status()).toBe(409);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
      'Ce questionnaire a déjà eu des réponses : ses questions, options, conditions et réglages ne peuvent plus changer (seule la formulation peut l’être)',
    );
  });

  it('says so when a first response arrives while the structure is being changed, then offers the wording alone', async () => {
    await page.goto(`${baseUrl}/app/o/${owner.orgId}/s/${ids.later}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Soirées thématiques' }).waitFor();
    expect(await addQuestion().getAttribute('aria-disabled')).toBe('false');
    await answer('soirees-thematiques');

    await card()
      .getByRole('button', { name: /^Modifier la question 1/ })
      .click();
    await card().getByRole('textbox', { name: 'Nouvelle option, en français' }).fill('Peut-être');
    await card().getByRole('button', { name: 'Ajouter l’option' }).click();
    await expect
      .poll(() => said(saveStatus()), { timeout: 15_000 })
      .toMatch(/^Non enregistré : Ce questionnaire a déjà eu des réponses : ses questions, options, conditions et réglages ne peuvent plus changer/);
    await page.getByRole('heading', { level: 2, name: 'Ce questionnaire a reçu des réponses : seule sa formulation peut changer' }).waitFor();
    expect(await addQuestion().getAttribute('aria-disabled')).toBe('true');
    await expectNoAxeViolations(page, 'editor after a refused change');

    await page.getByRole('button', { name: 'Revenir à la version enregistrée' }).click();
    await expect.poll(() => page.locator('li.ed-question').first().locator('.ed-question-label').innerText(), POLL).toBe('Première question');
    await history().getByText('Aucune correction depuis la première réponse.').waitFor();
    expect((await stored(ids.later)).pages[0]!.questions[0]).toMatchObject({ options: [{ id: 'yes' }, { id: 'no' }] });
  });

  it('says all this in English too', async () => {
    await page.goto(`${baseUrl}/app/o/${owner.orgId}/s/${ids.answered}/edit`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 2, name: 'This survey has had responses: only its wording can change' }).waitFor();
    await history().getByRole('heading', { name: 'History of corrections' }).waitFor();
    await expect.poll(() => said(history().locator('ol > li').last()), POLL).toMatch(/^\d{1,2} \S+ \d{4}(,| at) \d\d:\d\d, by Camille Durand\s+Survey title$/);
    expect(await description(page.locator('.ed-main').getByRole('button', { name: 'Add a question – page 1' }))).toMatch(/^Frozen since the first response/);
    await expectNoAxeViolations(page, 'editor of an answered survey, in English');
    await page.getByRole('button', { name: 'Passer en français' }).click();
  });
});
