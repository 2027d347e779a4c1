/**
 * A live workshop in the room: the organiser creates a session in the coordinators' app (an API error
 * shown on its field first), starts it and opens the projector; five phones join by code and vote; the
 * projector follows without reloading; results stay hidden until revealed; a phone that loses its
 * connection keeps its vote (kept on the phone), changes it while offline and sees it stored once back;
 * closing the question stops the votes and keeps the last release; the console says where the workshop
 * stands in words, fits a phone, and exports the results with their date, units and notes. axe-core
 * checks the participant page, the console and the projector. Colleges and every question type:
 * live-colleges.test.ts; the weighted vote: live-weighted.test.ts; the projector: live-projector.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LiveSessionAdmin } from '../../schema/live.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { shoot } from './support/shots.ts';
import { createOwner, type Owner } from './support/owner.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');
const DESKTOP = { width: 1280, height: 900 };
const TITLE = 'Assemblée de la CPTS';
const QUESTION = 'Faut-il ouvrir le samedi matin ?';
const WORDS = 'Un mot pour décrire le territoire ?';
const SHOW = 'Montrer les résultats';
const HIDE = 'Masquer les résultats';

let organiser: Session;
let console_: Page;
let projector: Page;
let owner: Owner;
const phones: Session[] = [];

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
    // A draft says so in words; the console's link is « up to date », never « live » beside « draft ».
    await console_.getByTestId('run-status').filter({ hasText: 'Pas encore lancé' }).waitFor();
    await console_.getByRole('status').filter({ hasText: 'Console à jour en temps réel' }).waitFor();
    expect(await console_.getByText('En direct', { exact: true }).count()).toBe(0);
    expect(await console_.getByRole('heading', { name: 'Brouillon' }).count()).toBe(0);
    await expectNoAxeViolations(console_, 'live console (draft)');
  });

  it('starts, and the projector shows the join code', async () => {
    await console_.getByRole('button', { name: 'Lancer l’atelier' }).click();
    await console_.getByTestId('session-status').filter({ hasText: 'En cours' }).waitFor();
    await console_.getByTestId('run-status').filter({ hasText: 'En cours : les questions que vous ouvrez' }).waitFor();
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
    // The button says what it does; the question's line says what the room sees.
    await questionCard(1).getByTestId('results-state').filter({ hasText: 'Résultats masqués' }).waitFor();
    await questionCard(1).getByRole('button', { name: SHOW }).click();
    await questionCard(1).getByRole('button', { name: HIDE }).waitFor();
    await questionCard(1).getByTestId('results-state').filter({ hasText: 'Résultats montrés au projecteur et sur les téléphones' }).waitFor();
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

    await questionCard(1).getByRole('button', { name: HIDE }).click();
    await questionCard(1).getByRole('button', { name: SHOW }).waitFor();
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
    expect(csv).toMatch(/;Oui;3;votes;;5;;/);
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
    await projector.getByTestId('words-rule').filter({ hasText: 'Un mot s’affiche dès que 5 personnes l’ont donné.' }).waitFor();
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

  it('ends; the console fits a phone; the export is a dated file, values in value columns and notes beside', async () => {
    await console_.getByRole('button', { name: 'Terminer l’atelier' }).click();
    await console_.getByTestId('run-status').filter({ hasText: 'Terminé : plus aucun vote' }).waitFor();
    const [download] = await Promise.all([console_.waitForEvent('download'), console_.getByRole('link', { name: 'Exporter les résultats (CSV)' }).click()]);
    const lines = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe(`Atelier : ${TITLE} (code ${story.code}).`);
    expect(lines[1]).toMatch(/^Atelier terminé le \d{1,2} \p{L}+ \d{4}\.$/u);
    expect(lines).toContain('question;intitulé;type;collège;clé;libellé;valeur;unité;rang moyen;votants;moyenne;note');
    expect(lines.some((line) => /;Oui;3;votes;;5;;$/.test(line))).toBe(true);
    // The same screen on the organiser's phone: nothing wider than it, every button within reach.
    await console_.setViewportSize({ width: 390, height: 844 });
    await console_.getByTestId('question-1').getByRole('button', { name: 'Masquer les résultats' }).waitFor();
    const overflow = await console_.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      widest: Math.max(...[...document.querySelectorAll('.live-control-buttons .button')].map((b) => b.getBoundingClientRect().right)),
    }));
    expect(overflow.page).toBeLessThanOrEqual(0);
    expect(overflow.widest).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(console_, 'live console on a phone, workshop ended');
    await shoot(console_, 'console-phone');
  });
});
