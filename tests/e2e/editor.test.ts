/**
 * A coordinator builds a survey in the editor without touching JSON: a single-choice question with three
 * options, a short text shown only for one of them, a question moved with the keyboard, the live preview
 * following the conditions, autosave, a colleague's concurrent edit that is never overwritten, export and
 * re-import of the definition, and publishing. axe-core checks the editor with and without the preview,
 * and with the conflict dialog open. Set POULS_SCREENSHOTS=<dir> to keep phone and desktop screenshots.
 */
import { mkdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SurveyInput } from '../../schema/survey.ts';
import { blankSurvey } from '../../web/app/dashboard/survey-copy.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { expectFocused } from './support/keyboard.ts';
import { createOwner, type Owner } from './support/owner.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const SHOTS = process.env.POULS_SCREENSHOTS;
const SLUG = 'coordination-du-territoire';

const PROFESSION = 'Quelle est votre profession ?';
const OPTIONS = ['Infirmier ou infirmière', 'Médecin généraliste', 'Pharmacien ou pharmacienne'];
const PHARMACY = 'Dans quelle pharmacie exercez-vous ?';

type Stored = SurveyInput & { id: string; status: string; version: number };

let session: Session;
let page: Page;
let owner: Owner;
let surveyId = '';
const files = mkdtempSync(join(tmpdir(), 'pouls-editor-'));

beforeAll(async () => {
  session = await newSession();
  page = session.page;
  await page.setViewportSize(DESKTOP);
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  owner = await createOwner(session.context, baseUrl, persistTo, 'CPTS des Deux Rives');
  const created = await page.request.post(`${baseUrl}/api/orgs/${owner.orgId}/surveys`, { data: blankSurvey('Coordination du territoire', SLUG, 'fr') });
  expect(created.status()).toBe(201);
  surveyId = ((await created.json()) as Stored).id;
});
afterAll(async () => {
  await session?.close();
  await owner?.remove();
});

const surveyUrl = () => `${baseUrl}/api/orgs/${owner.orgId}/surveys/${surveyId}`;

async function stored(): Promise<Stored> {
  const response = await page.request.get(surveyUrl());
  expect(response.ok()).toBe(true);
  return (await response.json()) as Stored;
}

/** A screenshot on the desktop size and on a phone, when POULS_SCREENSHOTS names a folder. */
async function shoot(name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SHOTS, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}

const editor = () => page.locator('.ed-main');
const preview = () => page.getByRole('region', { name: 'Aperçu' });
const cardOf = (questionId: string) => page.locator(`[id="ed-q:${questionId}"]`);
const card = (label: string | RegExp) => page.locator('li.ed-question').filter({ has: page.getByRole('heading', { level: 4, name: label }) });
const saveStatus = () => page.locator('#ed-save-status');
/** What an element says, French no-break spaces read as spaces. */
const said = async (target: Locator) => (await target.innerText()).replace(/[\u00a0\u202f]/g, ' ');
const announcer = () => page.locator('.ed > p[aria-live="polite"]');

async function waitSaved(): Promise<void> {
  await expect.poll(() => said(saveStatus()), { timeout: 15_000 }).toMatch(/^Enregistré à \d\d:\d\d$/);
}

async function addQuestion(pageNumber: number, type: string, label: string): Promise<Locator> {
  await editor()
    .getByRole('button', { name: `Ajouter une question – page ${pageNumber}` })
    .click();
  await page.getByRole('radio', { name: type, exact: true }).check();
  await page.getByRole('textbox', { name: 'Intitulé de la question, en français' }).fill(label);
  await page.getByRole('button', { name: 'Ajouter la question' }).click();
  const added = card(label);
  await added.waitFor();
  return added;
}

async function questionOrder(): Promise<string[]> {
  return page.locator('li.ed-question .ed-question-label').allInnerTexts();
}

describe('building a survey in the editor', () => {
  it('opens a new blank survey, with the live preview beside it', async () => {
    await page.goto(`${baseUrl}/app/o/${owner.orgId}/s/${surveyId}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Coordination du territoire' }).waitFor();
    await preview().getByRole('heading', { name: 'Coordination du territoire' }).waitFor();
    expect(await questionOrder()).toEqual(['Première question']);
    expect(await said(saveStatus())).toBe('Toutes les modifications sont enregistrées');
    await expectNoAxeViolations(page, 'editor with the preview');
    await shoot('editor-blank');
  });

  it('adds a single choice with three options and a short text shown only for one of them', async () => {
    const profession = await addQuestion(1, 'Choix unique', PROFESSION);
    // Focus waits in « new option »: Enter adds each one and stays there.
    const newOption = profession.getByRole('textbox', { name: 'Nouvelle option, en français' });
    await expectFocused(newOption);
    for (const option of OPTIONS) {
      await page.keyboard.type(option);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => said(announcer())).toBe(`« ${OPTIONS[2]} » ajoutée (3 au total).`);
    for (const [i, option] of OPTIONS.entries()) expect(await profession.getByRole('textbox', { name: `Option ${i + 1}, Français` }).inputValue()).toBe(option);
    await profession.getByRole('textbox', { name: 'Intitulé de la question, Anglais' }).fill('What is your profession?');
    await profession.getByRole('checkbox', { name: 'Utiliser cette question pour filtrer les résultats' }).check();

    const pharmacy = await addQuestion(1, 'Texte court', PHARMACY);
    await expectFocused(pharmacy.getByRole('textbox', { name: 'Intitulé de la question, Français' }));
    await pharmacy.getByRole('checkbox', { name: 'Afficher cette question seulement selon une réponse précédente' }).check();
    // Only earlier questions are offered; the one just before is chosen, with an operator that fits it.
    const target = pharmacy.getByRole('combobox', { name: 'Quand la réponse à' });
    expect(await target.locator('option').allInnerTexts()).toEqual(['1. Première question', `2. ${PROFESSION}`]);
    expect(await target.inputValue()).toBe('quelle_est_votre_profession');
    expect(await pharmacy.getByRole('combobox', { name: 'Condition' }).locator('option').allInnerTexts()).toEqual([
      'est donnée (quelle qu’elle soit)',
      'est',
      'n’est pas',
      'est l’une de celles-ci',
    ]);
    await pharmacy.getByRole('combobox', { name: 'Réponse attendue' }).selectOption({ label: OPTIONS[2]! });
    await pharmacy.getByText(`Affichée seulement si la réponse à « ${PROFESSION} » est « ${OPTIONS[2]} ».`).waitFor();
    await waitSaved();
  });

  it('moves a question with the keyboard, announced, focus staying on the button', async () => {
    const moveUp = card(PROFESSION).getByRole('button', { name: `Monter la question 2 « ${PROFESSION} »` });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await expect.poll(questionOrder).toEqual([PROFESSION, 'Première question', PHARMACY]);
    await expect.poll(() => said(announcer())).toBe(`« ${PROFESSION} » déplacée en position 1 sur 3, page 1.`);
    // The same button, now named after its new place, keeps focus and says it can go no higher.
    const moved = card(PROFESSION).getByRole('button', { name: `Monter la question 1 « ${PROFESSION} »` });
    await expectFocused(moved);
    expect(await moved.getAttribute('aria-disabled')).toBe('true');
  });

  it('deletes a question, and brings it back with « Annuler »', async () => {
    const first = card('Première question');
    await first.getByRole('button', { name: /^Modifier/ }).click();
    await first.getByRole('button', { name: /^Supprimer la question/ }).click();
    await expect.poll(questionOrder).toEqual([PROFESSION, PHARMACY]);
    const undo = page.locator('.ed-undo');
    await expect.poll(() => said(undo.getByRole('status'))).toBe('Question « Première question » supprimée.');
    // Focus moves on to the next question rather than being lost with the deleted one.
    await expectFocused(card(PHARMACY).getByRole('button', { name: /^(Modifier|Replier) la question 2/ }));
    await undo.getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(questionOrder).toEqual([PROFESSION, 'Première question', PHARMACY]);
    await expectFocused(card('Première question').getByRole('button', { name: /^Replier la question 2/ }));
    await undo.getByRole('button', { name: 'Annuler' }).waitFor({ state: 'detached' });
  });

  it('shows the conditional question in the preview only for the chosen answer', async () => {
    const pane = preview();
    const question = pane.getByRole('textbox', { name: PHARMACY });
    await pane.getByRole('radio', { name: OPTIONS[2] }).waitFor();
    expect(await question.count()).toBe(0);
    await pane.getByRole('radio', { name: OPTIONS[2] }).check();
    await question.waitFor();
    await pane.getByRole('radio', { name: OPTIONS[1] }).check();
    await question.waitFor({ state: 'detached' });
    // In English, with the translation given and French where there is none.
    await pane.getByRole('radio', { name: 'English' }).check();
    await pane.getByRole('radiogroup', { name: 'What is your profession?' }).waitFor();
    await pane.getByRole('radio', { name: 'Français' }).check();
    await waitSaved();
    await shoot('editor-built');
  });

  it('has saved everything: a reload finds it as it was', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Coordination du territoire' }).waitFor();
    expect(await questionOrder()).toEqual([PROFESSION, 'Première question', PHARMACY]);
    await card(PHARMACY).getByText(`Affichée seulement si la réponse à « ${PROFESSION} » est « ${OPTIONS[2]} ».`).waitFor();
    await card(PROFESSION)
      .getByRole('button', { name: /^Modifier/ })
      .click();
    for (const [i, option] of OPTIONS.entries())
      expect(
        await card(PROFESSION)
          .getByRole('textbox', { name: `Option ${i + 1}, Français` })
          .inputValue(),
      ).toBe(option);

    const survey = await stored();
    const questions = survey.pages[0]!.questions;
    expect(questions.map((q) => q.id)).toEqual(['quelle_est_votre_profession', 'question-1', 'dans_quelle_pharmacie_exercez_vous']);
    expect(questions[0]).toMatchObject({
      type: 'single',
      label: { fr: PROFESSION, en: 'What is your profession?' },
      breakdown: true,
      options: [
        { id: 'infirmier_ou_infirmiere', label: { fr: OPTIONS[0] } },
        { id: 'medecin_generaliste', label: { fr: OPTIONS[1] } },
        { id: 'pharmacien_ou_pharmacienne', label: { fr: OPTIONS[2] } },
      ],
    });
    expect(questions[2]).toMatchObject({
      type: 'short_text',
      showIf: { question: 'quelle_est_votre_profession', operator: 'equals', value: 'pharmacien_ou_pharmacienne' },
    });
  });

  it('shows each problem beside its field and in a summary, and saves once it is fixed', async () => {
    // Found by id: its heading changes with its wording.
    const profession = cardOf('quelle_est_votre_profession');
    const label = page.locator('[id="ed-q:quelle_est_votre_profession.label-fr"]');
    expect(await label.getAttribute('aria-required')).toBe('true');
    await profession.getByRole('textbox', { name: 'Intitulé de la question, Français' }).fill('');
    await expect.poll(() => said(saveStatus()), { timeout: 15_000 }).toBe('Pas encore enregistré : un point à corriger');
    const summary = page.getByRole('region', { name: 'Un point à corriger avant d’enregistrer' });
    const link = summary.getByRole('link', { name: /^Page 1 · Question 1 « What is your profession\? » — Écrivez ce texte en français/ });
    await link.waitFor();
    expect(await label.getAttribute('aria-invalid')).toBe('true');
    await profession.locator('.ed-error', { hasText: 'Écrivez ce texte en français' }).waitFor();
    // In English too, and switching language keeps the unsaved work.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => said(saveStatus())).toBe('Not saved yet: one thing to fix');
    await profession.locator('.ed-error', { hasText: 'Write this text in French (English is optional)' }).waitFor();
    expect(await label.inputValue()).toBe('');
    await page.getByRole('button', { name: 'Passer en français' }).click();
    await expect.poll(() => said(saveStatus())).toBe('Pas encore enregistré : un point à corriger');
    await expectNoAxeViolations(page, 'editor with a problem');
    await link.click();
    await expectFocused(label);
    await page.keyboard.type(PROFESSION);
    await summary.waitFor({ state: 'detached' });
    // Typed back as it was saved: nothing left to send.
    await expect.poll(() => said(saveStatus())).toBe('Toutes les modifications sont enregistrées');
  });

  it('never overwrites a colleague’s concurrent edit: it explains and offers their version', async () => {
    // A colleague saves from elsewhere, with the current version.
    const before = await stored();
    const { id: _id, status: _status, version, ...definition } = before;
    const theirs = { ...definition, title: { fr: 'Coordination du territoire (version de Karim)' } };
    const cookie = (await session.context.cookies(baseUrl)).map((c) => `${c.name}=${c.value}`).join('; ');
    const put = await fetch(surveyUrl(), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'If-Match': `"${version}"`, Cookie: cookie },
      body: JSON.stringify(theirs),
    });
    expect(put.status).toBe(200);

    await editor().getByRole('textbox', { name: 'Texte d’introduction (facultatif), Français' }).fill('Merci de votre participation.');
    const dialog = page.getByRole('dialog', { name: 'Quelqu’un d’autre a modifié ce questionnaire' });
    await dialog.waitFor({ timeout: 15_000 });
    expect(await said(saveStatus())).toBe('Enregistrement suspendu : quelqu’un d’autre a modifié ce questionnaire.');
    await expectNoAxeViolations(page, 'editor with the conflict dialog');
    await shoot('editor-conflict');

    // Nothing was overwritten.
    const after = await stored();
    expect(after.title.fr).toBe('Coordination du territoire (version de Karim)');
    expect(after.description).toBeUndefined();

    // Mine can be copied as JSON before loading theirs.
    await dialog.getByRole('button', { name: 'Copier ma version (JSON)' }).click();
    await dialog.getByText('Votre version est copiée dans le presse-papiers.', { exact: false }).waitFor();
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as SurveyInput;
    expect(copied.description).toEqual({ fr: 'Merci de votre participation.' });
    expect(copied.title.fr).toBe('Coordination du territoire');

    await dialog.getByRole('button', { name: 'Charger leur version (perdre la mienne)' }).click();
    await dialog.waitFor({ state: 'detached' });
    const title = editor().getByRole('textbox', { name: 'Titre du questionnaire, Français' });
    await expect.poll(() => title.inputValue()).toBe('Coordination du territoire (version de Karim)');
    expect(await editor().getByRole('textbox', { name: 'Texte d’introduction (facultatif), Français' }).inputValue()).toBe('');
    // Editing works again from their version.
    await title.fill('Coordination du territoire');
    await waitSaved();
  });

  it('exports the definition as <slug>.json and imports it back, checked first', async () => {
    const download = page.waitForEvent('download');
    await editor().getByRole('button', { name: 'Exporter (fichier JSON)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${SLUG}.json`);
    const path = join(files, file.suggestedFilename());
    await file.saveAs(path);
    const exported = JSON.parse(readFileSync(path, 'utf8')) as SurveyInput;
    const { id: _id, status: _status, version: _version, ...current } = await stored();
    expect(exported).toEqual(current);

    // A broken file is refused, with where the problems are.
    const broken = join(files, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...exported, settings: { ...exported.settings, k: 1 } }));
    const input = editor().getByLabel('Fichier de questionnaire à importer');
    await input.setInputFiles(broken);
    const refusal = page.getByRole('alert').filter({ hasText: 'Ce fichier ne peut pas être importé' });
    await refusal.getByText('À l’emplacement settings.k — Doit être au moins 3').waitFor();

    // The exported file, reworded, replaces the draft once confirmed.
    const reworded = join(files, 'reworded.json');
    writeFileSync(reworded, JSON.stringify({ ...exported, title: { fr: 'Coordination du territoire 2027', en: 'Coordination in the area 2027' } }));
    await input.setInputFiles(reworded);
    const confirm = page.getByRole('dialog', { name: 'Remplacer ce brouillon ?' });
    await confirm.getByText(/Le fichier contient «\sCoordination du territoire 2027\s» \(3 questions\)/).waitFor();
    await confirm.getByRole('button', { name: 'Remplacer' }).click();
    await expect.poll(() => editor().getByRole('textbox', { name: 'Titre du questionnaire, Français' }).inputValue()).toBe('Coordination du territoire 2027');
    await waitSaved();
    const imported = await stored();
    expect(imported.title).toEqual({ fr: 'Coordination du territoire 2027', en: 'Coordination in the area 2027' });
    expect(imported.pages).toEqual(exported.pages);
  });

  it('hides the preview on request and stays accessible', async () => {
    const toggle = page.getByRole('button', { name: 'Masquer l’aperçu' });
    await toggle.click();
    await preview().waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Afficher l’aperçu' }).getAttribute('aria-expanded')).toBe('false');
    await expectNoAxeViolations(page, 'editor without the preview');
    await page.getByRole('button', { name: 'Afficher l’aperçu' }).click();
    await preview().waitFor();
  });

  it('publishes the survey', async () => {
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Publier le questionnaire ?' });
    await dialog.getByRole('button', { name: 'Publier' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Clore', exact: true }).waitFor();
    await expect.poll(() => said(announcer())).toBe('Questionnaire publié : il reçoit des réponses.');
    await page.getByRole('link', { name: new RegExp(`/s/${SLUG}$`) }).waitFor();
    expect((await stored()).status).toBe('open');
    const published = await page.request.get(`${baseUrl}/api/s/${SLUG}`);
    expect(published.status()).toBe(200);
    await expectNoAxeViolations(page, 'editor of a published survey');
    await shoot('editor-published');
  });

  it('on a phone, shows the preview instead of the editor', async () => {
    await page.setViewportSize(PHONE);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Coordination du territoire 2027' }).waitFor();
    expect(await preview().count()).toBe(0);
    await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
    await preview().getByRole('heading', { name: 'Coordination du territoire 2027' }).waitFor();
    expect(await editor().isVisible()).toBe(false);
    await expectNoAxeViolations(page, 'preview on a phone');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'editor-preview-phone.png'), fullPage: true });
    await preview().getByRole('button', { name: 'Revenir à l’édition' }).click();
    await expectFocused(page.getByRole('button', { name: 'Aperçu', exact: true }));
    await page.setViewportSize(DESKTOP);
  });
});
