/**
 * Results as releases, in the coordinator's results page: nothing before the first release (not even a
 * count), then frozen figures with the release they come from; profile counts withheld with the rule
 * that hides them; a share rounded to a bound; a figure the next release could not refresh; group views
 * offered only where the audit allows, with a filtered view naming its filter; participation per release.
 * Releases come from the worker's hourly job, run on demand (support/release.ts). axe-core on each state.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SurveyResults } from '../../schema/results.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';
import { createOwner, type Owner } from './support/owner.ts';
import { releaseNow } from './support/release.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');
const SHOTS = process.env.POULS_SCREENSHOTS;
const slug = `equipe-${Date.now().toString(36)}`;

const yesNo = [
  { id: 'yes', label: { fr: 'Oui', en: 'Yes' } },
  { id: 'no', label: { fr: 'Non', en: 'No' } },
];
const survey = {
  slug,
  title: { fr: 'Vie d’équipe', en: 'Team life' },
  settings: { k: 5, resultsVisibility: 'public', participationCodes: false },
  pages: [
    {
      id: 'p1',
      questions: [
        {
          id: 'profession',
          type: 'single',
          label: { fr: 'Quelle est votre profession ?', en: 'What is your profession?' },
          required: true,
          breakdown: true,
          options: [
            { id: 'gp', label: { fr: 'Médecin', en: 'Doctor' } },
            { id: 'nurse', label: { fr: 'Infirmier ou infirmière', en: 'Nurse' } },
            { id: 'physio', label: { fr: 'Kinésithérapeute', en: 'Physiotherapist' } },
          ],
        },
        {
          id: 'site',
          type: 'single',
          label: { fr: 'Sur quel site travaillez-vous ?', en: 'Which site do you work at?' },
          required: true,
          breakdown: true,
          options: [
            { id: 'north', label: { fr: 'Nord', en: 'North' } },
            { id: 'south', label: { fr: 'Sud', en: 'South' } },
          ],
        },
        { id: 'team', type: 'single', label: { fr: 'Travaillez-vous en équipe ?', en: 'Do you work as a team?' }, required: true, options: yesNo },
        {
          id: 'mood',
          type: 'scale',
          label: { fr: 'Comment allez-vous ?', en: 'How are you?' },
          required: true,
          min: 1,
          max: 5,
          labels: [
            { value: 1, label: { fr: 'Mal', en: 'Badly' } },
            { value: 5, label: { fr: 'Bien', en: 'Well' } },
          ],
        },
        { id: 'extra', type: 'single', label: { fr: 'Souhaitez-vous une réunion de plus ?', en: 'Would you like one more meeting?' }, options: yesNo },
      ],
    },
  ],
};

let coordinator: Session;
let page: Page;
let owner: Owner;
let surveyId: string;
let answered = 0;

/** One person's answers: everyone works as a team (a share nearly all give: rounded to a bound), moods spread. */
async function answer(profession: string, n: number, extra = true): Promise<void> {
  for (let i = 0; i < n; i++) {
    const mood = (answered++ % 5) + 1;
    const answers = { profession, site: 'north', team: 'yes', mood, ...(extra ? { extra: mood % 2 ? 'yes' : 'no' } : {}) };
    const response = await fetch(`${baseUrl}/api/s/${slug}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `releases-${randomUUID()}` },
      body: JSON.stringify({ answers }),
    });
    expect(response.status, await response.text()).toBe(201);
  }
}

const resultsUrl = (query = '') => `${baseUrl}/app/o/${owner.orgId}/s/${surveyId}/results${query}`;
const api = async (query = '') =>
  (await page.request.get(`${baseUrl}/api/orgs/${owner.orgId}/surveys/${surveyId}/results${query}`)).json() as Promise<SurveyResults>;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').trim();
const parisTime = (iso: string, locale = 'fr-FR') =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));
const card = (question: string) => page.locator(`section.result[data-question="${question}"]`);
const rowCells = async (table: ReturnType<Page['getByRole']>, row: string) =>
  (
    await table
      .getByRole('row', { name: new RegExp(`^${row}`) })
      .getByRole('cell')
      .allInnerTexts()
  ).map(plain);
const cells = async (table: string, row: string) => rowCells(page.getByRole('table', { name: table }), row);
/** A question's figures as a table: closed under its chart, opened the way a person does. */
async function figureCells(question: string, row: string): Promise<string[]> {
  const disclosure = card(question).locator('details.figures-table');
  if (!(await disclosure.evaluate((details) => (details as HTMLDetailsElement).open))) await disclosure.locator('summary').click();
  return rowCells(card(question).getByRole('table'), row);
}

async function openResults(query = ''): Promise<void> {
  await page.goto(resultsUrl(query));
  await page.getByRole('heading', { level: 1, name: 'Vie d’équipe' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Participation par publication' }).waitFor();
}

beforeAll(async () => {
  coordinator = await newSession();
  page = coordinator.page;
  await page.setViewportSize({ width: 1280, height: 900 });
  owner = await createOwner(coordinator.context, baseUrl, persistTo, 'Maison de santé des Tilleuls');
  const base = `${baseUrl}/api/orgs/${owner.orgId}/surveys`;
  const created = await page.request.post(base, { data: survey });
  expect(created.status(), await created.text()).toBe(201);
  surveyId = ((await created.json()) as { id: string }).id;
  expect((await page.request.post(`${base}/${surveyId}/publish`)).status()).toBe(200);
});

afterAll(async () => {
  await owner?.remove();
  await coordinator?.close();
});

describe('results as releases', () => {
  it('before the first release, shows no figure, not even how many answered, and says when the next release may come', async () => {
    // 7 nurses, 6 doctors, 2 physiotherapists: answered, but nothing published yet.
    await answer('nurse', 7);
    await answer('gp', 6);
    await answer('physio', 2);
    const results = await api();
    expect(results.release).toBeNull();
    await openResults();
    const empty = page.getByTestId('no-release');
    await empty.getByText('Aucune publication pour l’instant.').waitFor();
    expect(await page.getByTestId('next-release').innerText()).toBe(
      `Prochaine publication possible le ${parisTime(results.nextReleaseAt!)}, s’il est arrivé au moins 5 nouvelles réponses d’ici là.`,
    );
    expect(await page.getByTestId('activity-empty').innerText()).toBe('Aucune publication pour l’instant.');
    expect(await page.getByTestId('release-hour').innerText()).toMatch(/^Votre organisation publie ses résultats chaque jour à \d\d:00 \(heure de Paris\)/);
    expect(await page.getByRole('heading', { name: 'Résultats par question' }).count()).toBe(0);
    expect(await page.getByTestId('released-responses').count()).toBe(0);
    await expectNoAxeViolations(page, 'results before the first release');

    // The public page says the same.
    await page.goto(`${baseUrl}/s/${slug}/results`);
    await page.getByRole('heading', { level: 2, name: 'Pas encore de chiffres publiés' }).waitFor();
    expect(await page.getByTestId('next-release').innerText()).toMatch(/^Prochaine publication possible le /);
    await expectNoAxeViolations(page, 'public results before the first release');
  });

  it('after a release, shows it, withholds small and deducible groups with their rule, and rounds a unanimous share to a bound', async () => {
    await releaseNow(surveyId);
    const results = await api();
    expect(results.release).toMatchObject({ number: 1, responses: 15 });
    await openResults();
    expect(await page.getByTestId('released-responses').innerText()).toBe('15');
    expect(plain(await page.getByTestId('release-line').innerText())).toContain(
      `Publication n° 1 du ${plain(parisTime(results.release!.madeAt))} : 15 réponses.`,
    );
    expect(await page.getByText(/Réponses reçues/).count()).toBe(0);

    // Each chart is one image named after its table, which stays closed until asked for: the page stays short.
    const chart = card('profession').getByRole('img', {
      name: 'Graphique. Répartition des réponses : Quelle est votre profession ? : les chiffres sont dans le tableau qui suit.',
    });
    expect(await chart.innerText()).toContain('Infirmier ou infirmière');
    expect(await page.locator('section.result').getByRole('table').count()).toBe(0);
    const questions = page.getByRole('region', { name: 'Résultats par question' });
    const closedHeight = (await questions.boundingBox())!.height;
    // Keyboard: Tab to the disclosure under the profession chart, Enter opens its table.
    await tabTo(page, card('profession').getByText('Voir les chiffres en tableau'));
    await page.keyboard.press('Enter');
    await card('profession').getByRole('table', { name: 'Répartition des réponses : Quelle est votre profession ?' }).waitFor();

    // Profile counts, in the chart and its table alike: nurses shown; physiotherapists under k; doctors
    // hidden, or nurses and doctors together would give the 2 physiotherapists. Each says which rule.
    expect(await figureCells('profession', 'Infirmier ou infirmière')).toEqual(['7', '46,7 %']);
    expect(await figureCells('profession', 'Kinésithérapeute')).toEqual(['masqué : moins de 5 personnes']);
    expect(await figureCells('profession', 'Médecin')).toEqual(['masqué : un groupe de moins de 5 personnes s’en déduirait par différence']);
    expect(plain(await chart.innerText())).toContain('masqué : un groupe de moins de 5 personnes s’en déduirait par différence');

    // All 15 work as a team: only bounds, never « 15 of 15 ».
    expect(await figureCells('team', 'Oui')).toEqual(['non publié', 'au moins 70 %']);
    expect(await figureCells('team', 'Non')).toEqual(['non publié', 'au plus 30 %']);
    await figureCells('mood', '1 – Mal');
    await figureCells('extra', 'Oui');
    // Opened one by one, the tables make the page much longer: closed, they leave it to the charts.
    expect(closedHeight).toBeLessThan(0.75 * (await questions.boundingBox())!.height);
    await card('team')
      .getByText(/^Parts arrondies : presque tout le groupe a donné la même réponse/)
      .waitFor();
    expect(await card('mood').getByTestId('figure-release').count()).toBe(0);
    await expectNoAxeViolations(page, 'results after a release');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/results-release-1.png`, fullPage: true });
  });

  it('after the next release, names the older release of a figure it could not refresh, and shows participation per release', async () => {
    // Five more doctors, two of whom answer the optional question: refreshing it would single out those two.
    await answer('gp', 2);
    await answer('gp', 3, false);
    await releaseNow(surveyId);
    const [results, activity] = [
      await api(),
      (await (await page.request.get(`${baseUrl}/api/orgs/${owner.orgId}/surveys/${surveyId}/activity`)).json()) as { releases: { madeAt: string }[] },
    ];
    expect(results.release).toMatchObject({ number: 2, responses: 20 });
    expect(results.questions.find((q) => q.id === 'extra')).toMatchObject({ suppressed: false, release: 1, stale: 'deducible' });
    await openResults();
    expect(await page.getByTestId('released-responses').innerText()).toBe('20');
    expect(plain(await card('extra').getByTestId('figure-release').innerText())).toBe(
      `Chiffres de la publication n° 1 du ${plain(parisTime(activity.releases[0]!.madeAt))} : la dernière publication ne les a pas actualisés, car l’écart permettrait de déduire les réponses de moins de 5 personnes.`,
    );
    expect(await figureCells('team', 'Oui')).toEqual(['non publié', 'au moins 80 %']);

    const participation = 'Réponses ajoutées à chaque publication';
    expect(await cells(participation, 'n° 1')).toEqual([plain(parisTime(activity.releases[0]!.madeAt)), '15', '15']);
    expect(await cells(participation, 'n° 2')).toEqual([plain(parisTime(activity.releases[1]!.madeAt)), '5', '20']);
    await expectNoAxeViolations(page, 'results after a second release');
    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/results-release-2.png`, fullPage: true });
      await card('team').screenshot({ path: `${SHOTS}/results-bound.png` });
      await page.getByRole('region', { name: 'Participation par publication' }).screenshot({ path: `${SHOTS}/results-activity.png` });
    }
  });

  it('offers only the groups the audit allows, says why before anyone picks, names the filter in a group view, and explains a refusal', async () => {
    await openResults();
    const select = page.getByRole('combobox', { name: 'Groupe à afficher' });
    const option = (label: string) => select.locator('option', { hasText: label });
    expect(plain(await option('Infirmier ou infirmière').innerText())).toBe('Infirmier ou infirmière — 7 personnes');
    expect(await option('Infirmier ou infirmière').isDisabled()).toBe(false);
    expect(await option('Kinésithérapeute').isDisabled()).toBe(true);
    expect(plain(await option('Kinésithérapeute').innerText())).toBe('Kinésithérapeute — indisponible : moins de 5 personnes');
    expect(await option('Médecin').isDisabled()).toBe(true);
    expect(plain(await option('Médecin').innerText())).toBe('Médecin — indisponible : un groupe de moins de 5 personnes s’en déduirait par différence');
    await page.getByTestId('filter-unavailable').getByText('Quelle est votre profession ? = Kinésithérapeute : moins de 5 personnes').waitFor();
    // The filter and the profession chart give each group the same size, or the same rule.
    for (const [label, shown] of [
      ['Infirmier ou infirmière', '7'],
      ['Kinésithérapeute', 'masqué : moins de 5 personnes'],
      ['Médecin', 'masqué : un groupe de moins de 5 personnes s’en déduirait par différence'],
    ] as const) {
      const [first] = await figureCells('profession', label);
      expect(first).toBe(shown);
      expect(plain(await option(label).innerText())).toContain(shown === '7' ? '7 personnes' : shown.replace('masqué', 'indisponible'));
    }

    await select.selectOption({ label: 'Infirmier ou infirmière — 7 personnes' });
    await page.getByRole('button', { name: 'Afficher', exact: true }).click();
    const banner = page.getByRole('status').filter({ hasText: 'Filtre actif' });
    await banner.waitFor();
    expect(plain(await banner.locator('p').innerText())).toBe(
      'Filtre actif : « Quelle est votre profession ? » = « Infirmier ou infirmière » (7 personnes, publication n° 2).',
    );
    expect(new URL(page.url()).search).toBe('?by=profession&option=nurse');
    // Inside the filter, the filter's own question says what the filter is (never « fewer than k »).
    expect(plain(await card('profession').getByTestId('filter-question').innerText())).toBe(
      'Vue filtrée sur cette question : tous les résultats de la page sont ceux des 7 personnes ayant répondu « Infirmier ou infirmière » à « Quelle est votre profession ? ».',
    );
    expect(await card('profession').locator('.suppressed').count()).toBe(0);
    await card('site').getByText('Non croisé avec un groupe : les profils croisés désigneraient des personnes.').waitFor();
    const nurses = await api('?by=profession&option=nurse');
    expect(nurses.responses).toBe(7);
    expect(await figureCells('mood', '1 – Mal')).toEqual(['2', '28,6 %']);
    await expectNoAxeViolations(page, 'results of one group');

    // The address names the group: passed on, it opens the same view.
    const link = page.url();
    const colleague = await coordinator.context.newPage();
    try {
      await colleague.goto(link);
      await colleague.getByRole('status').filter({ hasText: 'Filtre actif : « Quelle est votre profession ? » = « Infirmier ou infirmière »' }).waitFor();
      await colleague.locator('section.result[data-question="profession"]').getByTestId('filter-question').waitFor();
      expect(new URL(colleague.url()).search).toBe('?by=profession&option=nurse');
    } finally {
      await colleague.close();
    }

    // A group view from a link (bookmarked, or passed on) that the audit refuses says which rule.
    await openResults('?by=profession&option=physio');
    await page.getByRole('alert').filter({ hasText: 'Filtre refusé : ce groupe compte moins de 5 personnes' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await select.getAttribute('aria-describedby')).toContain('filter-refusal');
    await openResults('?by=profession&option=gp');
    await page
      .getByRole('alert')
      .filter({ hasText: /Filtre refusé : ce groupe a au moins 5 personnes, mais ses chiffres permettraient de déduire ceux d’un groupe plus petit/ })
      .waitFor();
    await expectNoAxeViolations(page, 'results with a refused group');
  });

  it('reads the same in English', async () => {
    await openResults();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Participation by release' }).waitFor();
    const results = await api();
    expect(plain(await page.getByTestId('release-line').innerText())).toContain(
      `Release no. 2 of ${plain(parisTime(results.release!.madeAt, 'en-GB'))}: 20 responses.`,
    );
    await card('extra')
      .getByText(/^Figures of release no\. 1 of .*: the latest release did not refresh them/)
      .waitFor();
    expect(await figureCells('profession', 'Physiotherapist')).toEqual(['hidden: fewer than 5 people']);
    expect(await figureCells('profession', 'Doctor')).toEqual(['hidden: a group of fewer than 5 people could be worked out from it by difference']);
    expect(await figureCells('team', 'Yes')).toEqual(['not released', 'at least 80%']);
    await expectNoAxeViolations(page, 'results in English');
    await page.getByRole('button', { name: 'Passer en français' }).click();
    await page.getByRole('heading', { level: 2, name: 'Participation par publication' }).waitFor();
  });
});
