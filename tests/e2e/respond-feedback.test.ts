/**
 * A nurse answers « Santé des professionnels » (CBI + WHO-5) on her phone. After sending, the thank-you
 * screen shows her own scores in plain words beside where to find help, her organisation's contacts
 * included; a reload shows none of it again, and nothing of it was kept on the device.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SurveyTemplate } from '../../schema/templates/template.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { expectFocused } from './support/keyboard.ts';
import { createOwner, type Owner } from './support/owner.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');

let session: Session;
let owner: Owner;
const slug = `sante-retour-${Date.now().toString(36)}`;
/** Written by the coordinator: two lines, and markup that must show as text, never as HTML. */
const CONTACTS = 'Médecine du travail : 01 23 45 67 89\nCellule d’écoute <b>CPTS</b> : le mardi, 14 h – 17 h';

beforeAll(async () => {
  session = await newSession();
  owner = await createOwner(session.context, baseUrl, persistTo, 'CPTS du retour personnel');
  const request = session.context.request;
  const listed = await request.get(`${baseUrl}/api/templates`);
  expect(listed.status()).toBe(200);
  const { templates } = (await listed.json()) as { templates: SurveyTemplate[] };
  const template = templates.find((t) => t.templateId === 'sante-des-professionnels');
  expect(template, 'the « Santé des professionnels » template').toBeDefined();
  const survey = template!.survey;
  const base = `${baseUrl}/api/orgs/${owner.orgId}/surveys`;
  // The link is open to her (no code): this test is about what she reads after sending.
  const created = await request.post(base, { data: { ...survey, slug, settings: { ...survey.settings, participationCodes: false, supportContacts: { fr: CONTACTS } } } });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await request.post(`${base}/${id}/publish`)).status()).toBe(200);
});

afterAll(async () => {
  await owner?.remove();
  await session?.close();
});

describe('personal feedback after a burnout questionnaire', () => {
  it('shows her own scores and where to find help once, and keeps none of it', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/s/${slug}`);
    await page.getByRole('heading', { level: 1, name: 'Santé des professionnels' }).waitFor();

    // Page 1, the profile: one answer. Then the middle point on every CBI row (« Parfois », « En partie »:
    // 50 on each burnout scale, reversed items included, at the cutoff) and « Plus de la moitié du temps »
    // on every WHO-5 row (3 × 5 × 4 = 60).
    await page.getByRole('radio', { name: 'Infirmier ou infirmière', exact: true }).check();
    await page.getByRole('button', { name: 'Suivant' }).click();
    for (const [pageNumber, point] of [
      [2, 2],
      [3, 2],
      [4, 2],
      [5, 3],
    ] as const) {
      await page.locator('.progress-text', { hasText: `Page ${pageNumber} sur 6` }).waitFor();
      const rows = page.locator('.matrix-row');
      const count = await rows.count();
      expect(count).toBeGreaterThan(0);
      for (let row = 0; row < count; row++) await rows.nth(row).getByRole('radio').nth(point).check();
      await page.getByRole('button', { name: 'Suivant' }).click();
    }
    await page.locator('.progress-text', { hasText: 'Page 6 sur 6' }).waitFor();
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();

    // Thanks, focused as before; then the results.
    const thanks = page.getByRole('heading', { level: 1, name: 'Merci pour votre participation !' });
    await thanks.waitFor();
    await expectFocused(thanks);
    const results = page.getByRole('region', { name: 'Vos résultats' });
    await results.waitFor();
    const scale = (name: string) => results.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name }) });
    for (const name of ['Épuisement personnel', 'Épuisement lié au travail', 'Épuisement lié aux patients']) {
      const text = await scale(name).innerText();
      expect(text, name).toContain('50/100');
      expect(text, name).toContain('Point d’attention');
      expect(text, name).toMatch(/À partir de 50 sur 100, l’épuisement est considéré comme élevé/);
    }
    const wellbeing = await scale('Bien-être (WHO-5, 0–100)').innerText();
    expect(wellbeing).toContain('60/100');
    expect(wellbeing).not.toContain('Point d’attention');
    expect(await results.innerText()).toContain('pas un diagnostic');

    // Where to find help: numbers as tel: links, the organisation's own words as plain text, line breaks kept.
    const help = page.getByRole('region', { name: 'Besoin d’en parler ?' });
    const sps = help.getByRole('link', { name: '0 805 23 23 36' });
    expect(await sps.getAttribute('href')).toBe('tel:0805232336');
    expect(await help.getByRole('link', { name: '3114', exact: true }).getAttribute('href')).toBe('tel:3114');
    expect(await help.innerText()).toContain('SPS');
    const contacts = help.locator('.feedback-contacts');
    expect(await contacts.innerText()).toBe(CONTACTS);
    expect(await contacts.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('pre-line');
    expect(await contacts.locator('b').count()).toBe(0);
    await expectNoAxeViolations(page, 'personal feedback');

    // Nothing of it on the device, and nothing on the screen after a reload.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toMatch(/Épuisement|50\/100|feedback|0 805/);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Santé des professionnels' }).waitFor();
    await page.locator('.progress-text', { hasText: 'Page 1 sur 6' }).waitFor();
    expect(await page.getByRole('region', { name: 'Vos résultats' }).count()).toBe(0);
    const body = await page.locator('body').innerText();
    expect(body).not.toContain('/100');
    expect(body).not.toContain('Épuisement personnel');
    expect(body).not.toContain('0 805 23 23 36');
  });
});
