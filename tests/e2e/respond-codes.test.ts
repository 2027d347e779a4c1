/** A survey that gives one printed single-use code per person: what the respondent sees. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoSurvey } from '../../schema/demo.ts';
import { demoAnswers } from './support/api.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { expectFocused } from './support/keyboard.ts';
import { createOwner, type Owner } from './support/owner.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');

let session: Session;
let owner: Owner;
let codes: string[];
const slug = `avec-codes-${Date.now().toString(36)}`;

beforeAll(async () => {
  session = await newSession();
  owner = await createOwner(session.context, baseUrl, persistTo, 'CPTS des codes');
  const request = session.context.request;
  const base = `${baseUrl}/api/orgs/${owner.orgId}/surveys`;
  const created = await request.post(base, { data: { ...demoSurvey, slug, settings: { ...demoSurvey.settings, participationCodes: true } } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await request.post(`${base}/${id}/publish`)).status()).toBe(200);
  // Codes are capped by the declared population: two people here.
  expect((await request.put(`${base}/${id}/report/invited`, { data: { invited: 2 } })).status()).toBe(200);
  const made = await request.post(`${base}/${id}/codes`, { data: { count: 2 } });
  codes = ((await made.json()) as { codes: string[] }).codes;
  // the first code is spent by someone else
  const spent = await fetch(`${baseUrl}/api/s/${slug}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `spent-${Date.now()}-0123456789` },
    body: JSON.stringify({ answers: demoAnswers(), code: codes[0] }),
  });
  expect(spent.status).toBe(201);
});

afterAll(async () => {
  await owner?.remove();
  await session?.close();
});

describe('a survey with participation codes', () => {
  it('asks for the code first, refuses a spent one where it is typed, and accepts a fresh one', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/s/${slug}`);
    const code = page.getByLabel('Code de participation (obligatoire)');
    await code.waitFor();
    await expectNoAxeViolations(page, 'code field');

    // Without a code, « Suivant » stops on an announced error linked to the field.
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('alert').filter({ hasText: 'Saisissez le code de votre carte' }).waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');

    // Someone else's, already spent code (typed in lower case, without its dash), with every answer
    // given on this device: « Envoyer » is refused and brings the person back to the code.
    const surveyId = ((await (await fetch(`${baseUrl}/api/s/${slug}`)).json()) as { id: string }).id;
    await page.evaluate(
      ([s, id, answers]) => localStorage.setItem(`pouls:draft:${s}`, JSON.stringify({ surveyId: id, page: 0, answers, savedAt: Date.now() })),
      [slug, surveyId, demoAnswers()] as const,
    );
    await page.reload();
    await code.fill(codes[0]!.toLowerCase().replace('-', ''));
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Suivant' }).click();
    // The code is never kept on the device with the answers.
    expect(await page.evaluate((s) => localStorage.getItem(`pouls:draft:${s}`), slug)).not.toMatch(new RegExp(codes[0]!.replace('-', ''), 'i'));
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    const error = page.locator('#participation-code-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Code de participation inconnu ou déjà utilisé');
    await expectFocused(page.locator('.error-summary'));
    await expectNoAxeViolations(page, 'code refused');

    // A fresh code goes through.
    await code.fill(codes[1]!);
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await page.getByRole('heading', { level: 1, name: 'Merci pour votre participation !' }).waitFor();
  });
});
