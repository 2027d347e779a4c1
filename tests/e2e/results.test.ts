/** A coordinator reads the demo's public results as they arrive; anyone can switch to English. */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { SurveyResults } from '../../schema/results.ts';
import { demoAnswers, demoResults, optionCount, submitDemo } from './support/api.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';

const baseUrl = inject('baseUrl');
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

/** The share the page should print for a profession: the server's percentage, French-formatted. */
function frenchPercent(results: SurveyResults, option: string): string {
  const profession = results.questions.find((q) => q.id === 'profession');
  const percent = profession && !profession.suppressed && profession.type === 'single' ? (profession.options.find((o) => o.key === option)?.percent ?? 0) : 0;
  return new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100).replace(/\s/g, ' ');
}

const total = () => page.getByTestId('total-responses').innerText();
const professionRow = (option: string) => page.getByRole('table', { name: /Quelle est votre profession/ }).getByRole('row', { name: new RegExp(`^${option}`) });

describe('the results page', () => {
  it('shows the figures of the submissions and updates them on refresh', async () => {
    // Figures move in steps of k responses: first reach a step, so that the next k are released together.
    const start = await demoResults(baseUrl);
    for (let i = 0; i < (K - (start.responses % K)) % K; i++) await submitDemo(baseUrl, demoAnswers({ profession: 'admin' }));
    const before = await demoResults(baseUrl);
    expect(before.released).toBe(before.responses);

    await page.goto(`${baseUrl}/s/demo/results`);
    await page.getByRole('heading', { level: 1, name: /Vie de la CPTS/ }).waitFor();
    expect(await total()).toBe(String(before.responses));
    expect(await page.getByText(`Aucun chiffre n’est affiché pour un groupe de moins de ${K} personnes.`).count()).toBe(1);

    for (let i = 0; i < K; i++) await submitDemo(baseUrl, demoAnswers({ profession: 'pharmacist', coordination: 5 }));
    const after = await demoResults(baseUrl);
    expect(after.responses).toBe(before.responses + K);
    expect(optionCount(after, 'profession', 'pharmacist')).toBe(optionCount(before, 'profession', 'pharmacist') + K);

    await page.getByRole('button', { name: 'Actualiser' }).click();
    await page.getByRole('status').filter({ hasText: `Résultats actualisés : ${after.responses} réponses au total.` }).waitFor();
    expect(await total()).toBe(String(after.responses));

    const pharmacists = optionCount(after, 'profession', 'pharmacist');
    const cells = (await professionRow('Pharmacien ou pharmacienne').getByRole('cell').allInnerTexts()).map((cell) => cell.replace(/\s/g, ' '));
    expect(cells).toEqual([String(optionCount(before, 'profession', 'pharmacist') + K), frenchPercent(after, 'pharmacist')]);
    expect(pharmacists).toBe(Number(cells[0]));
    expect(await page.getByRole('table', { name: /Êtes-vous satisfait/ }).getByRole('row', { name: /^5 – Très satisfait/ }).getByRole('cell').first().innerText()).not.toBe('0');

    // Written answers are never shown, only counted; every chart has its table.
    expect(await page.getByText('Les réponses écrites ne sont jamais publiées').count()).toBeGreaterThan(0);
    expect(await page.locator('.chart').count()).toBe(await page.locator('.chart[aria-hidden="true"]').count());
    expect(await page.locator('table caption').count()).toBeGreaterThanOrEqual(6);
    await expectNoAxeViolations(page, 'results page');
  });

  it('switches to English, and remembers it', async () => {
    await page.goto(`${baseUrl}/s/demo/results`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByText('Anonymous results').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Life of the CPTS: your opinion counts');
    await page.getByRole('heading', { level: 3, name: 'What is your profession?' }).waitFor();
    expect(await page.getByRole('button', { name: 'Refresh' }).count()).toBe(1);

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
    await page.route('**/api/s/demo/results', (route) =>
      route.fulfill({ status: 403, json: { errors: [{ path: 'settings.resultsVisibility', message: 'Les résultats de ce questionnaire ne sont pas publics' }] } }),
    );
    await page.goto(`${baseUrl}/s/demo/results`);
    await page.getByRole('heading', { level: 1, name: 'Résultats non publics' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await expectNoAxeViolations(page, 'results not public');
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
