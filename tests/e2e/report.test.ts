/**
 * The scored report of « Santé des professionnels »: 30 professionals answer — 29 through the public
 * API, one nurse on her phone with the keyboard only, who then reads her own scores and where to find
 * help — and the coordinator reads the report: participation, invited count and response rate, scores
 * by profession with a hidden small group, waves, print (A4 PDF) and axe-core on every page visited.
 */
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { surveyTemplates } from '../../schema/templates/index.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { expectFocused, tabTo } from './support/keyboard.ts';
import { createOwner, type Owner } from './support/owner.ts';
import { releaseNow } from './support/release.ts';
import type { SurveyReport } from '../../schema/report.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');

const template = surveyTemplates.find((t) => t.templateId === 'sante-des-professionnels')!;
const slug = `sante-${Date.now().toString(36)}`;
const questions = template.survey.pages.flatMap((page) => page.questions);

/** 29 professions: rehabilitation (3) and administration (2) stay under k = 5, so both are hidden by profession. */
const PROFESSIONS = [...Array(10).fill('doctor'), ...Array(8).fill('nurse'), ...Array(6).fill('pharmacist'), ...Array(3).fill('rehab'), ...Array(2).fill('admin')] as string[];

/** Respondent `i`'s answers: every scale answered, from rather well to rather worn out, varied item by item. */
function answersOf(i: number): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const question of questions) {
    if (question.id === 'profession') answers.profession = PROFESSIONS[i]!;
    else if (question.type === 'single' && question.breakdown) answers[question.id] = question.options[(i * 7 + question.id.length) % question.options.length]!.id;
    else if (question.type === 'matrix') {
      const { min, max } = question.scale;
      const level = i % (max - min + 1);
      answers[question.id] = Object.fromEntries(question.items.map((item, index) => [item.id, Math.min(max, Math.max(min, min + level + ((index * 2 + i) % 3) - 1))]));
    }
  }
  return answers;
}

async function submit(answers: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${baseUrl}/api/s/${slug}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `report-${randomUUID()}` },
    body: JSON.stringify({ answers }),
  });
  if (response.status !== 201) throw new Error(`submit: HTTP ${response.status} ${await response.text()}`);
}

/** French figures use narrow and no-break spaces: compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').trim();

let coordinator: Session;
let owner: Owner;
let surveyId: string;

beforeAll(async () => {
  expect(template, 'the « Santé des professionnels » template').toBeDefined();
  coordinator = await newSession();
  owner = await createOwner(coordinator.context, baseUrl, persistTo, 'CPTS du Val de Loire');
  const request = coordinator.context.request;
  const base = `${baseUrl}/api/orgs/${owner.orgId}/surveys`;
  // An open link (no codes): this test is about reading the report; codes have their own.
  const created = await request.post(base, { data: { ...template.survey, slug, settings: { ...template.survey.settings, participationCodes: false } } });
  expect(created.status(), await created.text()).toBe(201);
  surveyId = ((await created.json()) as { id: string }).id;
  expect((await request.post(`${base}/${surveyId}/publish`)).status()).toBe(200);
});

afterAll(async () => {
  await owner?.remove();
  await coordinator?.close();
});

/** Tabs into each radio group of the page in turn, picks its first choice with Space and moves down `steps(index)` with the arrow key. */
async function answerGroups(page: Page, steps: (index: number, group: Locator) => number): Promise<void> {
  const groups = page.getByRole('radiogroup');
  const count = await groups.count();
  for (let index = 0; index < count; index++) {
    const group = groups.nth(index);
    await tabTo(page, group.getByRole('radio').first());
    await page.keyboard.press('Space');
    for (let i = 0; i < steps(index, group); i++) await page.keyboard.press('ArrowDown');
  }
}

describe('a nurse on her phone, keyboard only', () => {
  it('answers every page, sends, and reads her own scores with where to find help', async () => {
    const nurse = await newSession({ mobile: true });
    const page = nurse.page;
    try {
      await page.goto(`${baseUrl}/s/${slug}`);
      await page.getByRole('heading', { level: 1, name: 'Santé des professionnels' }).waitFor();
      await expectNoAxeViolations(page, 'report survey, profile page');

      // Profile: nurse (second choice), then the first choice of the others.
      const profession = page.getByRole('radiogroup', { name: /Quelle est votre profession/ });
      await answerGroups(page, (index) => (index === 0 ? 1 : 0));
      expect(await profession.getByRole('radio', { name: 'Infirmier ou infirmière' }).isChecked()).toBe(true);

      // CBI (three pages) and WHO-5: one radio group per statement, each answered a little differently.
      const pages = template.survey.pages.length;
      for (let n = 2; n < pages; n++) {
        await tabTo(page, page.getByRole('button', { name: 'Suivant' }));
        await page.keyboard.press('Enter');
        await page.locator('.progress-text', { hasText: `Page ${n} sur ${pages}` }).waitFor();
        await answerGroups(page, (index) => 1 + (index % 3));
        if (n === 2) await expectNoAxeViolations(page, 'report survey, a CBI page');
      }
      await tabTo(page, page.getByRole('button', { name: 'Suivant' }));
      await page.keyboard.press('Enter');
      await page.locator('.progress-text', { hasText: `Page ${pages} sur ${pages}` }).waitFor();
      await tabTo(page, page.getByRole('button', { name: 'Envoyer mes réponses' }));
      await page.keyboard.press('Enter');

      // Her own scores, never stored, and where to find help.
      const thanks = page.getByRole('heading', { level: 1, name: 'Merci pour votre participation !' });
      await thanks.waitFor();
      await expectFocused(thanks);
      await page.getByText(/0\s805\s23\s23\s36/).first().waitFor();
      expect(await page.getByText(/3114/).count()).toBeGreaterThan(0);
      expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(0);
      expect(await page.getByText(/Épuisement personnel/).count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page, 'personal feedback');
    } finally {
      await nurse.close();
    }
  });
});

describe('the coordinator’s report', () => {
  it('shows participation, the response rate, scores by profession with a hidden group, waves, and prints on A4', async () => {
    for (let i = 0; i < PROFESSIONS.length; i++) await submit(answersOf(i));
    await releaseNow(surveyId);
    const { page } = coordinator;
    const api = (await (await page.request.get(`${baseUrl}/api/orgs/${owner.orgId}/surveys/${surveyId}/report?by=profession`)).json()) as SurveyReport;
    await page.setViewportSize({ width: 1280, height: 900 });

    // From the results tab to the report tab.
    await page.goto(`${baseUrl}/app/o/${owner.orgId}/s/${surveyId}/results`);
    const tabs = page.getByRole('navigation', { name: 'Ce questionnaire' });
    // Two questions per CBI scale: each labelled apart, so the results page stays axe-clean too.
    await page.locator('section.result').first().waitFor();
    await expectNoAxeViolations(page, 'results of the health survey');
    await tabs.getByRole('link', { name: 'Rapport' }).click();
    await page.waitForURL(`**/s/${surveyId}/report`);
    await page.getByTestId('report').waitFor();
    expect(await tabs.getByRole('link', { name: 'Rapport' }).getAttribute('aria-current')).toBe('page');

    // Participation: the release's 30 responses, never a live count.
    expect(await page.getByTestId('report-released').innerText()).toBe('30');
    expect(Number(await page.getByTestId('report-usable').innerText())).toBe(api.participation.usable);
    await page.getByTestId('release-line').filter({ hasText: /^Publication n° 1 du .* : 30 réponses\.$/ }).waitFor();

    // Scores: CBI « questionnaire validé » with its working translation, the three CBI scales and WHO-5, each with n.
    const cbi = page.getByTestId('instrument-cbi');
    expect(await cbi.getByText('questionnaire validé', { exact: true }).count()).toBe(1);
    expect(await cbi.getByText('traduction de travail', { exact: true }).count()).toBe(1);
    expect(await cbi.getByText(/^Traduction de travail : aucune version française validée/).count()).toBe(1);
    const cbiTable = cbi.getByRole('table', { name: /Scores par échelle, Inventaire de burnout de Copenhague/ });
    expect(await cbiTable.getByRole('row').count()).toBe(4);
    const personal = (await cbiTable.getByRole('row', { name: /Épuisement personnel/ }).getByRole('cell').allInnerTexts()).map(plain);
    expect(personal[1]).toBe('30');
    expect(personal[2]).toMatch(/^\d+,\d \[\d+,\d ; \d+,\d\]$/);
    // The share past the cutoff, or only its bound when nearly everyone is on one side.
    expect(personal[3]).toMatch(/^\d+(,\d)? % \[\d+(,\d)? % ; \d+(,\d)? %\] \(\d+\/30\)$|^au (moins|plus) \d+ % \(part arrondie/);
    expect(await page.getByTestId('instrument-who5').getByRole('table').getByRole('row', { name: /Bien-être/ }).count()).toBe(1);
    expect(await page.locator('svg[role="img"][aria-label^="Scores moyens"]').count()).toBe(2);
    // Item distributions, drawn like the results page.
    expect(await page.getByRole('table', { name: /Répartition des réponses/ }).count()).toBeGreaterThanOrEqual(6);
    await expectNoAxeViolations(page, 'report');

    // The declared population: 40, so 30 / 40 = 75 %.
    const invited = page.getByLabel('Population déclarée : personnes invitées ou présentes');
    await invited.fill('0');
    await page.getByRole('button', { name: 'Enregistrer la population' }).click();
    await page.getByRole('alert').filter({ hasText: 'Indiquez un nombre entier, au moins 1.' }).first().waitFor();
    expect(await invited.getAttribute('aria-invalid')).toBe('true');
    await invited.fill('40');
    await page.getByRole('button', { name: 'Enregistrer la population' }).click();
    await page.getByRole('status').filter({ hasText: 'Population déclarée enregistrée.' }).waitFor();
    expect(plain(await page.getByTestId('report-response-rate').innerText())).toBe('75 %');
    expect(await page.getByTestId('report-invited').innerText()).toBe('40');

    // By profession: rehabilitation (3 people) and administration (2) are hidden for being under k;
    // every group shows as the release published it, or says which rule hides it.
    await page.getByLabel('Comparer selon').selectOption('profession');
    await page.getByRole('button', { name: 'Afficher' }).click();
    const byProfession = page.getByRole('table', { name: /^Épuisement personnel, selon «\sQuelle est votre profession/ });
    await byProfession.waitFor();
    const row = (name: string) => byProfession.getByRole('row', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
    expect(await row('Rééducation').getByRole('cell').innerText()).toBe('groupe masqué : moins de 5 personnes');
    expect(await row('Secrétariat').getByRole('cell').innerText()).toBe('groupe masqué : moins de 5 personnes');
    const question = questions.find((q) => q.id === 'profession')!;
    for (const group of api.breakdown!.groups) {
      const label = 'options' in question ? question.options.find((o) => o.id === group.option)!.label.fr : group.option;
      const first = plain((await row(label).getByRole('cell').allInnerTexts())[0]!);
      if (group.respondents === null) expect(first).toMatch(group.withheld === 'deducible' ? /^groupe masqué : masqué pour qu’un groupe plus petit/ : /^groupe masqué : moins de 5 personnes$/);
      else expect(first).toBe(String(group.respondents));
    }
    expect(api.breakdown!.groups.filter((g) => g.respondents !== null).length).toBeGreaterThan(0);
    expect(await page.getByTestId('report-csv').getAttribute('href')).toContain('by=profession');

    // Waves: this survey is the only one of its series, shown as this report's wave.
    const waves = page.getByRole('table', { name: 'Épuisement personnel, par vague' });
    expect(await waves.getByRole('row', { name: /\(ce rapport\)/ }).count()).toBe(1);
    // The scored responses row by row: said unavailable, and why, while the survey is open.
    expect(plain(await page.getByRole('region', { name: 'Exporter' }).getByTestId('row-export-state').innerText())).toMatch(/^Pas disponible pour l’instant :\s+Il s’ouvre une fois le questionnaire clos/);
    // The method notes: the release rule, the codes issued (none: an open link) and the residual risk of fake responses.
    const method = page.getByRole('region', { name: 'Méthode' });
    await method.getByText(/^Les chiffres sont des publications : des instantanés figés/).waitFor();
    await method.getByText(/^Aucun code émis pour l’instant\./).waitFor();
    expect(await method.getByTestId('report-risk').innerText()).toMatch(/^Sur un lien ouvert \(sans code\), n’importe qui peut envoyer de fausses réponses/);
    await expectNoAxeViolations(page, 'report by profession');
    if (process.env.POULS_SCREENSHOTS) {
      await page.screenshot({ path: `${process.env.POULS_SCREENSHOTS}/report-top.png` });
      await cbi.screenshot({ path: `${process.env.POULS_SCREENSHOTS}/report-cbi.png` });
      await byProfession.screenshot({ path: `${process.env.POULS_SCREENSHOTS}/report-breakdown.png` });
    }

    // Print: no navigation, no form; the PDF is A4 and holds several pages.
    await page.emulateMedia({ media: 'print' });
    expect(await tabs.isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: /principale|Main/ }).first().isVisible()).toBe(false);
    expect(await invited.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Imprimer' }).isVisible()).toBe(false);
    expect(await cbiTable.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(30_000);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThan(30);
    const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
    // A4 is 595.3 × 841.9 points; Chromium rounds its page box up to whole pixels.
    expect(Math.abs(Number(box?.[1]) - 595.3)).toBeLessThan(2);
    expect(Math.abs(Number(box?.[2]) - 841.9)).toBeLessThan(2);
  });

  it('says so when a survey carries no validated questionnaire', async () => {
    const { page } = coordinator;
    const plainTemplate = surveyTemplates.find((t) => t.templateId !== template.templateId && !t.survey.pages.some((p) => p.questions.some((q) => q.id.startsWith('cbi_') || q.id.startsWith('who5'))))!;
    const created = await page.request.post(`${baseUrl}/api/orgs/${owner.orgId}/surveys`, { data: { ...plainTemplate.survey, slug: `sans-score-${Date.now().toString(36)}` } });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await page.goto(`${baseUrl}/app/o/${owner.orgId}/s/${id}/report`);
    await page.getByRole('heading', { level: 2, name: 'Pas de questionnaire validé' }).waitFor();
    expect(await page.getByTestId('report-released').innerText()).toBe('0');
    await page.getByText('Aucune publication pour l’instant : ce rapport ne montre encore aucun chiffre.').waitFor();
    expect(await page.locator('svg[role="img"]').count()).toBe(0);
    await expectNoAxeViolations(page, 'report without instruments');
  });
});
