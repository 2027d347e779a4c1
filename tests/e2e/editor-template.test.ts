/**
 * A coordinator adapts a survey made from a template. The template's examples (« Secteur nord »…) are
 * marked in the editor, and publishing — from the editor or the list — first shows what to check:
 * each example left, named with where it is, who sees the results, k, participation codes and, for a
 * scored survey, the organisation's missing help contacts, each with a way to the field. Conditions
 * read as sentences and start on the question just before; the toolbar and long labels fit a
 * 1280-pixel screen and a phone. axe-core checks each state.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SurveyInput } from '../../schema/survey.ts';
import { professionalHealth } from '../../schema/templates/professional-health.ts';
import { territoryNeeds } from '../../schema/templates/territory-needs.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { expectFocused } from './support/keyboard.ts';
import { createOwner, type Owner } from './support/owner.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const AREA = 'Dans quel secteur exercez-vous principalement ?';
const EXAMPLES = [
  'Exemples à remplacer par les communes ou secteurs de votre CPTS.',
  'Secteur nord',
  'Centre-ville',
  'Secteur sud',
  'Communes rurales',
  'Autre secteur',
];
const SHOTS = process.env.POULS_SCREENSHOTS;
const LONG_LABEL =
  'Si vous deviez choisir une seule action de la CPTS pour améliorer dès cette année l’accès aux soins non programmés dans votre commune, y compris le samedi matin, laquelle serait-ce et pourquoi ?';

let session: Session;
let page: Page;
let owner: Owner;
const ids = { needs: '', health: '' };

beforeAll(async () => {
  session = await newSession();
  page = session.page;
  await page.setViewportSize(DESKTOP);
  owner = await createOwner(session.context, baseUrl, persistTo, 'CPTS Nord Loire');
  for (const [key, survey] of [
    // Addresses are unique across organisations: each test file has its own.
    ['needs', { ...territoryNeeds.survey, slug: 'besoins-nord-loire' }],
    ['health', { ...professionalHealth.survey, slug: 'sante-nord-loire' }],
  ] as const) {
    const created = await page.request.post(`${baseUrl}/api/orgs/${owner.orgId}/surveys`, { data: survey });
    expect(created.status()).toBe(201);
    ids[key] = ((await created.json()) as { id: string }).id;
  }
});
afterAll(async () => {
  await session?.close();
  await owner?.remove();
});

const editUrl = (id: string) => `${baseUrl}/app/o/${owner.orgId}/s/${id}/edit`;
const said = async (target: Locator) => (await target.innerText()).replace(/[\u00a0\u202f]/g, ' ');
const card = (label: string | RegExp) => page.locator('li.ed-question').filter({ has: page.getByRole('heading', { level: 4, name: label }) });
const checklist = () => page.getByTestId('publish-checklist');
const check = (id: string) => checklist().locator(`[data-check="${id}"]`);

/** A screenshot of the page as it is, when POULS_SCREENSHOTS names a folder. */
async function shoot(name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** The texts an element's aria-describedby points to. */
async function description(target: Locator): Promise<string> {
  const described = ((await target.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const texts = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ').replace(/[\u00a0\u202f]/g, ' ');
}

type Stored = SurveyInput & { status: string };
const stored = async (id: string) => (await (await page.request.get(`${baseUrl}/api/orgs/${owner.orgId}/surveys/${id}`)).json()) as Stored;
/** The question of a stored survey with this id. */
const storedQuestion = (survey: Stored, id: string) => survey.pages.flatMap((p) => p.questions).find((q) => q.id === id);

/** Waits until the server holds what `read` expects: a save status line still showing an earlier save would not tell. */
async function waitStored<T>(id: string, read: (survey: Stored) => T, expected: T): Promise<void> {
  await expect.poll(async () => read(await stored(id)), { timeout: 15_000 }).toEqual(expected);
}

async function addQuestion(pageNumber: number, type: string, label: string): Promise<Locator> {
  await page
    .locator('.ed-main')
    .getByRole('button', { name: `Ajouter une question – page ${pageNumber}` })
    .click();
  await page.getByRole('radio', { name: type, exact: true }).check();
  await page.getByRole('textbox', { name: 'Intitulé de la question, en français' }).fill(label);
  await page.getByRole('button', { name: 'Ajouter la question' }).click();
  const added = card(label);
  await added.waitFor();
  return added;
}

describe('a survey made from a template', () => {
  it('marks the template’s examples to replace', async () => {
    await page.goto(editUrl(ids.needs));
    await page.getByRole('heading', { level: 1, name: 'Les besoins de notre territoire' }).waitFor();
    const area = card(AREA);
    await area.getByText('exemples à remplacer').waitFor();
    expect(await page.locator('.ed-badge-example').count()).toBe(1);
    await area.getByRole('button', { name: /^Modifier la question 2/ }).click();
    const north = area.getByRole('textbox', { name: 'Option 1, Français' });
    expect(await north.inputValue()).toBe('Secteur nord');
    // The mark is read with the field.
    expect(await description(north)).toContain('Exemple à remplacer');
    const help = area.getByRole('textbox', { name: 'Texte d’aide sous la question (facultatif), Français' });
    expect(await description(help)).toContain('Exemple du modèle : remplacez-le par votre texte avant de publier.');
    await expectNoAxeViolations(page, 'editor with template examples marked');
  });

  it('names every example left before publishing, each with a way to replace it', async () => {
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Publier le questionnaire ?' });
    await dialog.waitFor();
    expect(await said(check('placeholders'))).toContain('Exemples du modèle : 6 textes n’ont pas été remplacés ; les répondants les verraient tels quels.');
    for (const example of EXAMPLES) await check('placeholders').getByText(`« ${example} »`, { exact: false }).waitFor();
    expect(await said(check('placeholders'))).toContain(`« Secteur nord » (question 2 « ${AREA} », option 1)`);
    expect(await said(check('placeholders'))).toContain(`« ${EXAMPLES[0]} » (question 2 « ${AREA} », aide)`);
    expect(await said(check('visibility'))).toContain('l’équipe de coordination seulement');
    expect(await said(check('k'))).toContain('5 personnes');
    expect(await said(check('codes'))).toContain('demandés');
    // Not a scored survey: no help contacts to check.
    expect(await check('support').count()).toBe(0);
    expect(await check('placeholders').getAttribute('data-ok')).toBe('false');
    // Still possible, once the person knows.
    await dialog.getByRole('button', { name: 'Publier quand même' }).waitFor();
    await expectNoAxeViolations(page, 'publishing checklist with examples left');
    await shoot('publish-checklist-editor');

    await dialog.getByRole('button', { name: 'Remplacer – Secteur nord' }).click();
    await dialog.waitFor({ state: 'detached' });
    const north = card(AREA).getByRole('textbox', { name: 'Option 1, Français' });
    await expectFocused(north);
    await north.fill('Quartiers est');
    await waitStored(ids.needs, (survey) => (storedQuestion(survey, 'area') as { options: { label: { fr: string } }[] }).options[0]!.label.fr, 'Quartiers est');

    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    expect(await said(check('placeholders'))).toContain('5 textes n’ont pas été remplacés');
    expect(await check('placeholders').getByText('« Secteur nord »', { exact: false }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Publier quand même' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Clore', exact: true }).waitFor();
    const published = (await (await page.request.get(`${baseUrl}/api/s/besoins-nord-loire`)).json()) as SurveyInput;
    expect(published.pages[0]!.questions[1]).toMatchObject({ options: [{ id: 'north', label: { fr: 'Quartiers est' } }, ...[{}, {}, {}, {}]] });
  });

  it('reads conditions as sentences, starting on the question just before', async () => {
    const years = await addQuestion(1, 'Nombre', 'Depuis combien d’années exercez-vous ?');
    await years.getByRole('checkbox', { name: 'Afficher cette question seulement selon une réponse précédente' }).check();
    expect(await years.getByRole('combobox', { name: 'Quand la réponse à' }).inputValue()).toBe('practice_mode');
    await years.getByText('Affichée seulement si la réponse à « Quel est votre mode d’exercice ? » est « Libéral ».').waitFor();

    const recontact = await addQuestion(2, 'Texte court', 'Comment vous recontacter si vous le souhaitez ?');
    await recontact.getByRole('checkbox', { name: 'Afficher cette question seulement selon une réponse précédente' }).check();
    expect(await recontact.getByRole('combobox', { name: 'Quand la réponse à' }).inputValue()).toBe('comments');
    await recontact.getByText('Affichée seulement si une réponse est donnée à « Autre chose à dire à la CPTS ? ».').waitFor();
    const conditions = (survey: Stored) => survey.pages.flatMap((p) => p.questions).flatMap((q) => (q.showIf ? [[q.showIf.question, q.showIf.operator]] : []));
    await waitStored(ids.needs, conditions, [
      ['practice_mode', 'equals'],
      ['comments', 'answered'],
    ]);
    await expectNoAxeViolations(page, 'editor with conditions');
  });

  it('fits its toolbar and long labels on a 1280-pixel screen and on a phone', async () => {
    const recontact = card('Comment vous recontacter si vous le souhaitez ?');
    await recontact.getByRole('textbox', { name: 'Intitulé de la question, Français' }).fill(LONG_LABEL);
    await waitStored(ids.needs, (survey) => survey.pages[1]!.questions.at(-1)!.label.fr, LONG_LABEL);
    const label = card(LONG_LABEL).getByRole('textbox', { name: 'Intitulé de la question, Français' });
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await label.scrollIntoViewIfNeeded();
      const fit = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        const field = document.activeElement instanceof HTMLTextAreaElement ? document.activeElement : null;
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          toolbar: box('.ed-toolbar'),
          column: box('.survey-head'),
          columns: box('.ed-columns'),
          field: field && { scroll: field.scrollHeight - field.clientHeight, wide: field.scrollWidth - field.clientWidth },
        };
      });
      // Nothing wider than the screen; the toolbar starts with the page's column and ends with the editor's.
      expect(fit.page, `${viewport.width}px`).toBeLessThanOrEqual(0);
      expect(fit.toolbar.left).toBeGreaterThanOrEqual(fit.column.left - 0.5);
      expect(fit.toolbar.right).toBeLessThanOrEqual(fit.columns.right + 0.5);
      // The whole label shows: the field grew instead of hiding part of it.
      expect(fit.field).toEqual({ scroll: 0, wide: 0 });
      await expectNoAxeViolations(page, `editor at ${viewport.width}px with a long label`);
      await shoot(`editor-long-label-${viewport.width}`);
    }
    await page.setViewportSize(DESKTOP);
  });

  it('from the list, names the missing help contacts of a scored survey and leads to the field', async () => {
    await page.goto(`${baseUrl}/app/o/${owner.orgId}`);
    const item = page.locator(`[data-testid="survey-item"][data-slug="sante-nord-loire"]`);
    await item.getByRole('button', { name: /^Publier/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Publier «\s?Santé/ });
    await dialog.waitFor();
    expect(await said(check('support'))).toContain(
      'Contacts d’aide : ceux de votre organisation manquent. Les répondants ne verraient que les numéros nationaux (SPS, 3114) avec leurs résultats.',
    );
    expect(await check('support').getAttribute('data-ok')).toBe('false');
    await expectNoAxeViolations(page, 'publishing checklist from the list');
    await shoot('publish-checklist-list');

    await dialog.getByRole('link', { name: 'Corriger – Contacts d’aide' }).click();
    await page.waitForURL(/\/edit\?fix=/);
    const contacts = page.getByRole('textbox', { name: /^Contacts d’aide de votre organisation .*, Français/ });
    await contacts.waitFor();
    await expectFocused(contacts);
    await contacts.fill('Médecine du travail du territoire : 02 40 00 00 00');
    await waitStored(ids.health, (survey) => survey.settings.supportContacts?.fr, 'Médecine du travail du territoire : 02 40 00 00 00');

    await page.goto(`${baseUrl}/app/o/${owner.orgId}`);
    await item.getByRole('button', { name: /^Publier/ }).click();
    await dialog.waitFor();
    expect(await said(check('support'))).toContain('ceux de votre organisation sont renseignés');
    await dialog.getByRole('button', { name: 'Publier', exact: true }).click();
    await item.getByText('Ouvert', { exact: true }).waitFor();
  });
});
