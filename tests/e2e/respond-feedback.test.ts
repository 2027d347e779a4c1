/**
 * A nurse answers « Santé des professionnels » (CBI + WHO-5) on her phone. After sending, the thank-you
 * screen shows her own scores in plain words beside where to find help, her organisation's contacts
 * included; she prints them (nothing is sent); a reload shows none of it again, and nothing of it was
 * kept on the device. A colleague whose WHO-5 is 20 reads a different message than one at 40: see a
 * doctor soon, with 15 and 112 for immediate danger.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SurveyTemplate } from '../../schema/templates/template.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { expectFocused } from './support/keyboard.ts';
import { createOwner, type Owner } from './support/owner.ts';
import { printedPages } from './support/pdf.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');

let session: Session;
let owner: Owner;
const slug = `sante-retour-${Date.now().toString(36)}`;
/** Written by the coordinator: two lines, and markup that must show as text, never as HTML. */
const CONTACTS = 'Médecine du travail : 01 23 45 67 89\nCellule d’écoute <b>CPTS</b> : le mardi, 14 h – 17 h';
const SHOTS = process.env.POULS_SCREENSHOTS;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/**
 * Profile: nurse; then the same point on every CBI row (`cbi`: 2 is « Parfois » / « En partie », 50 on
 * each burnout scale, reversed items included) and on every WHO-5 row (`who5`: the raw point, × 5 × 4).
 */
async function answerAndSend(page: Page, cbi: number, who5: number): Promise<void> {
  await page.goto(`${baseUrl}/s/${slug}`);
  await page.getByRole('heading', { level: 1, name: 'Santé des professionnels' }).waitFor();
  await page.getByRole('radio', { name: 'Infirmier ou infirmière', exact: true }).check();
  await page.getByRole('button', { name: 'Suivant' }).click();
  for (const [pageNumber, point] of [
    [2, cbi],
    [3, cbi],
    [4, cbi],
    [5, who5],
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
  await page.getByRole('region', { name: 'Vos résultats' }).waitFor();
}

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
  const created = await request.post(base, {
    data: { ...survey, slug, settings: { ...survey.settings, participationCodes: false, supportContacts: { fr: CONTACTS } } },
  });
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
    // « Parfois » everywhere on the CBI (50 on each scale), « Plus de la moitié du temps » on the WHO-5 (3 × 5 × 4 = 60).
    await answerAndSend(page, 2, 3);

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
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/feedback-screen.png`, fullPage: true });

    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    // The sheet she gets by printing: what it is, her scores, the numbers to call; no header, language
    // switch or button. (Printed first: once window.print() ran, headless Chromium keeps the page in its print job.)
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Switch to English' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Imprimer ou enregistrer mes scores' }).isVisible()).toBe(false);
    expect(await help.isVisible()).toBe(true);
    const sheets = printedPages(await page.pdf({ format: 'A4' }), SHOTS ? { dir: SHOTS, name: 'feedback-print', pages: 2 } : undefined);
    await page.emulateMedia({ media: 'screen' });
    expect(sheets.length).toBeLessThanOrEqual(2);
    expect(sheets.every((sheet) => sheet.inkShare > 0.1)).toBe(true);
    const printed = plain(sheets.map((sheet) => sheet.text).join('\n'));
    expect(printed).toMatch(/Santé des professionnels — mes scores du \d{1,2} \S+ \d{4}/);
    for (const line of [
      'Épuisement personnel',
      '50/100',
      'Bien-être (WHO-5, 0–100)',
      '60/100',
      '0 805 23 23 36',
      '3114',
      'Médecine du travail : 01 23 45 67 89',
    ])
      expect(printed, line).toContain(line);
    expect(printed).not.toContain('Imprimer ou enregistrer');
    expect(printed).not.toContain('English');
    // Then her button opens the browser's own print, and not one request leaves.
    const printing = page.evaluate(() => new Promise<boolean>((resolve) => addEventListener('beforeprint', () => resolve(true), { once: true })));
    await page.getByRole('button', { name: 'Imprimer ou enregistrer mes scores' }).click();
    expect(await printing).toBe(true);
    expect(requests).toEqual([]);

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

  it('graduates the well-being message: at 20, see a doctor soon, with 15 and 112 beside SPS and 3114; at 40, talk about it', async () => {
    const low = await newSession({ mobile: true });
    const middle = await newSession({ mobile: true });
    try {
      // « De temps en temps » on every WHO-5 row: 1 × 5 × 4 = 20. « Jamais ou presque jamais » on the CBI.
      await answerAndSend(low.page, 0, 1);
      const results = low.page.getByRole('region', { name: 'Vos résultats' });
      const urgent = results.getByTestId('feedback-urgent');
      expect(plain(await urgent.innerText()).split(/\n+/)).toEqual([
        'Voyez un médecin rapidement. Un de vos scores est très bas : prenez rendez-vous avec votre médecin traitant ou le médecin du travail.',
        'En cas de danger immédiat, appelez le 15 ou 112.',
      ]);
      expect(await urgent.getByRole('link', { name: '15', exact: true }).getAttribute('href')).toBe('tel:15');
      expect(await urgent.getByRole('link', { name: '112', exact: true }).getAttribute('href')).toBe('tel:112');
      const wellbeing = results.getByRole('listitem').filter({ has: low.page.getByRole('heading', { level: 3, name: 'Bien-être (WHO-5, 0–100)' }) });
      const lowText = plain(await wellbeing.innerText());
      expect(lowText).toContain('20/100 À voir avec un médecin');
      expect(lowText).toMatch(/À 28 ou moins sur 100, le bien-être est très bas : une dépression est possible\. Consultez un médecin rapidement/);
      // The burnout scales, at 0, flag nothing.
      expect(await results.getByText('Point d’attention').count()).toBe(0);
      // Where to find help lists emergency first, then SPS and 3114, each number a tel: link.
      const help = low.page.getByRole('region', { name: 'Besoin d’en parler ?' });
      expect(await help.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
        '15 (SAMU) ou 112 — Urgence',
        'SPS — Soins aux professionnels de santé',
        '3114 — Numéro national de prévention du suicide',
        'Dans votre organisation',
      ]);
      expect(await help.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
        'tel:15',
        'tel:112',
        'tel:0805232336',
        'tel:3114',
      ]);
      await expectNoAxeViolations(low.page, 'personal feedback, see a doctor soon');
      if (SHOTS) await low.page.screenshot({ path: `${SHOTS}/feedback-see-doctor.png`, fullPage: true });

      // « Moins de la moitié du temps » everywhere: 2 × 5 × 4 = 40, poor well-being, not the same words.
      await answerAndSend(middle.page, 0, 2);
      const middleResults = middle.page.getByRole('region', { name: 'Vos résultats' });
      const middleText = plain(
        await middleResults
          .getByRole('listitem')
          .filter({ has: middle.page.getByRole('heading', { level: 3, name: 'Bien-être (WHO-5, 0–100)' }) })
          .innerText(),
      );
      expect(middleText).toContain('40/100 Point d’attention');
      expect(middleText).toMatch(/À 50 ou moins sur 100, le bien-être est considéré comme faible\. En parler à votre médecin est recommandé\./);
      expect(middleText).not.toContain('très bas');
      expect(await middleResults.getByTestId('feedback-urgent').count()).toBe(0);
      expect(await middle.page.getByRole('region', { name: 'Besoin d’en parler ?' }).getByRole('link', { name: '112', exact: true }).count()).toBe(1);
      await expectNoAxeViolations(middle.page, 'personal feedback, poor well-being');
    } finally {
      await low.close();
      await middle.close();
    }
  });
});
