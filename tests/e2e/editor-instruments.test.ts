/**
 * A coordinator opens a survey made from « Santé des professionnels » in the editor: the validated
 * questionnaires it carries are named, with the CBI's working-translation mention; once an item is
 * reworded the editor warns that the CBI lost its validated status and its score. axe-core clean.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SurveyInput } from '../../schema/survey.ts';
import { professionalHealth } from '../../schema/templates/professional-health.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { createOwner, type Owner } from './support/owner.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');

let session: Session;
let page: Page;
let owner: Owner;
let surveyId = '';

beforeAll(async () => {
  session = await newSession();
  page = session.page;
  owner = await createOwner(session.context, baseUrl, persistTo, 'CPTS du Val');
  const created = await page.request.post(`${baseUrl}/api/orgs/${owner.orgId}/surveys`, { data: { ...professionalHealth.survey, slug: 'sante-editeur' } });
  expect(created.status()).toBe(201);
  surveyId = ((await created.json()) as { id: string }).id;
});
afterAll(async () => {
  await session?.close();
  await owner?.remove();
});

describe('validated questionnaires in the editor', () => {
  it('names them while intact, and warns once one is changed', async () => {
    await page.goto(`${baseUrl}/app/o/${owner.orgId}/s/${surveyId}/edit`);
    const notice = page.getByRole('region', { name: 'Questionnaires validés' });
    await expect
      .poll(() => notice.textContent(), { timeout: 15_000 })
      .toContain('Inventaire de burnout de Copenhague (CBI) : questionnaire validé, scoré automatiquement.');
    expect(await notice.textContent()).toContain('Traduction de travail');
    expect(await notice.textContent()).toContain('Indice de bien-être OMS-5 (WHO-5) : questionnaire validé');
    await expectNoAxeViolations(page, 'editor with intact instruments');

    // A colleague rewords one CBI item (through the API, as the editor's autosave would).
    const current = (await (await page.request.get(`${baseUrl}/api/orgs/${owner.orgId}/surveys/${surveyId}`)).json()) as SurveyInput & { version: number };
    const work = current.pages.flatMap((p) => p.questions).find((q) => q.id === 'cbi_work_degree')!;
    if (work.type === 'matrix') work.items[0]!.label = { fr: 'Votre travail est-il fatigant ?', en: 'Is your work tiring?' };
    const { version, ...definition } = current as SurveyInput & { version: number; id?: string; status?: string };
    delete (definition as { id?: string }).id;
    delete (definition as { status?: string }).status;
    const put = await page.request.put(`${baseUrl}/api/orgs/${owner.orgId}/surveys/${surveyId}`, {
      data: definition,
      headers: { 'If-Match': String(version) },
    });
    expect(put.status(), await put.text()).toBe(200);

    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'CBI' });
    await expect
      .poll(() => alert.textContent(), { timeout: 15_000 })
      .toContain('Inventaire de burnout de Copenhague (CBI) modifié : il n’est plus présenté comme validé et n’est plus scoré.');
    expect(await alert.textContent()).toContain('cbi_work_degree');
    expect(await notice.textContent()).toContain('Indice de bien-être OMS-5 (WHO-5) : questionnaire validé');
    await expectNoAxeViolations(page, 'editor with an altered instrument');
  });
});
