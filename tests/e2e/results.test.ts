/**
 * Anyone reads the demo's public results as its releases publish them, each chart with its table on
 * demand; anyone can switch to English; private results are explained, not shown.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { DEMO_SURVEY_ID } from '../../schema/demo.ts';
import type { SurveyResults } from '../../schema/results.ts';
import { demoAnswers, demoResults, submitDemo } from './support/api.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { createOwner } from './support/owner.ts';
import { releaseNow } from './support/release.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');
const K = 5;

let session: Session;
let page: Page;
beforeEach(async () => {
  session = await newSession();
  page = session.page;
});
afterEach(async () => {
  await session.close();
});

/** Figures as the page prints them: French spaces are narrow or no-break. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** The profession row the page should print for an option: its released count and share, or why it is withheld. */
function professionCells(results: SurveyResults, option: string): string[] {
  const profession = results.questions.find((q) => q.id === 'profession');
  if (!profession || profession.suppressed || profession.type !== 'single') throw new Error('profession is not shown');
  const bar = profession.options.find((o) => o.key === option)!;
  if (bar.count === null)
    return [bar.withheld === 'deducible' ? `masqué : un groupe de moins de ${K} personnes s’en déduirait par différence` : `masqué : moins de ${K} personnes`];
  return [String(bar.count), new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(bar.percent! / 100).replace(/\s/g, ' ')];
}

async function releaseDemo(): Promise<SurveyResults> {
  for (let i = 0; i < K; i++) await submitDemo(baseUrl, demoAnswers({ profession: 'pharmacist', coordination: 5 }));
  await releaseNow(DEMO_SURVEY_ID);
  return demoResults(baseUrl);
}

/** Opens a question's table under its chart, as a person does, unless it is open already. */
async function showTable(question: string): Promise<void> {
  const disclosure = page.locator(`section.result[data-question="${question}"] details.figures-table`);
  if (!(await disclosure.evaluate((details) => (details as HTMLDetailsElement).open))) await disclosure.locator('summary').click();
}

const professionRow = (option: string) => page.getByRole('table', { name: /Quelle est votre profession/ }).getByRole('row', { name: new RegExp(`^${option}`) });

describe('the results page', () => {
  it('shows the latest release, never a live count, and the next release once refreshed', async () => {
    const before = await releaseDemo();
    expect(before.release).not.toBeNull();

    await page.goto(`${baseUrl}/s/demo/results`);
    await page.getByRole('heading', { level: 1, name: /Vie de la CPTS/ }).waitFor();
    expect(await page.getByTestId('released-responses').innerText()).toBe(String(before.responses));
    expect(plain(await page.getByTestId('release-line').innerText())).toContain(`Publication n° ${before.release!.number} du `);
    expect(await page.getByTestId('next-release').innerText()).toMatch(/^Prochaine publication possible le .* s’il est arrivé au moins 5 nouvelles réponses/);
    expect(await page.getByText(`Aucun chiffre n’est affiché pour un groupe de moins de ${K} personnes.`).count()).toBe(1);
    expect(await page.getByText(/Réponses reçues|Nouvelles réponses/).count()).toBe(0);
    // The tables wait under their charts until asked for.
    expect(await page.getByRole('table').count()).toBe(0);
    await showTable('profession');
    const nurses = (await professionRow('Infirmier ou infirmière').getByRole('cell').allInnerTexts()).map(plain);
    expect(nurses).toEqual(professionCells(before, 'nurse'));

    // A colleague answers: nothing moves, not on the page, not in the API.
    await submitDemo(baseUrl, demoAnswers({ profession: 'physio' }));
    expect(await demoResults(baseUrl)).toEqual(before);
    await page.getByRole('button', { name: 'Actualiser' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Chiffres à jour : publication n° ${before.release!.number}, ${before.responses} réponses.` })
      .waitFor();

    // The next release publishes them together with k more.
    const after = await releaseDemo();
    expect(after.release!.number).toBe(before.release!.number + 1);
    await page.getByRole('button', { name: 'Actualiser' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Chiffres à jour : publication n° ${after.release!.number}, ${after.responses} réponses.` })
      .waitFor();
    expect(await page.getByTestId('released-responses').innerText()).toBe(String(after.responses));
    await showTable('profession');
    const pharmacists = (await professionRow('Pharmacien ou pharmacienne').getByRole('cell').allInnerTexts()).map(plain);
    expect(pharmacists).toEqual(professionCells(after, 'pharmacist'));
    await showTable('coordination');
    expect(
      await page
        .getByRole('table', { name: /Êtes-vous satisfait/ })
        .getByRole('row', { name: /^5 – Très satisfait/ })
        .getByRole('cell')
        .first()
        .innerText(),
    ).not.toBe('0');

    // Written answers are never shown, only counted; every chart is one named image, with its table under it.
    expect(await page.getByText('Les réponses écrites ne sont jamais publiées').count()).toBeGreaterThan(0);
    const charts = await page.locator('.chart').count();
    expect(charts).toBeGreaterThanOrEqual(6);
    expect(await page.getByRole('img', { name: /^Graphique\. .* : les chiffres sont dans le tableau qui suit\.$/ }).count()).toBe(charts);
    expect(await page.locator('.chart + details.figures-table, .chart ~ details.figures-table').count()).toBe(charts);
    expect(await page.locator('table caption').count()).toBe(charts);
    await expectNoAxeViolations(page, 'results page');
  });

  it('switches to English, and remembers it', async () => {
    const results = await demoResults(baseUrl);
    await page.goto(`${baseUrl}/s/demo/results`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByText('Anonymous results').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Life of the CPTS: your opinion counts');
    await page.getByRole('heading', { level: 3, name: 'What is your profession?' }).waitFor();
    expect(await page.getByRole('button', { name: 'Refresh' }).count()).toBe(1);
    expect(plain(await page.getByTestId('release-line').innerText())).toContain(`Release no. ${results.release!.number} of `);

    await page.reload();
    await page.getByRole('heading', { level: 3, name: 'What is your profession?' }).waitFor();
    await expectNoAxeViolations(page, 'results page in English');
    await page.getByRole('button', { name: 'Passer en français' }).click();
    await page.getByText('Résultats anonymes').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  });
});

describe('private results', () => {
  it('are explained, not shown', async () => {
    // A real survey whose results its coordinators keep to themselves.
    const owner = await createOwner(session.context, baseUrl, persistTo, 'Maison de santé privée');
    try {
      const slug = `prive-${Date.now().toString(36)}`;
      const survey = {
        slug,
        title: { fr: 'Questionnaire interne' },
        settings: { k: 5, resultsVisibility: 'private', participationCodes: false },
        pages: [{ id: 'p1', questions: [{ id: 'mood', type: 'scale', label: { fr: 'Comment allez-vous ?' }, min: 1, max: 5 }] }],
      };
      const created = await page.request.post(`${baseUrl}/api/orgs/${owner.orgId}/surveys`, { data: survey });
      expect(created.status(), await created.text()).toBe(201);
      const { id } = (await created.json()) as { id: string };
      expect((await page.request.post(`${baseUrl}/api/orgs/${owner.orgId}/surveys/${id}/publish`)).status()).toBe(200);
      await page.goto(`${baseUrl}/s/${slug}/results`);
      await page.getByRole('heading', { level: 1, name: 'Résultats non publics' }).waitFor();
      expect(await page.getByRole('table').count()).toBe(0);
      expect(await page.locator('.chart').count()).toBe(0);
      await expectNoAxeViolations(page, 'results not public');
    } finally {
      await owner.remove();
    }
  });
});

describe('the home page', () => {
  it('introduces Pouls and leads to the demo and its results', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: /Prendre le pouls/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Répondre au questionnaire de démonstration' }).getAttribute('href')).toBe('/s/demo');
    expect(await page.getByRole('link', { name: 'Voir les résultats de la démonstration' }).getAttribute('href')).toBe('/s/demo/results');
    await expectNoAxeViolations(page, 'home page');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('link', { name: 'Answer the demo survey' }).waitFor();
    await page.getByRole('link', { name: 'Answer the demo survey' }).click();
    await page.getByRole('heading', { level: 1, name: 'Life of the CPTS: your opinion counts' }).waitFor();
    expect(await page.getByText('Page 1 of 3').count()).toBe(1);
    await page.getByRole('radiogroup', { name: /What is your profession\? \(required\)/ }).waitFor();
    await expectNoAxeViolations(page, 'respondent page in English');
  });
});
