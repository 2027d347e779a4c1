/**
 * A live workshop with colleges, in Chromium: phones join with a college (the form says their first
 * vote fixes it, and then that it did), every question type is voted on (a ranking in each phone's own
 * order), the block vote and the college tables (figures with their unit) show on the projector and the
 * console, the session is deleted. axe-core checks each screen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LiveSessionAdmin } from '../../schema/live.ts';
import { blankSurvey } from '../../web/app/dashboard/survey-copy.ts';
import { deviceOrder } from '../../web/live/model.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { createOwner, type Owner } from './support/owner.ts';
import { shoot } from './support/shots.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');
const DESKTOP = { width: 1280, height: 900 };

let organiser: Session;
let console_: Page;
let projector: Page;
let owner: Owner;

beforeAll(async () => {
  organiser = await newSession();
  console_ = organiser.page;
  await console_.setViewportSize(DESKTOP);
  owner = await createOwner(organiser.context, baseUrl, persistTo, 'CPTS des collèges');
  projector = await organiser.context.newPage();
  await projector.setViewportSize(DESKTOP);
});
afterAll(async () => {
  await organiser?.close();
  await owner?.remove();
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
      // The form says, before any vote, that the first vote fixes the college.
      await phone.page.getByText('Votre premier vote fixe votre collège pour tout l’atelier').waitFor();
      await phone.page.getByRole('radio', { name: 'Médecins' }).check();
      await phone.page.getByRole('button', { name: 'Continuer' }).click();
      await phone.page.getByTestId('your-college').filter({ hasText: 'Collège : Médecins Votre premier vote le fixera pour tout l’atelier.' }).waitFor();
      await phone.page.getByRole('radio', { name: i < 2 ? 'Maison de santé' : 'Télé-expertise' }).check();
      await phone.page.getByRole('button', { name: 'Voter' }).click();
      await phone.page.getByTestId('vote-status').filter({ hasText: 'Vote enregistré' }).waitFor();
      // The first vote fixes the college for the session: no more « Changer ».
      await phone.page.getByTestId('your-college').filter({ hasText: '(fixé par votre premier vote : il ne change plus)' }).waitFor();
      expect(await phone.page.getByRole('button', { name: 'Changer' }).count()).toBe(0);
    }
    await control('single', 'reveal');
    // Voting is open: the best option leads; « retenue » is for the final result.
    await projector.getByTestId('block-vote').getByText('Maison de santé – En tête').waitFor();
    await console_
      .getByTestId('question-1')
      .getByRole('table', { name: /^Par collège/ })
      .waitFor();
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

  it('ranking: each phone starts from an order of its own, votes after a move or a confirmation; figures with their unit', async () => {
    await control('ranking', 'open');
    const labelOf: Record<string, string> = { o1: 'Recruter', o2: 'Former', o3: 'Informer' };
    for (const [i, phone] of room.entries()) {
      const page = phone.page;
      await page.getByRole('group', { name: QUESTIONS.ranking }).waitFor();
      // The order is this device's own, drawn from its token: the same after a reload, another on the next phone.
      const token = await page.evaluate((id) => localStorage.getItem(`pouls:live:${id}:token`), sessionId);
      const order = deviceOrder(['o1', 'o2', 'o3'], `${token}:ranking:1`).map((id) => labelOf[id]!);
      expect(await page.locator('.live-rank-item .rank-label').allTextContents()).toEqual(order);
      if (i === 0) {
        await page.reload();
        await page.getByRole('group', { name: QUESTIONS.ranking }).waitFor();
        expect(await page.locator('.live-rank-item .rank-label').allTextContents()).toEqual(order);
      }
      // « Voter » with nothing moved is not a vote for the order shown.
      await page.getByRole('button', { name: 'Voter' }).click();
      await page.getByRole('alert').filter({ hasText: 'Déplacez au moins une option, ou cochez « Je confirme cet ordre »' }).waitFor();
      if (i === 0) await expectNoAxeViolations(page, 'ranking refused while untouched');
      if (i === 2) {
        // This person agrees with the order drawn for them: they say so.
        await page.getByRole('checkbox', { name: 'Je confirme cet ordre' }).check();
      } else {
        await page.getByRole('button', { name: `Descendre « ${order[0]} »` }).focus();
        await page.keyboard.press('Enter');
        // Focus follows the option moved.
        expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(order[0]);
        await page.getByText(`« ${order[0]} » en position 2.`).waitFor();
        expect(await page.locator('.live-rank-item .rank-label').allTextContents()).toEqual([order[1], order[0], order[2]]);
        expect(await page.getByRole('checkbox', { name: 'Je confirme cet ordre' }).count()).toBe(0);
      }
      if (i === 0) {
        await expectNoAxeViolations(page, 'ranking');
        await shoot(page, 'phone-ranking');
      }
      await page.getByRole('button', { name: 'Voter' }).click();
      await page.getByTestId('vote-status').filter({ hasText: 'Vote enregistré' }).waitFor();
    }
    await control('ranking', 'reveal');
    await projector.getByTestId('live-results').waitFor();
    // Per college, each figure says what it counts: ranking points, and the mean rank.
    const table = console_.getByTestId('question-4').getByRole('table', { name: /^Par collège/ });
    await table.getByText('points de classement').waitFor();
    const doctors = await table
      .getByRole('row', { name: /^Médecins/ })
      .getByRole('cell')
      .allTextContents();
    for (const cell of doctors.slice(1)) expect(cell).toMatch(/^\d+ pts · rang moyen \d+(,\d+)?$/);
    await expectNoAxeViolations(console_, 'console with per-college ranking figures');
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
