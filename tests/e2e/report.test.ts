/**
 * The scored report of « Santé des professionnels »: 30 professionals answer — 29 through the public
 * API, one nurse on her phone with the keyboard only, who then reads her own scores and where to find
 * help — and the coordinator reads the report: participation, invited count and response rate, scores
 * by profession with a hidden small group (and the rule that hides it), waves, the method in one
 * language, and the scored responses export: said unavailable and why, refused once if a colleague
 * reopens the survey meanwhile, then downloaded. axe-core on every page visited. The printed document
 * has its own file (report-print.test.ts).
 */
import type { Locator, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { surveyTemplates } from '../../schema/templates/index.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { parseCsv } from './support/files.ts';
import { answersOf, createHealthSurvey, healthTemplate as template, PROFESSIONS, submitHealth } from './support/health-survey.ts';
import { expectFocused, tabTo } from './support/keyboard.ts';
import { createOwner, type Owner } from './support/owner.ts';
import { releaseNow } from './support/release.ts';
import type { SurveyReport } from '../../schema/report.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');

const slug = `sante-${Date.now().toString(36)}`;
const questions = template.survey.pages.flatMap((page) => page.questions);

/** French figures use narrow and no-break spaces: compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').trim();
/** Text as read, however it wraps: every run of spaces and line breaks as one space. */
const words = (text: string) => plain(text).replace(/\s+/g, ' ');

let coordinator: Session;
let owner: Owner;
let surveyId: string;

beforeAll(async () => {
  coordinator = await newSession();
  owner = await createOwner(coordinator.context, baseUrl, persistTo, 'CPTS du Val de Loire');
  // An open link (no codes): this test is about reading the report; codes have their own.
  surveyId = await createHealthSurvey(coordinator.context.request, baseUrl, owner.orgId, slug);
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
      await page
        .getByText(/0\s805\s23\s23\s36/)
        .first()
        .waitFor();
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
  it('shows participation, the response rate, what is validated, scores by profession with the rule hiding a group, waves, and the method in one language', async () => {
    for (let i = 0; i < PROFESSIONS.length; i++) await submitHealth(baseUrl, slug, answersOf(i));
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
    await page
      .getByTestId('release-line')
      .filter({ hasText: /^Publication n° 1 du .* : 30 réponses\.$/ })
      .waitFor();

    // Scores: what is validated (the instrument) and what is not (the CBI's French wording), side by side;
    // the three CBI scales and WHO-5, each with n.
    const cbi = page.getByTestId('instrument-cbi');
    expect(await cbi.locator('.report-badge').allInnerTexts()).toEqual(['instrument validé', 'formulation française non validée (traduction de travail)']);
    expect(
      await cbi
        .getByText(
          /^Traduction de travail : le CBI est un instrument validé \(dans sa version publiée en anglais\), mais cette formulation française ne l’est pas/,
        )
        .count(),
    ).toBe(1);
    const who5 = page.getByTestId('instrument-who5');
    expect(await who5.locator('.report-badge').allInnerTexts()).toEqual(['instrument validé', 'version française officielle']);
    const cbiTable = cbi.getByRole('table', { name: /Scores par échelle, Inventaire de burnout de Copenhague/ });
    expect(await cbiTable.getByRole('row').count()).toBe(4);
    // Each share says which side of the cutoff it counts: 50 or more for burnout, 50 or less for well-being.
    expect(plain(await cbiTable.getByRole('columnheader').last().innerText())).toBe('Part à 50 ou plus [IC 95 %]');
    expect(plain(await who5.getByRole('table').getByRole('columnheader').last().innerText())).toBe('Part à 50 ou moins [IC 95 %]');
    await who5.getByRole('heading', { level: 4, name: 'Part à 50 ou moins' }).waitFor();
    expect(await page.getByText(/au-delà du seuil/).count()).toBe(0);
    const personal = (
      await cbiTable
        .getByRole('row', { name: /Épuisement personnel/ })
        .getByRole('cell')
        .allInnerTexts()
    ).map(plain);
    expect(personal[1]).toBe('30');
    expect(personal[2]).toMatch(/^\d+,\d \[\d+,\d ; \d+,\d\]$/);
    // The share past the cutoff, or only its bound when nearly everyone is on one side.
    expect(personal[3]).toMatch(/^\d+(,\d)? % \[\d+(,\d)? % ; \d+(,\d)? %\] \(\d+\/30\)$|^au (moins|plus) \d+ % \(part arrondie/);
    expect(
      await who5
        .getByRole('table')
        .getByRole('row', { name: /Bien-être/ })
        .count(),
    ).toBe(1);
    expect(await page.locator('svg[role="img"][aria-label^="Scores moyens"]').count()).toBe(2);
    // Item distributions, drawn like the results page: a chart each, its table on demand.
    const itemCharts = page.getByRole('img', { name: /^Graphique\. Répartition des réponses : / });
    expect(await itemCharts.count()).toBeGreaterThanOrEqual(6);
    expect(await page.getByRole('table', { name: /Répartition des réponses/ }).count()).toBe(0);
    const firstItems = page.locator('.report-items section.result').first();
    await firstItems.getByText('Voir les chiffres en tableau').click();
    expect(
      await firstItems
        .getByRole('table', { name: /^Répartition des réponses : Épuisement personnel – / })
        .getByRole('row')
        .count(),
    ).toBeGreaterThan(1);
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
      if (group.respondents === null)
        expect(first).toBe(
          group.withheld === 'deducible'
            ? 'groupe masqué : un groupe de moins de 5 personnes s’en déduirait par différence'
            : 'groupe masqué : moins de 5 personnes',
        );
      else expect(first).toBe(String(group.respondents));
    }
    expect(api.breakdown!.groups.filter((g) => g.respondents !== null).length).toBeGreaterThan(0);
    expect(await page.getByTestId('report-csv').getAttribute('href')).toContain('by=profession');

    // Waves: this survey is the only one of its series, shown as this report's wave.
    const waves = page.getByRole('table', { name: 'Épuisement personnel, par vague' });
    expect(await waves.getByRole('row', { name: /\(ce rapport\)/ }).count()).toBe(1);
    // The scored responses row by row: said unavailable, and why, while the survey is open.
    expect(plain(await page.getByRole('region', { name: 'Exporter' }).getByTestId('row-export-state').innerText())).toMatch(
      /^Pas disponible pour l’instant :\s+Il s’ouvre une fois le questionnaire clos/,
    );
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

    // The method in French only: sources and licences too (citations stay as published).
    const cbiSource = method.locator('.report-source').first();
    expect(plain(await cbiSource.getByRole('definition').nth(2).innerText())).toBe('Gratuit, sans redevance de licence ; la source doit être citée.');
    expect(plain(await cbiSource.getByRole('definition').nth(1).innerText())).toMatch(
      /^NFA, Centre national danois de recherche .* Description en français : INRS, fiche FRPS 38/,
    );
    expect(plain(await method.locator('.report-source').nth(1).getByRole('definition').nth(2).innerText())).toBe(
      'Domaine public ; la source doit être mentionnée.',
    );
    expect(await method.innerText()).not.toMatch(/French description|Free of charge|Public domain|Official French version/);

    // In English, the same notes in English only.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const methodEn = page.getByRole('region', { name: 'Method' });
    await methodEn.getByText('Free of charge, no licence fee; the source must be cited.').waitFor();
    await methodEn.getByText('Public domain; the source must be mentioned.').waitFor();
    expect(await methodEn.innerText()).not.toMatch(/Description en français|Gratuit|Domaine public|Version française officielle/);
    await expectNoAxeViolations(page, 'report in English');
    await page.getByRole('button', { name: 'Passer en français' }).click();
    await page.getByRole('region', { name: 'Méthode' }).waitFor();
  });

  it('says beforehand whether the scored responses can be had and why not, refuses once if the survey reopened meanwhile, then gives them', async () => {
    const { page } = coordinator;
    const survey = `${baseUrl}/api/orgs/${owner.orgId}/surveys/${surveyId}`;
    const exports = () => page.getByRole('region', { name: 'Exporter' });
    const openReport = async () => {
      await page.goto(`${baseUrl}/app/o/${owner.orgId}/s/${surveyId}/report`);
      await exports().getByTestId('row-export-state').waitFor();
    };
    // Open: not offered, and why.
    await openReport();
    expect(words(await exports().getByTestId('row-export-state').innerText())).toBe(
      'Pas disponible pour l’instant : Il s’ouvre une fois le questionnaire clos : deux fichiers de publications différentes donneraient, par différence, les réponses arrivées entre les deux.',
    );
    expect(await exports().getByTestId('report-responses-csv').count()).toBe(0);

    // Closed: offered.
    expect((await page.request.post(`${survey}/close`)).status()).toBe(200);
    await openReport();
    expect(await exports().getByTestId('row-export-state').innerText()).toBe(
      'Disponible : le questionnaire est clos et sa dernière publication compte assez de réponses.',
    );
    const button = exports().getByTestId('report-responses-csv');
    const dialog = page.getByRole('dialog', { name: 'Télécharger les réponses ligne à ligne ?' });

    // A colleague reopens it while the page is open: the click is refused once, with the rule, and the page says so from then on.
    expect((await page.request.post(`${survey}/publish`)).status()).toBe(200);
    await button.click();
    await dialog.getByRole('button', { name: 'Télécharger' }).click();
    const refusal = exports().getByTestId('row-export-refusal');
    await refusal.waitFor();
    expect(words(await refusal.innerText())).toBe(
      'Export refusé : Les exports ligne à ligne s’ouvrent une fois le questionnaire clos : deux fichiers de publications différentes donneraient par différence les réponses arrivées entre les deux',
    );
    await exports()
      .getByTestId('row-export-state')
      .filter({ hasText: /^Pas disponible pour l’instant/ })
      .waitFor();
    expect(await button.count()).toBe(0);
    await expectNoAxeViolations(page, 'scored export refused');

    // Closed again: the file, one row per released response, with the scores.
    expect((await page.request.post(`${survey}/close`)).status()).toBe(200);
    await openReport();
    await button.click();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Télécharger' }).click()]);
    expect(download.suggestedFilename()).toBe(`${slug}-reponses-scorees.csv`);
    const rows = parseCsv(readFileSync((await download.path())!, 'utf8'));
    const header = rows.findIndex((row) => row.includes('Épuisement personnel'));
    expect(header).toBeGreaterThan(0);
    expect(rows[header]).toEqual(
      expect.arrayContaining(['Quelle est votre profession ?', 'Épuisement lié au travail', 'Épuisement lié aux patients', 'Bien-être (WHO-5, 0–100)']),
    );
    expect(rows.slice(header + 1).filter((row) => row.some((cell) => cell !== ''))).toHaveLength(30);
  });

  it('says so when a survey carries no validated questionnaire', async () => {
    const { page } = coordinator;
    const plainTemplate = surveyTemplates.find(
      (t) => t.templateId !== template.templateId && !t.survey.pages.some((p) => p.questions.some((q) => q.id.startsWith('cbi_') || q.id.startsWith('who5'))),
    )!;
    const created = await page.request.post(`${baseUrl}/api/orgs/${owner.orgId}/surveys`, {
      data: { ...plainTemplate.survey, slug: `sans-score-${Date.now().toString(36)}` },
    });
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
