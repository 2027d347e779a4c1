/**
 * A live workshop in the room: the organiser creates a session in the coordinators' app (an API error
 * shown on its field first), starts it and opens the projector; five phones join by code and vote; the
 * projector follows without reloading; results stay hidden until revealed; a phone that loses its
 * connection keeps its vote, changes it while offline and sees it stored once back; closing the question
 * stops the votes. axe-core checks the participant page, the console and the projector.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LiveSessionAdmin } from '../../schema/live.ts';
import { blankSurvey } from '../../web/build/dashboard/survey-copy.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { createOwner, type Owner } from './support/owner.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');
const DESKTOP = { width: 1280, height: 900 };
const TITLE = 'Assemblée de la CPTS';
const QUESTION = 'Faut-il ouvrir le samedi matin ?';
const WORDS = 'Un mot pour décrire le territoire ?';
const SHOW = 'Résultats montrés au projecteur et sur les téléphones';

let organiser: Session;
let console_: Page;
let projector: Page;
let owner: Owner;
const phones: Session[] = [];
const SHOTS = process.env.POULS_SCREENSHOTS;

/** A screenshot when POULS_SCREENSHOTS names a folder. */
async function shoot(target: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await target.waitForTimeout(500);
  await target.screenshot({ path: join(SHOTS, `live-${name}.png`), fullPage: true });
}
const story = { sessionId: '', code: '' };

beforeAll(async () => {
  organiser = await newSession();
  console_ = organiser.page;
  await console_.setViewportSize(DESKTOP);
  owner = await createOwner(organiser.context, baseUrl, persistTo, 'CPTS du Grand Ouest');
});
afterAll(async () => {
  for (const phone of phones) await phone.close();
  await organiser?.close();
  await owner?.remove();
});

async function admin(): Promise<LiveSessionAdmin> {
  const response = await console_.request.get(`${baseUrl}/api/orgs/${owner.orgId}/live/${story.sessionId}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as LiveSessionAdmin;
}

const questionCard = (n: number) => console_.getByTestId(`question-${n}`);

describe('a live workshop', () => {
  it('is created from the coordinators’ app, with the API’s errors on their fields', async () => {
    await console_.goto(`${baseUrl}/app/o/${owner.orgId}`);
    await console_.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Ateliers en direct' }).click();
    await console_.getByRole('heading', { level: 1, name: 'Ateliers en direct' }).waitFor();
    await console_.getByRole('button', { name: 'Nouvel atelier' }).click();
    await console_.getByLabel('Intitulé de la question 1').fill(QUESTION);
    await console_.getByLabel('Option 1 de la question 1').fill('Oui');
    await console_.getByLabel('Option 2 de la question 1').fill('Non');
    // No title yet: the API refuses, the summary takes focus and links to the field.
    await console_.getByRole('button', { name: 'Créer l’atelier' }).click();
    const summary = console_.getByRole('alert').filter({ hasText: 'Titre de l’atelier' });
    await summary.waitFor();
    expect(await console_.getByLabel('Titre de l’atelier').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(console_, 'live session form with an error');

    await console_.getByLabel('Titre de l’atelier').fill(TITLE);
    // The room holds forty people: devices beyond are refused.
    await console_.getByLabel('Participant·es attendu·es (facultatif)').fill('40');
    await console_.getByLabel('Type de la nouvelle question').selectOption('words');
    await console_.getByRole('button', { name: 'Ajouter la question' }).click();
    await console_.getByLabel('Intitulé de la question 2').fill(WORDS);
    await console_.getByRole('button', { name: 'Créer l’atelier' }).click();
    await console_.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    story.sessionId = new URL(console_.url()).pathname.split('/').at(-1)!;
    story.code = (await console_.getByTestId('join-code').textContent())!.trim();
    expect(story.code).toMatch(/^[A-Z2-9]{6}$/);
    const created = await admin();
    expect(created.definition.questions.map((q) => q.type)).toEqual(['single', 'words']);
    expect(created.definition.settings.expectedParticipants).toBe(40);
    await expectNoAxeViolations(console_, 'live console (draft)');
  });

  it('starts, and the projector shows the join code', async () => {
    await console_.getByRole('button', { name: 'Lancer l’atelier' }).click();
    await console_.getByTestId('session-status').filter({ hasText: 'En cours' }).waitFor();
    projector = await organiser.context.newPage();
    await projector.setViewportSize(DESKTOP);
    await projector.goto(`${baseUrl}/app/o/${owner.orgId}/live/${story.sessionId}/projector`);
    expect((await projector.getByTestId('projector-code').textContent())?.trim()).toBe(story.code);
    await projector.getByRole('heading', { level: 1, name: 'En attente de la prochaine question' }).waitFor();
    await projector.getByRole('button', { name: 'Plein écran' }).waitFor();
    await expectNoAxeViolations(projector, 'projector (waiting)');

    await questionCard(1).getByRole('button', { name: 'Ouvrir le vote' }).click();
    await questionCard(1).getByTestId('question-state').filter({ hasText: 'Vote ouvert' }).waitFor();
    // The projector follows without a reload: the question, results hidden.
    await projector.getByRole('heading', { level: 1, name: QUESTION }).waitFor();
    await projector.getByTestId('results-hidden').waitFor();
    await shoot(projector, 'projector-hidden');
  });

  it('takes five votes from phones that joined by code', async () => {
    for (let i = 0; i < 5; i++) {
      const phone = await newSession();
      phones.push(phone);
      const page = phone.page;
      await page.goto(`${baseUrl}/live`);
      await page.getByRole('heading', { level: 1, name: 'Rejoindre un atelier' }).waitFor();
      if (i === 0) await expectNoAxeViolations(page, 'live join page');
      if (i === 3) {
        // One person reads the page in English, the organiser's texts staying in French.
        await page.getByRole('button', { name: 'Switch to English' }).click();
        await page.getByRole('heading', { level: 1, name: 'Join a workshop' }).waitFor();
        await page.getByLabel('Workshop code').fill('ABC1');
        await page.getByRole('button', { name: 'Join' }).click();
        await page.getByRole('alert').filter({ hasText: 'The code has 6 letters or digits' }).waitFor();
        await expectNoAxeViolations(page, 'live join page in English, with an error');
        await page.getByLabel('Workshop code').fill(story.code);
        await page.getByRole('button', { name: 'Join' }).click();
        await page.getByRole('group', { name: QUESTION }).waitFor();
        await page.getByRole('radio', { name: 'Non' }).check();
        await page.getByRole('button', { name: 'Vote' }).click();
        await page.getByTestId('vote-status').filter({ hasText: 'Vote recorded' }).waitFor();
        await page.getByRole('button', { name: 'Passer en français' }).click();
        await page.getByRole('button', { name: 'Modifier mon vote' }).waitFor();
        continue;
      }
      await page.getByLabel('Code de l’atelier').fill(i === 0 ? story.code.toLowerCase() : story.code);
      await page.getByRole('button', { name: 'Rejoindre' }).click();
      await page.getByRole('group', { name: QUESTION }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/live/${story.code}`);
      await page.getByRole('radio', { name: i < 3 ? 'Oui' : 'Non' }).check();
      await page.getByRole('button', { name: 'Voter' }).click();
      await page.getByTestId('vote-status').filter({ hasText: 'Vote enregistré' }).waitFor();
      if (i === 0) {
        await expectNoAxeViolations(page, 'live question on a phone, vote recorded');
        await shoot(page, 'phone-voted');
      }
    }
    // Nothing shows until the organiser reveals the results.
    expect(await phones[0]!.page.getByTestId('live-results').count()).toBe(0);
    await projector.getByTestId('results-hidden').waitFor();
    // The console always sees the tally (k = 5 reached).
    await questionCard(1).getByTestId('live-voters').filter({ hasText: '5 participants' }).waitFor();
    await expectNoAxeViolations(console_, 'live console with tallies');
  });

  it('reveals and hides the results on the projector and the phones', async () => {
    const toggle = questionCard(1).getByRole('button', { name: SHOW });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await questionCard(1).getByRole('button', { name: SHOW, pressed: true }).waitFor();
    await projector.getByTestId('live-voters').filter({ hasText: '5 participants' }).waitFor();
    // The projector says how the bars move: never by one vote.
    await projector.getByTestId('release-rule').filter({ hasText: 'Les barres bougent par groupes d’au moins 5 votants' }).waitFor();
    const bars = projector.getByTestId('live-results');
    await bars.getByText('3 · 60\u00a0%').waitFor();
    await bars.getByText('2 · 40\u00a0%').waitFor();
    await phones[1]!.page.getByTestId('live-results').getByText('3 · 60\u00a0%').waitFor();
    await expectNoAxeViolations(projector, 'projector with results');
    await shoot(projector, 'projector-results');
    await shoot(console_, 'console');
    await shoot(phones[1]!.page, 'phone-results');
    await expectNoAxeViolations(phones[1]!.page, 'phone with results');

    await questionCard(1).getByRole('button', { name: SHOW, pressed: true }).click();
    await questionCard(1).getByRole('button', { name: SHOW, pressed: false }).waitFor();
    await projector.getByTestId('results-hidden').waitFor();
  });

  it('keeps a phone’s vote through a lost connection, and lets it change it', async () => {
    const phone = phones[4]!;
    const page = phone.page;
    expect(await page.getByRole('radio', { name: 'Non' }).isChecked()).toBe(true);
    await phone.context.setOffline(true);
    await page.getByRole('status').filter({ hasText: 'Connexion interrompue' }).waitFor();
    // Changed while offline: sent again and again until the server acknowledges it.
    await page.getByRole('radio', { name: 'Oui' }).check();
    await page.getByRole('button', { name: 'Modifier mon vote' }).click();
    await page.getByTestId('vote-status').filter({ hasText: 'Envoi en cours' }).waitFor();
    await phone.context.setOffline(false);
    await page.getByTestId('vote-status').filter({ hasText: 'Vote enregistré' }).waitFor({ timeout: 20_000 });
    await page.getByRole('status').filter({ hasText: 'En direct' }).waitFor({ timeout: 20_000 });
    // A reload shows the vote this device keeps for itself (the server never sends votes back).
    await page.reload();
    await page.getByRole('group', { name: QUESTION }).waitFor();
    await expect.poll(() => page.getByRole('radio', { name: 'Oui' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Modifier mon vote' }).waitFor();
  });

  it('closes the question: no more votes', async () => {
    await questionCard(1).getByRole('button', { name: 'Clore' }).click();
    await questionCard(1).getByTestId('question-state').filter({ hasText: 'Close' }).waitFor();
    const page = phones[2]!.page;
    await page.getByText('Le vote est clos pour cette question.').waitFor();
    expect(await page.getByRole('radio', { name: 'Oui' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Modifier mon vote' }).count()).toBe(0);
    // Even straight to the API, with a device token of the right shape.
    const sent = await page.evaluate(
      async ({ sessionId, questionId }) => {
        const response = await fetch(`/api/live/${sessionId}/votes`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Live-Token': 'a'.repeat(43) },
          body: JSON.stringify({ questionId, value: 'x' }),
        });
        return response.status;
      },
      { sessionId: story.sessionId, questionId: (await admin()).questions[0]!.question.id },
    );
    expect(sent).toBe(409);
    // The final result is the last release: one phone changed its vote since, fewer than k = 5 devices,
    // so closing shows the 3 · 60 % released before — on the projector and in the export alike.
    await questionCard(1).getByRole('button', { name: SHOW }).click();
    await projector.getByTestId('live-voters').filter({ hasText: '5 participants' }).waitFor();
    await projector.getByTestId('live-results').getByText('3 · 60\u00a0%').waitFor();
    expect(await projector.getByTestId('live-results').getByText('4 · 80\u00a0%').count()).toBe(0);
    const csv = await (await console_.request.get(`${baseUrl}/api/orgs/${owner.orgId}/live/${story.sessionId}/export.csv`)).text();
    expect(csv).toContain(`;${QUESTION};single;tous;`);
    expect(csv).toMatch(/;Oui;3;;5;/);
    await expectNoAxeViolations(page, 'phone on a closed question');
  });

  it('shows a word cloud for the next question', async () => {
    await questionCard(2).getByRole('button', { name: 'Ouvrir le vote' }).click();
    await questionCard(2).getByRole('button', { name: SHOW }).click();
    await projector.getByRole('heading', { level: 1, name: WORDS }).waitFor();
    const words = ['Solidaire', 'solidaire', 'Solidaires', 'SOLIDAIRE', 'solidaire '];
    for (const [i, phone] of phones.entries()) {
      const page = phone.page;
      await page.getByRole('group', { name: WORDS }).waitFor();
      await page.getByLabel('Mot 1').fill(words[i]!);
      await page.getByRole('button', { name: 'Voter' }).click();
      await page.getByTestId('vote-status').filter({ hasText: 'Vote enregistré' }).waitFor();
    }
    // Only words at least k people gave are shown: the five spellings count as one word.
    await projector.getByRole('list', { name: 'Résultats' }).getByRole('listitem').first().waitFor();
    expect(await projector.locator('.word-cloud .word').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(projector, 'projector with a word cloud');
    await shoot(projector, 'projector-words');
    await expectNoAxeViolations(console_, 'live console at the end');
  });

  it('prints voting cards, and a card’s QR link makes the card this phone’s token', async () => {
    await console_.getByLabel('Nombre de cartes').fill('3');
    await console_.getByRole('button', { name: 'Créer les cartes' }).click();
    await console_.getByRole('heading', { name: '3 cartes créées.' }).waitFor();
    const cards = console_.getByTestId('live-card');
    expect(await cards.count()).toBe(3);
    await console_.getByRole('button', { name: 'Imprimer' }).waitFor();
    await expectNoAxeViolations(console_, 'console with printable cards');
    const card = (await cards.first().locator('.code-card-code').textContent())!.trim();
    expect(card).toMatch(/^[A-Za-z0-9_-]{22}$/);

    const holder = await newSession();
    phones.push(holder);
    await holder.page.goto(`${baseUrl}/live/${story.code}?card=${encodeURIComponent(card)}`);
    await holder.page.getByRole('group', { name: WORDS }).waitFor();
    expect(new URL(holder.page.url()).search).toBe('');
    expect(await holder.page.evaluate((id) => localStorage.getItem(`pouls:live:${id}:token`), story.sessionId)).toBe(card);
  });
});

describe('every question type, with colleges', () => {
  const SURVEY_SLUG = 'enquete-atelier-live';
  const fr = (text: string) => ({ fr: text });
  const options = (...labels: string[]) => labels.map((label, i) => ({ id: `o${i + 1}`, label: fr(label) }));
  const QUESTIONS = {
    single: 'Quel projet porter en priorité ?',
    multiple: 'Quels thèmes pour la prochaine réunion ?',
    dots: 'Répartissez vos points',
    ranking: 'Classez les actions',
    scale: 'Votre satisfaction',
    ideas: 'Vos idées pour l’accès aux soins',
    survey: 'Résultats de l’enquête',
  };
  const input = {
    title: fr('Atelier des collèges'),
    settings: {
      k: 3,
      colleges: [
        { id: 'med', label: fr('Médecins'), weight: 60 },
        { id: 'para', label: fr('Paramédicaux'), weight: 40 },
      ],
    },
    questions: [
      { id: 'single', type: 'single', label: fr(QUESTIONS.single), options: options('Maison de santé', 'Télé-expertise') },
      { id: 'multiple', type: 'multiple', label: fr(QUESTIONS.multiple), maxSelections: 2, options: options('Pédiatrie', 'Gériatrie', 'Prévention') },
      { id: 'dots', type: 'dots', label: fr(QUESTIONS.dots), points: 5, options: options('Locaux', 'Secrétariat') },
      { id: 'ranking', type: 'ranking', label: fr(QUESTIONS.ranking), options: options('Recruter', 'Former', 'Informer') },
      { id: 'scale', type: 'scale', label: fr(QUESTIONS.scale), min: 1, max: 5, minLabel: fr('Pas du tout'), maxLabel: fr('Tout à fait') },
      { id: 'ideas', type: 'ideas', label: fr(QUESTIONS.ideas) },
      { id: 'survey', type: 'survey_results', label: fr(QUESTIONS.survey), surveySlug: SURVEY_SLUG },
    ],
  };
  const room: Session[] = [];
  let sessionId = '';
  let code = '';

  afterAll(async () => {
    for (const phone of room) await phone.close();
  });

  async function control(questionId: string, action: string): Promise<void> {
    const response = await console_.request.post(`${baseUrl}/api/orgs/${owner.orgId}/live/${sessionId}/questions/${questionId}/control`, { data: { action } });
    expect(response.ok(), await response.text()).toBe(true);
  }

  it('join with a college', async () => {
    // The survey slide shows a survey of the same organisation whose results are public.
    const survey = await console_.request.post(`${baseUrl}/api/orgs/${owner.orgId}/surveys`, {
      data: { ...blankSurvey('Enquête de l’atelier', SURVEY_SLUG, 'fr'), settings: { k: 5, resultsVisibility: 'public' } },
    });
    expect(survey.status(), await survey.text()).toBe(201);
    const surveyId = ((await survey.json()) as { id: string }).id;
    expect((await console_.request.post(`${baseUrl}/api/orgs/${owner.orgId}/surveys/${surveyId}/publish`)).ok()).toBe(true);
    const created = await console_.request.post(`${baseUrl}/api/orgs/${owner.orgId}/live`, { data: input });
    expect(created.status(), await created.text()).toBe(201);
    ({ id: sessionId, code } = (await created.json()) as LiveSessionAdmin);
    expect((await console_.request.post(`${baseUrl}/api/orgs/${owner.orgId}/live/${sessionId}/start`)).ok()).toBe(true);
    await console_.goto(`${baseUrl}/app/o/${owner.orgId}/live/${sessionId}`);
    await projector.goto(`${baseUrl}/app/o/${owner.orgId}/live/${sessionId}/projector`);
    await control('single', 'open');
    for (let i = 0; i < 3; i++) {
      const phone = await newSession();
      room.push(phone);
      // Straight from the QR code's link.
      await phone.page.goto(`${baseUrl}/live/${code}`);
      await phone.page.getByRole('heading', { level: 1, name: 'Votre collège' }).waitFor();
      if (i === 0) {
        await phone.page.getByRole('button', { name: 'Continuer' }).click();
        await phone.page.getByRole('alert').filter({ hasText: 'Choisissez un collège' }).waitFor();
        await expectNoAxeViolations(phone.page, 'college picker with an error');
      }
      await phone.page.getByRole('radio', { name: 'Médecins' }).check();
      await phone.page.getByRole('button', { name: 'Continuer' }).click();
      await phone.page.getByText('Collège : Médecins').waitFor();
      await phone.page.getByRole('radio', { name: i < 2 ? 'Maison de santé' : 'Télé-expertise' }).check();
      await phone.page.getByRole('button', { name: 'Voter' }).click();
      await phone.page.getByTestId('vote-status').filter({ hasText: 'Vote enregistré' }).waitFor();
      // The first vote fixes the college for the session: no more « Changer ».
      await phone.page.getByText('(fixé par votre premier vote)').waitFor();
      expect(await phone.page.getByRole('button', { name: 'Changer' }).count()).toBe(0);
    }
    await control('single', 'reveal');
    await projector.getByTestId('block-vote').getByText('Maison de santé – Option retenue').waitFor();
    await console_.getByTestId('question-1').getByRole('table', { name: 'Par collège', exact: true }).waitFor();
    await expectNoAxeViolations(projector, 'projector with a block vote');
    await shoot(projector, 'projector-block');
    await expectNoAxeViolations(console_, 'console with college tables');
  });

  it('multiple choices, capped', async () => {
    await control('multiple', 'open');
    for (const [i, phone] of room.entries()) {
      const page = phone.page;
      await page.getByRole('group', { name: QUESTIONS.multiple }).waitFor();
      await page.getByRole('checkbox', { name: 'Pédiatrie' }).check();
      await page.getByRole('checkbox', { name: 'Prévention' }).check();
      // A third choice is refused (aria-disabled, so pressed anyway as a person could).
      await page.getByRole('checkbox', { name: 'Gériatrie' }).click({ force: true });
      expect(await page.getByRole('checkbox', { name: 'Gériatrie' }).isChecked()).toBe(false);
      if (i === 0) {
        await page.getByText('Vous avez déjà choisi 2 options').waitFor();
        await expectNoAxeViolations(page, 'multiple choice at its cap');
      }
      await page.getByRole('button', { name: 'Voter' }).click();
      await page.getByTestId('vote-status').filter({ hasText: 'Vote enregistré' }).waitFor();
    }
  });

  it('dots, with the points left', async () => {
    await control('dots', 'open');
    for (const [i, phone] of room.entries()) {
      const page = phone.page;
      await page.getByRole('group', { name: QUESTIONS.dots }).waitFor();
      for (let n = 0; n < 3; n++) await page.getByRole('button', { name: 'Ajouter un point – Locaux' }).click();
      await page.getByText('Points restants : 2 sur 5').waitFor();
      await page.getByRole('spinbutton', { name: 'Secrétariat' }).fill('9');
      expect(await page.getByRole('spinbutton', { name: 'Secrétariat' }).inputValue()).toBe('2');
      await page.getByText('Points restants : 0 sur 5').waitFor();
      if (i === 0) {
        await expectNoAxeViolations(page, 'dots');
        await shoot(page, 'phone-dots');
      }
      await page.getByRole('button', { name: 'Voter' }).click();
      await page.getByTestId('vote-status').filter({ hasText: 'Vote enregistré' }).waitFor();
    }
  });

  it('ranking with the keyboard', async () => {
    await control('ranking', 'open');
    for (const [i, phone] of room.entries()) {
      const page = phone.page;
      await page.getByRole('group', { name: QUESTIONS.ranking }).waitFor();
      await page.getByRole('button', { name: 'Descendre « Recruter »' }).focus();
      await page.keyboard.press('Enter');
      // Focus follows the option moved.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Recruter');
      await page.getByText('« Recruter » en position 2.').waitFor();
      expect(await page.locator('.live-rank-label').allTextContents()).toEqual(['Former', 'Recruter', 'Informer']);
      if (i === 0) {
        await expectNoAxeViolations(page, 'ranking');
        await shoot(page, 'phone-ranking');
      }
      await page.getByRole('button', { name: 'Voter' }).click();
      await page.getByTestId('vote-status').filter({ hasText: 'Vote enregistré' }).waitFor();
    }
    await control('ranking', 'reveal');
    await projector.getByTestId('live-results').getByText('Former', { exact: true }).waitFor();
  });

  it('a scale', async () => {
    await control('scale', 'open');
    for (const [i, phone] of room.entries()) {
      const page = phone.page;
      await page.getByRole('group', { name: QUESTIONS.scale }).waitFor();
      await page.getByRole('radio', { name: '4' }).check();
      if (i === 0) await expectNoAxeViolations(page, 'scale');
      await page.getByRole('button', { name: 'Voter' }).click();
      await page.getByTestId('vote-status').filter({ hasText: 'Vote enregistré' }).waitFor();
    }
    await control('scale', 'reveal');
    await projector.getByTestId('live-voters').filter({ hasText: 'Moyenne 4' }).waitFor();
    // Reset from the console, after a confirmation: a new round, votes gone, results hidden.
    const card = console_.getByTestId('question-5');
    await card.getByRole('button', { name: 'Réinitialiser' }).click();
    const dialog = console_.getByRole('dialog');
    await dialog.waitFor();
    await expectNoAxeViolations(console_, 'console reset confirmation');
    await dialog.getByRole('button', { name: 'Réinitialiser' }).click();
    await card.getByText('tour 2').waitFor();
    await card.getByTestId('question-state').filter({ hasText: 'Pas encore posée' }).waitFor();
    await control('scale', 'open');
    await room[0]!.page.getByRole('group', { name: QUESTIONS.scale }).waitFor();
    expect(await room[0]!.page.getByRole('radio', { name: '4' }).isChecked()).toBe(false);
    await room[0]!.page.getByRole('button', { name: 'Voter' }).waitFor();
  });

  it('ideas: proposed, moderated, upvoted', async () => {
    await control('ideas', 'open');
    const idea = 'Un numéro unique pour les soins non programmés';
    const page = room[0]!.page;
    await page.getByRole('heading', { level: 1, name: QUESTIONS.ideas }).waitFor();
    await page.getByLabel('Votre idée').fill(idea);
    await page.getByRole('button', { name: 'Proposer' }).click();
    await page.getByRole('status').filter({ hasText: 'Idée envoyée' }).waitFor();
    await console_.getByTestId('pending-ideas').getByText(idea, { exact: true }).waitFor();
    await console_.getByRole('button', { name: `Approuver : ${idea}` }).click();
    for (const [i, phone] of room.entries()) {
      const upvote = phone.page.getByRole('button', { name: `Soutenir : ${idea}` });
      await upvote.waitFor();
      await upvote.click();
      await phone.page.getByRole('button', { name: `Soutenue : ${idea}`, pressed: true }).waitFor();
      await phone.page.getByTestId('vote-status').filter({ hasText: 'Vote enregistré' }).waitFor();
      if (i === 0) await expectNoAxeViolations(phone.page, 'ideas on a phone');
    }
    await control('ideas', 'reveal');
    await projector.getByTestId('live-ideas').getByText('3 soutiens').waitFor();
    await expectNoAxeViolations(projector, 'projector with ideas');
    // Pressing again sends {on: false}, then {on: true}: the button follows, and the count is back to 3.
    await page.getByRole('button', { name: `Soutenue : ${idea}`, pressed: true }).click();
    await page.getByRole('button', { name: `Soutenir : ${idea}`, pressed: false }).waitFor();
    await page.getByTestId('vote-status').filter({ hasText: 'Vote enregistré' }).waitFor();
    await projector.getByTestId('live-ideas').getByText('3 soutiens').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: `Soutenir : ${idea}`, pressed: false }).click();
    await page.getByRole('button', { name: `Soutenue : ${idea}`, pressed: true }).waitFor();
    await projector.getByTestId('live-ideas').getByText('3 soutiens').waitFor();
    await shoot(projector, 'projector-ideas');
    await shoot(room[1]!.page, 'phone-ideas');
  });

  it('a survey’s results as a slide', async () => {
    await control('survey', 'open');
    await room[0]!.page.getByText('Regardez l’écran').waitFor();
    await projector.getByRole('heading', { level: 1, name: QUESTIONS.survey }).waitFor();
    await projector.locator('.projector-survey .result').first().waitFor();
    await expectNoAxeViolations(projector, 'projector with a survey’s results');
  });

  it('is deleted from the console, after a confirmation: gone from the list, on the phones and the projector', async () => {
    await console_.goto(`${baseUrl}/app/o/${owner.orgId}/live/${sessionId}`);
    await console_.getByRole('button', { name: 'Supprimer l’atelier' }).click();
    const dialog = console_.getByRole('dialog', { name: 'Supprimer l’atelier « Atelier des collèges » ?' });
    await dialog.waitFor();
    await expectNoAxeViolations(console_, 'console asking to confirm a deletion');
    await dialog.getByRole('button', { name: 'Supprimer l’atelier' }).click();
    await console_.waitForURL(`${baseUrl}/app/o/${owner.orgId}/live`);
    await console_.getByRole('status').filter({ hasText: 'Atelier « Atelier des collèges » supprimé.' }).waitFor();
    await console_.getByRole('link', { name: TITLE }).waitFor();
    expect(await console_.getByRole('link', { name: 'Atelier des collèges' }).count()).toBe(0);
    await expectNoAxeViolations(console_, 'live list after a deletion');
    const phone = room[0]!.page;
    await phone.getByRole('heading', { level: 1, name: 'Cet atelier n’existe plus' }).waitFor();
    await expectNoAxeViolations(phone, 'phone on a deleted workshop');
    await projector.getByTestId('projector-gone').getByText('Cet atelier n’existe plus').waitFor();
    // A phone opening the session’s link afterwards: the code no longer exists.
    await phone.goto(`${baseUrl}/live/${code}`);
    await phone.getByRole('alert').filter({ hasText: 'Aucun atelier ne correspond' }).waitFor();
  });
});
