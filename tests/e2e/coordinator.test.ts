/**
 * A coordinator does the whole job alone, in the browser, without JSON or an admin token: sets Pouls up,
 * invites a colleague, creates a survey from a template, publishes and shares it (poster, codes), and —
 * once people have answered — reads, filters and exports the anonymized results. axe-core checks every
 * page on the way. Set POULS_SCREENSHOTS=<dir> to keep phone and desktop screenshots of the key pages.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SurveyResults } from '../../schema/results.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { countIn, parseCsv, readXlsx, tableOf } from './support/files.ts';
import { quietReleaseHour, releaseNow } from './support/release.ts';

const baseUrl = inject('baseUrl');
const setupToken = inject('setupToken');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const SLUG = 'besoins-du-territoire';
const SHOTS = process.env.POULS_SCREENSHOTS;

const owner = {
  organisation: 'CPTS du Val de Loire',
  name: 'Claire Martin',
  email: 'claire.martin@cpts-val-de-loire.example',
  password: 'une longue phrase de passe',
};
const colleague = { name: 'Karim Benali', email: 'karim.benali@cpts-val-de-loire.example', password: 'une autre phrase assez longue' };

let coordinator: Session;
let page: Page;
/** Filled as the story goes: what later steps need from earlier ones. */
const story = { orgId: '', surveyId: '', shareUrl: '', codes: [] as string[] };

beforeAll(async () => {
  coordinator = await newSession();
  page = coordinator.page;
  await page.setViewportSize(DESKTOP);
});
afterAll(async () => {
  await coordinator?.close();
});

/** A screenshot on the desktop size and on a phone, when POULS_SCREENSHOTS names a folder. */
async function shoot(target: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const size = target.viewportSize();
  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await target.setViewportSize(viewport);
    await target.waitForTimeout(150);
    await target.screenshot({ path: join(SHOTS, `${name}-${label}.png`), fullPage: true });
  }
  if (size) await target.setViewportSize(size);
}

/** Visits and checks: the heading is there, and axe finds nothing. */
async function checkPage(target: Page, label: string, heading: string | RegExp): Promise<void> {
  await target.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expectNoAxeViolations(target, label);
}

async function api<T>(path: string): Promise<T> {
  const response = await page.request.get(`${baseUrl}${path}`);
  if (!response.ok()) throw new Error(`GET ${path}: HTTP ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** One response with the next printed code (the survey asks for one: it has a profile question). */
async function submit(answers: Record<string, unknown>): Promise<void> {
  const code = story.codes.shift();
  const response = await fetch(`${baseUrl}/api/s/${SLUG}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-${randomUUID()}` },
    body: JSON.stringify({ answers, code }),
  });
  if (response.status !== 201) throw new Error(`submit: HTTP ${response.status} ${await response.text()}`);
}

/** A released count, or null when it is withheld or rounded to a bound. */
function optionCount(results: SurveyResults, question: string, option: string): number | null {
  const result = results.questions.find((q) => q.id === question);
  if (!result || result.suppressed || (result.type !== 'single' && result.type !== 'multiple')) return null;
  return result.options.find((bar) => bar.key === option)?.count ?? null;
}

describe('a coordinator, alone in the browser', () => {
  it('sets up Pouls from the one-time link', async () => {
    await page.goto(`${baseUrl}/setup/${setupToken}`);
    await checkPage(page, 'setup', 'Bienvenue dans Pouls');
    await shoot(page, 'setup');
    // « Adresse e-mail » is feminine; and this form stores a name and an email, which the footer says.
    await page.getByText('Elle vous servira à vous connecter.').waitFor();
    expect(await page.getByLabel(/Adresse e-mail/).getAttribute('aria-describedby')).toContain('setup-email-hint');
    const footer = (await page.locator('footer').innerText()).replace(/[\u00a0\u202f]/g, ' ');
    expect(footer).toContain('Votre compte enregistre votre nom et votre adresse e-mail');
    expect(footer).not.toContain('Aucune donnée permettant de vous identifier');

    // Submitting empty: one summary, announced and focused, linking to each field.
    await page.getByRole('button', { name: 'Créer l’organisation et mon compte' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Il y a un problème' });
    await summary.waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    const password = page.getByLabel('Mot de passe', { exact: false }).first();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await password.getAttribute('aria-describedby')).toContain('setup-password-error');
    await expectNoAxeViolations(page, 'setup with errors');

    await page.getByLabel(/Nom de l’organisation/).fill(owner.organisation);
    await page.getByLabel(/Votre nom/).fill(owner.name);
    await page.getByLabel(/Adresse e-mail/).fill(owner.email);
    await password.fill(owner.password);
    await page.getByRole('button', { name: /^Afficher/ }).click();
    expect(await password.getAttribute('type')).toBe('text');
    await page.getByText('Longueur suffisante').waitFor();
    await page.getByRole('button', { name: 'Créer l’organisation et mon compte' }).click();

    await page.waitForURL(/\/app\/o\/[\w-]+$/);
    story.orgId = page.url().split('/').at(-1)!;
    await checkPage(page, 'dashboard', 'Questionnaires');
    expect(await page.getByText(owner.organisation).first().isVisible()).toBe(true);
    // The demo survey seeded before setup now belongs to the new organisation.
    await page.getByTestId('survey-item').first().waitFor();
    expect(await page.getByTestId('survey-item').count()).toBe(1);
    await shoot(page, 'dashboard');

    // A used link is refused kindly.
    const second = await newSession();
    await second.page.goto(`${baseUrl}/setup/${setupToken}`);
    await checkPage(second.page, 'setup link already used', 'Ce lien de configuration n’est plus valable');
    await second.close();
  });

  it('invites a colleague, who joins from a second browser and signs in', async () => {
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Équipe' }).click();
    await checkPage(page, 'members', 'Équipe');
    // The only owner can neither leave nor change role, and the page says why.
    expect(await page.getByRole('combobox', { name: `Rôle de ${owner.name}` }).isDisabled()).toBe(true);
    await page.getByText(/Une organisation garde toujours au moins un·e responsable/).waitFor();

    await page.getByLabel('Adresse e-mail de votre collègue').fill(colleague.email);
    await page.getByRole('radio', { name: /Lecteur·rice/ }).check();
    await page.getByRole('button', { name: 'Créer le lien d’invitation' }).click();
    const heading = page.getByRole('heading', { name: `Lien d’invitation pour ${colleague.email}` });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    const link = await page.getByRole('textbox', { name: 'Lien d’invitation' }).inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl}/invite/[\\w-]+$`));
    const expiry = await page.getByText(/Valable une seule fois, jusqu’au/).innerText();
    expect(expiry).toMatch(/\d{4}/);
    await page.getByRole('button', { name: 'Copier' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Copié|Copie impossible/ })
      .waitFor();
    await expectNoAxeViolations(page, 'members with an invitation link');
    await shoot(page, 'members');

    const other = await newSession();
    try {
      const p = other.page;
      await p.goto(link);
      await checkPage(p, 'invitation', `Rejoindre ${owner.organisation}`);
      await p.getByText('en tant que lecteur·rice').waitFor();
      await shoot(p, 'invite');
      await p.getByLabel(/Votre nom/).fill(colleague.name);
      await p.getByLabel(/Mot de passe/).fill(colleague.password);
      await p.getByRole('button', { name: 'Créer mon compte et rejoindre' }).click();
      await p.waitForURL(/\/app\/o\/[\w-]+$/);
      await checkPage(p, 'colleague dashboard', 'Questionnaires');
      // A viewer does not get the « new survey » button.
      expect(await p.getByRole('link', { name: /Nouveau questionnaire/ }).count()).toBe(0);

      // Signs out from the account menu, then in again.
      await p.locator('.coord-account > summary').click();
      await p.getByRole('button', { name: 'Se déconnecter' }).click();
      await p.waitForURL(/\/login$/);
      await checkPage(p, 'sign-in', 'Connexion');
      await p.getByLabel(/Adresse e-mail/).fill(colleague.email);
      await p.getByLabel(/Mot de passe/).fill('not the password at all');
      await p.getByRole('button', { name: 'Se connecter' }).click();
      await p.getByRole('alert').filter({ hasText: 'E-mail ou mot de passe incorrect' }).waitFor();
      await expectNoAxeViolations(p, 'sign-in refused');
      await shoot(p, 'login-error');
      await p.getByLabel(/Mot de passe/).fill(colleague.password);
      await p.getByRole('button', { name: 'Se connecter' }).click();
      await p.waitForURL(/\/app$/);
      await checkPage(p, 'colleague dashboard after sign-in', 'Questionnaires');
      // The link served once.
      await p.goto(link);
      await checkPage(p, 'used invitation', 'Invitation impossible à utiliser');
    } finally {
      await other.close();
    }

    await page.reload();
    await page.getByRole('combobox', { name: `Rôle de ${colleague.name}` }).waitFor();
    expect(await page.getByTestId('member').count()).toBe(2);

    // The hour the organisation publishes its results (Paris time): here twelve hours from now, so that no
    // release falls due while the story runs — releases come when the story asks for one (support/release.ts).
    const hour = quietReleaseHour();
    const releaseForm = page.getByRole('region', { name: 'Publication des résultats' });
    await releaseForm.getByRole('combobox', { name: 'Heure de publication (heure de Paris)' }).selectOption(String(hour));
    await releaseForm.getByRole('button', { name: 'Enregistrer l’heure' }).click();
    await releaseForm
      .getByRole('status')
      .filter({ hasText: `Heure de publication enregistrée : ${String(hour).padStart(2, '0')}:00, heure de Paris.` })
      .waitFor();
    await expectNoAxeViolations(page, 'members after setting the publication hour');
  });

  it('creates a survey from the « Besoins du territoire » template and publishes it', async () => {
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Questionnaires' }).click();
    await page.getByRole('link', { name: /Nouveau questionnaire/ }).click();
    await checkPage(page, 'new survey', 'Nouveau questionnaire');
    await page.getByRole('radio', { name: /Besoins du territoire/ }).check();
    expect(await page.getByLabel(/Titre du questionnaire/).inputValue()).toBe('Les besoins de notre territoire');
    expect(await page.getByLabel(/Adresse du lien/).inputValue()).toBe(SLUG);
    await expectNoAxeViolations(page, 'new survey, template chosen');
    await shoot(page, 'new-survey');
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();

    // The survey exists as a draft; the editor (or its placeholder) opens.
    await page.waitForURL(/\/s\/[\w-]+\/edit$/);
    story.surveyId = page.url().split('/').at(-2)!;
    await page.getByRole('heading', { level: 1, name: 'Les besoins de notre territoire' }).waitFor();
    await page.getByRole('navigation', { name: 'Ce questionnaire' }).getByRole('link', { name: 'Questions' }).waitFor();
    await expectNoAxeViolations(page, 'editor');

    await page.goto(`${baseUrl}/app/o/${story.orgId}`);
    const item = page.locator(`[data-testid="survey-item"][data-slug="${SLUG}"]`);
    await item.getByText('Brouillon', { exact: true }).waitFor();
    await item.getByRole('button', { name: /^Publier/ }).click();
    const dialog = page.getByRole('dialog', { name: /Publier «\sLes besoins de notre territoire\s»\s\?/ });
    await dialog.waitFor();
    // The template's example sectors are still there: named before publishing, which stays possible.
    await dialog
      .getByTestId('publish-checklist')
      .getByText(/«\sSecteur nord\s»/)
      .waitFor();
    await expectNoAxeViolations(page, 'publish confirmation');
    await dialog.getByRole('button', { name: 'Publier quand même' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /«\sLes besoins de notre territoire\s» est publié/ })
      .waitFor({ state: 'attached' });
    await item.getByText('Ouvert', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'dashboard after publishing');
  });

  it('shares it: link, QR code, an A4 poster and participation cards', async () => {
    await page
      .locator(`[data-testid="survey-item"][data-slug="${SLUG}"]`)
      .getByRole('link', { name: /^Partager/ })
      .click();
    await checkPage(page, 'share', 'Les besoins de notre territoire');
    story.shareUrl = await page.getByLabel('Lien à partager').inputValue();
    expect(story.shareUrl).toBe(`${baseUrl}/s/${SLUG}`);
    const qr = page.getByRole('img', { name: `Code QR menant à ${story.shareUrl}` });
    await qr.waitFor();
    await page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
    expect(await page.getByRole('link', { name: 'Télécharger en SVG' }).getAttribute('href')).toContain('/share/qr.svg');
    expect(await page.getByRole('link', { name: 'Télécharger en PNG' }).getAttribute('href')).toContain('/share/qr.png?size=1024');

    // Participation codes: asked for by default (the survey has a profile question), capped by the
    // declared population, shown once, and the page says so.
    await page.getByText(/^Ce questionnaire demande un code \(réglage par défaut/).waitFor();
    await page.getByLabel('Nombre de codes à créer').fill('15');
    await page.getByRole('button', { name: 'Créer les codes' }).click();
    await page.getByRole('alert').filter({ hasText: 'Indiquez d’abord la population déclarée' }).waitFor();
    await page.getByLabel('Population déclarée : personnes invitées ou présentes').fill('20');
    await page.getByRole('button', { name: 'Enregistrer la population' }).click();
    await page.getByRole('status').filter({ hasText: 'Population déclarée enregistrée.' }).waitFor();
    await page.getByRole('button', { name: 'Créer les codes' }).click();
    await page.getByText('Ces codes ne s’affichent qu’une seule fois').waitFor();
    // The list sits in a closed <details>: its text is there, folded.
    const codes = (await page.getByTestId('codes-list').locator('li').allTextContents()).map((code) => code.trim());
    expect(codes).toHaveLength(15);
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    story.codes = [...codes];
    await page.getByTestId('codes-summary').filter({ hasText: '15 codes émis en tout.' }).waitFor();
    await expectNoAxeViolations(page, 'share page with new codes');
    await shoot(page, 'share');

    await page.getByRole('link', { name: 'Imprimer les cartes' }).click();
    await checkPage(page, 'participation cards', /^Cartes de participation/);
    await page.getByTestId('code-card').first().waitFor();
    expect(await page.getByTestId('code-card').allInnerTexts()).toHaveLength(15);
    expect(await page.getByTestId('code-card').first().innerText()).toContain(codes[0]);
    const cards = await page.pdf({ format: 'A4' });
    expect(pdfPageCount(cards)).toBe(2); // 15 cards, 10 per sheet
    await shoot(page, 'cards');

    await page.goto(`${baseUrl}/app/o/${story.orgId}/s/${story.surveyId}/poster`);
    await checkPage(page, 'poster', /^Affiche A4/);
    await page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
    const poster = page.getByTestId('poster');
    expect(await poster.innerText()).toContain(`${new URL(baseUrl).host}/s/${SLUG}`);
    expect(await poster.innerText()).toContain('anonyme · 5 minutes');
    expect(await poster.innerText()).toContain(owner.organisation);
    await shoot(page, 'poster');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(2000);
    expect(pdfPageCount(pdf)).toBe(1);
  });

  it('receives answers, from a phone and through the API', async () => {
    const respondent = await newSession();
    try {
      const p = respondent.page;
      expect(p.viewportSize()).toEqual(PHONE);
      await p.goto(story.shareUrl);
      await p.getByRole('heading', { level: 1, name: 'Les besoins de notre territoire' }).waitFor();
      await expectNoAxeViolations(p, 'respondent page 1');
      await p.getByLabel('Code de participation (obligatoire)').fill(story.codes.shift()!);
      await p.getByRole('radio', { name: 'Infirmier ou infirmière', exact: true }).check();
      await p.getByRole('button', { name: 'Suivant' }).click();
      await p.getByRole('heading', { level: 2, name: 'Vos besoins' }).waitFor();
      await p.getByRole('checkbox', { name: 'Formations communes', exact: true }).check();
      await p.getByRole('textbox', { name: /Autre chose à dire à la CPTS/ }).fill('Plus de temps d’échange entre professions.');
      await p.getByRole('button', { name: 'Envoyer mes réponses' }).click();
      await p.getByRole('heading', { level: 1, name: 'Merci pour votre participation !' }).waitFor();
    } finally {
      await respondent.close();
    }
    // 6 nurses (the phone and 5 more), 6 GPs and 3 pharmacists: 15 responses, each with its own code.
    for (let i = 0; i < 5; i++) await submit({ profession: 'nurse', priorities: ['training', 'meetings'], comments: `Commentaire infirmier ${i + 1}` });
    for (let i = 0; i < 6; i++) await submit({ profession: 'gp', area: 'north', priorities: ['protocols'] });
    for (let i = 0; i < 3; i++) await submit({ profession: 'pharmacist', priorities: ['training'] });
  });

  it('reads the results once released, filters them, closes the survey and exports files that say the same', async () => {
    const resultsPath = `${baseUrl}/app/o/${story.orgId}/s/${story.surveyId}/results`;
    const item = page.locator(`[data-testid="survey-item"][data-slug="${SLUG}"]`);
    // Answered, but nothing published yet: no figure, not even a count.
    expect((await api<SurveyResults>(`/api/orgs/${story.orgId}/surveys/${story.surveyId}/results`)).release).toBeNull();
    await page.goto(resultsPath);
    await page.getByTestId('no-release').waitFor();
    expect(await page.getByTestId('next-release').innerText()).toMatch(/^Prochaine publication possible le /);

    // The organisation's hour comes (run on demand here): release n° 1.
    await releaseNow(story.surveyId);
    const results = await api<SurveyResults>(`/api/orgs/${story.orgId}/surveys/${story.surveyId}/results`);
    expect(results.release).toMatchObject({ number: 1, responses: 15 });

    await page.goto(`${baseUrl}/app/o/${story.orgId}`);
    await item.getByTestId('response-count').filter({ hasText: '15 réponses publiées' }).waitFor();
    await item.getByRole('link', { name: /^Résultats/ }).click();
    await checkPage(page, 'results', 'Les besoins de notre territoire');
    expect(await page.getByTestId('released-responses').innerText()).toBe('15');
    await page
      .getByTestId('release-line')
      .filter({ hasText: /^Publication n° 1 du .* : 15 réponses\.$/ })
      .waitFor();

    // Participation per release: an accessible table.
    const activity = page.getByRole('table', { name: 'Réponses ajoutées à chaque publication' });
    expect((await activity.getByRole('row', { name: /^n° 1/ }).getByRole('cell').allInnerTexts()).slice(1)).toEqual(['15', '15']);

    // Per question: the profession table, opened under its chart, matches the API (a count, or why it is withheld).
    const showTable = (question: string) => page.locator(`section.result[data-question="${question}"]`).getByText('Voir les chiffres en tableau').click();
    await showTable('profession');
    const professions = page.getByRole('table', { name: /Répartition des réponses : Quelle est votre profession/ });
    const nurseCells = await professions
      .getByRole('row', { name: /^Infirmier ou infirmière/ })
      .getByRole('cell')
      .allInnerTexts();
    const nurses = optionCount(results, 'profession', 'nurse');
    if (nurses === null) expect(nurseCells[0]).toMatch(/^masqué : /);
    else expect(nurseCells[0]).toBe(String(nurses));

    // Written answers: an owner reads them as released (6 people wrote one, k = 5).
    const texts = page.getByTestId('free-texts');
    await texts.getByRole('button', { name: 'Lire les réponses écrites' }).click();
    await texts.getByText('6 réponses écrites (publication n° 1)').waitFor();
    expect(await texts.locator('.text-answers li').count()).toBe(6);
    await expectNoAxeViolations(page, 'results with written answers');
    await shoot(page, 'results');

    // Filter by one answer: pharmacists (3 < k) cannot be shown, and the list says why.
    const select = page.getByRole('combobox', { name: 'Groupe à afficher' });
    const pharmacists = select.locator('option', { hasText: 'Pharmacien ou pharmacienne' });
    expect(await pharmacists.isDisabled()).toBe(true);
    expect(await pharmacists.innerText()).toMatch(/indisponible\s: moins de 5 personnes/);
    const available = await select
      .locator('option:not([disabled])')
      .evaluateAll((options) => options.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })).filter((o) => o.value));
    expect(available.length).toBeGreaterThan(0);
    const chosen = available[0]!;
    const option = chosen.value.split('\u0000')[1]!;
    await select.selectOption(chosen.value);
    await page.getByRole('button', { name: 'Afficher', exact: true }).click();
    const banner = page.getByRole('status').filter({ hasText: 'Filtre actif' });
    await banner.waitFor();
    // The group's figures are the API's subgroup figures; the filter question itself says what the filter is.
    const filtered = await api<SurveyResults>(`/api/orgs/${story.orgId}/surveys/${story.surveyId}/results?by=profession&option=${option}`);
    const groupLabel = chosen.label.split(' — ')[0]!.trim();
    expect((await banner.innerText()).replace(/\s/g, ' ')).toContain(`« ${groupLabel} » (${filtered.responses} personnes, publication n° 1)`);
    await showTable('priorities');
    const priorities = page.getByRole('table', { name: /Répartition des réponses : Quelles actions la CPTS/ });
    const training = optionCount(filtered, 'priorities', 'training');
    const trainingCells = await priorities
      .getByRole('row', { name: /^Formations communes/ })
      .getByRole('cell')
      .allInnerTexts();
    expect(trainingCells[0]).toBe(training === null ? 'non publié' : String(training));
    expect(await professions.count()).toBe(0);
    const professionCard = page.locator('section.result[data-question="profession"]');
    expect((await professionCard.getByTestId('filter-question').innerText()).replace(/[\u00a0\u202f]/g, ' ')).toBe(
      `Vue filtrée sur cette question : tous les résultats de la page sont ceux des ${filtered.responses} personnes ayant répondu « ${groupLabel} » à « Quelle est votre profession ? ».`,
    );
    await expectNoAxeViolations(page, 'results filtered');
    await page.getByRole('button', { name: 'Retirer le filtre' }).click();
    await banner.waitFor({ state: 'detached' });

    // A group view opened from a link, which the audit refuses, says which rule.
    await page.goto(`${resultsPath}?by=profession&option=pharmacist`);
    const refusal = page.getByRole('alert').filter({ hasText: 'Filtre refusé : ce groupe compte moins de 5 personnes' });
    await refusal.waitFor();
    expect(await select.getAttribute('aria-describedby')).toContain('filter-refusal');
    await expectNoAxeViolations(page, 'results with a refused filter');

    // Row exports: not while the survey is open (two files would give the new rows by difference).
    const exportState = page.getByRole('region', { name: 'Exporter les réponses' }).getByTestId('row-export-state');
    expect(await exportState.innerText()).toMatch(/^Pas disponible pour l’instant :\s+Il s’ouvre une fois le questionnaire clos/);
    await page.goto(`${baseUrl}/app/o/${story.orgId}`);
    await item.getByRole('button', { name: /^Clore/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Clore' }).click();
    await item.getByText('Clos', { exact: true }).waitFor();
    await page.goto(resultsPath);
    await page.getByTestId('export-csv').waitFor();

    // Both files, each after the warning that the survey then stays closed, parse back to the API's figures.
    const download = async (testId: string) => {
      await page.getByTestId(testId).click();
      const dialog = page.getByRole('dialog', { name: 'Télécharger les réponses ligne à ligne ?' });
      const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Télécharger' }).click()]);
      return file;
    };
    const csvDownload = await download('export-csv');
    expect(csvDownload.suggestedFilename()).toBe(`${SLUG}-reponses.csv`);
    const csv = tableOf(parseCsv(readFileSync((await csvDownload.path())!, 'utf8')));
    const xlsxDownload = await download('export-xlsx');
    expect(xlsxDownload.suggestedFilename()).toBe(`${SLUG}-reponses.xlsx`);
    const xlsx = tableOf(readXlsx(readFileSync((await xlsxDownload.path())!)));

    const profession = 'Quelle est votre profession ?';
    for (const rows of [csv, xlsx]) {
      expect(rows).toHaveLength(1 + results.responses);
      // Profile answers are grouped so that every value describes at least k rows (the 3 pharmacists are not alone).
      const column = rows[0]!.indexOf(profession);
      const sizes = new Map<string, number>();
      for (const row of rows.slice(1)) sizes.set(row[column]!, (sizes.get(row[column]!) ?? 0) + 1);
      for (const [value, n] of sizes) expect(n, value).toBeGreaterThanOrEqual(5);
      expect(countIn(rows, profession, 'Pharmacien ou pharmacienne')).toBe(0);
      const training = 'Quelles actions la CPTS devrait-elle mener en priorité ? — Formations communes';
      expect(countIn(rows, training, '1')).toBe(optionCount(results, 'priorities', 'training'));
    }
    expect(xlsx[0]).toEqual(csv[0]);

    // Privacy: the notice respondents read, and the GDPR register entry to print.
    await page.getByText('Notice d’information des répondants').click();
    await page.getByRole('heading', { name: 'Vos réponses et votre anonymat' }).waitFor();
    await page.getByRole('link', { name: 'Fiche du registre RGPD (imprimable)' }).click();
    await checkPage(page, 'GDPR register', /^Fiche du registre des traitements/);
    expect(await page.getByTestId('register').innerText()).toContain(owner.organisation);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThanOrEqual(1);
    await shoot(page, 'register');
  });

  it('shows a viewer why written answers and row files stay closed, and every batch of codes issued', async () => {
    const viewer = await newSession();
    try {
      const p = viewer.page;
      await p.goto(`${baseUrl}/app/o/${story.orgId}/s/${story.surveyId}/results`);
      await p.waitForURL(/\/login\?next=/);
      await checkPage(p, 'sign-in before results', 'Connexion');
      await p.getByLabel(/Adresse e-mail/).fill(colleague.email);
      await p.getByLabel(/Mot de passe/).fill(colleague.password);
      await p.getByRole('button', { name: 'Se connecter' }).click();
      // Back where the link pointed.
      await p.waitForURL(/\/results$/);
      await checkPage(p, 'results as a viewer', 'Les besoins de notre territoire');
      await p.getByTestId('free-texts').getByText('Votre rôle (lecteur·rice) n’y donne pas accès').waitFor();
      expect(await p.getByTestId('free-texts').getByRole('button').count()).toBe(0);
      expect(await p.getByRole('region', { name: 'Exporter les réponses' }).getByTestId('row-export-state').innerText()).toMatch(/^Réservé aux responsables/);
      expect(await p.getByTestId('export-csv').count()).toBe(0);
      const batches = p.getByRole('table', { name: 'Lots de codes de participation émis' });
      expect((await batches.getByRole('row').nth(1).getByRole('cell').allInnerTexts()).map((cell) => cell.trim())).toEqual([owner.name, '15', '20']);
      await expectNoAxeViolations(p, 'results of a viewer');
    } finally {
      await viewer.close();
    }
  });

  it('starts a second wave from the first, then archives it', async () => {
    await page.goto(`${baseUrl}/app/o/${story.orgId}/new`);
    await checkPage(page, 'new survey (wave)', 'Nouveau questionnaire');
    await page.getByRole('radio', { name: /Nouvelle vague d’un questionnaire existant/ }).check();
    await page.getByRole('combobox', { name: 'Questionnaire à reprendre' }).selectOption({ label: `Les besoins de notre territoire (/s/${SLUG})` });
    expect(await page.getByLabel(/Titre du questionnaire/).inputValue()).toBe('Les besoins de notre territoire – vague 2');
    expect(await page.getByLabel(/Adresse du lien/).inputValue()).toBe(`${SLUG}-vague-2`);
    await expectNoAxeViolations(page, 'new wave');
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await page.waitForURL(/\/edit$/);
    const wave = await api<{ slug: string; status: string; pages: unknown[] }>(`/api/orgs/${story.orgId}/surveys/${page.url().split('/').at(-2)}`);
    const first = await api<{ pages: unknown[] }>(`/api/orgs/${story.orgId}/surveys/${story.surveyId}`);
    expect(wave).toMatchObject({ slug: `${SLUG}-vague-2`, status: 'draft', pages: first.pages });

    await page.goto(`${baseUrl}/app/o/${story.orgId}`);
    const item = page.locator(`[data-testid="survey-item"][data-slug="${SLUG}-vague-2"]`);
    await item.getByRole('button', { name: /^Archiver/ }).click();
    const dialog = page.getByRole('dialog', { name: /Archiver «\sLes besoins de notre territoire – vague 2\s»\s\?/ });
    await dialog.getByRole('button', { name: 'Archiver' }).click();
    await page.getByRole('status').filter({ hasText: 'est archivé' }).waitFor({ state: 'attached' });
    const archived = page.locator('details.archived-section');
    await archived.getByText('Questionnaires archivés (1)').click();
    await archived.locator(`[data-slug="${SLUG}-vague-2"]`).getByText('Archivé', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'dashboard with an archived survey');
  });

  it('works in English too, and the account page changes the password', async () => {
    await page.goto(`${baseUrl}/app/o/${story.orgId}/s/${story.surveyId}/results`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Participation by release' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoAxeViolations(page, 'results in English');
    await page.getByRole('button', { name: 'Passer en français' }).click();
    await page.getByRole('heading', { level: 2, name: 'Participation par publication' }).waitFor();

    await page.goto(`${baseUrl}/app/account`);
    await checkPage(page, 'account', 'Mon compte');
    await page.getByLabel(/Mot de passe actuel/).fill('wrong current password');
    await page.getByLabel(/Nouveau mot de passe/).fill('encore une nouvelle phrase');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByRole('alert').filter({ hasText: 'Mot de passe actuel incorrect' }).waitFor();
    await expectNoAxeViolations(page, 'account with an error');
    await page.getByLabel(/Mot de passe actuel/).fill(owner.password);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByRole('status').filter({ hasText: 'Mot de passe modifié' }).waitFor();
    await shoot(page, 'account');

    // A second organisation: its empty dashboard, then the switcher in the header goes back and forth.
    await page.getByLabel(/Nom de l’organisation/).fill('MSP des Trois Rivières');
    await page.getByRole('button', { name: 'Créer l’organisation' }).click();
    await page.waitForURL(/\/app\/o\/[\w-]+$/);
    expect(page.url()).not.toContain(story.orgId);
    await checkPage(page, 'second organisation', 'Questionnaires');
    await page.getByRole('heading', { name: 'Aucun questionnaire pour l’instant' }).waitFor();
    const switcher = page.locator('.coord-org > summary');
    expect(await switcher.innerText()).toContain('MSP des Trois Rivières');
    await switcher.click();
    await expectNoAxeViolations(page, 'organisation switcher open');
    await page.getByRole('link', { name: owner.organisation }).click();
    await page.waitForURL(new RegExp(`/app/o/${story.orgId}$`));
    await page.locator(`[data-testid="survey-item"][data-slug="${SLUG}"]`).waitFor();
    expect(await page.locator('.coord-org > summary').innerText()).toContain(owner.organisation);
  });
});

/** Pages of a PDF from Chromium: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g)?.length ?? 0;
}
