/**
 * The idea box's whole loop: slips typed in from the paper box go through moderation; an idea, with a
 * similar one, goes to a live workshop as a ranking question; the room votes; the idea comes back
 * « retenue » with a public answer, shown on « Vous avez dit, nous avons fait », on the waiting-room
 * screen, and to its author through the receipt; an author withdraws another idea. The poster prints
 * the box's QR code. axe-core checks each page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LiveSessionAdmin } from '../../schema/live.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { adminIdeas, approveAll, createBox, deviceToken, proposeFrom, publicBox } from './support/ideas.ts';
import { createOwner, type Owner } from './support/owner.ts';
import { shoot } from './support/shots.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');
const SLUG = `cpts-${Date.now().toString(36)}`;
const PAPER = 'Ouvrir le samedi matin pour les consultations sans rendez-vous';
const OTHER = 'Ouvrir plus tard le jeudi soir';
const WITHDRAWN = 'Un parking pour les vélos';
const ANSWER = 'Dès mars, le centre ouvre le samedi de 9 h à 12 h.';

let coordinator: Session;
let app: Page;
let phone: Session;
let owner: Owner;
const story = { boxId: '', paperId: '', sessionId: '', withdrawReceipt: '' };

beforeAll(async () => {
  coordinator = await newSession();
  app = coordinator.page;
  await app.setViewportSize({ width: 1280, height: 900 });
  owner = await createOwner(coordinator.context, baseUrl, persistTo, 'CPTS Val de Loire');
  story.boxId = (await createBox(coordinator.context.request, baseUrl, owner.orgId, SLUG)).id;
  await proposeFrom(baseUrl, SLUG, 'rendez-vous', OTHER);
  story.withdrawReceipt = await proposeFrom(baseUrl, SLUG, 'locaux', WITHDRAWN);
  await approveAll(coordinator.context.request, baseUrl, owner.orgId, story.boxId);
  phone = await newSession({ mobile: true });
});
afterAll(async () => {
  await phone?.close();
  await coordinator?.close();
  await owner?.remove();
});

const boxPage = (page = '') => `${baseUrl}/app/o/${owner.orgId}/boxes/${story.boxId}${page}`;

describe('from a paper slip to a decision', () => {
  it('types in a paper slip, which goes through moderation marked « papier »', async () => {
    await app.goto(boxPage('/add'));
    await app.getByRole('heading', { level: 2, name: 'Saisir un bulletin papier' }).waitFor();
    await app.getByLabel('Thème').first().selectOption('rendez-vous');
    await app.getByRole('button', { name: 'Ajouter le bulletin' }).click();
    await app.getByRole('alert').first().waitFor();
    await expectNoAxeViolations(app, 'paper slip form with an error');
    await app.getByLabel('Texte du bulletin').fill(PAPER);
    await app.getByRole('button', { name: 'Ajouter le bulletin' }).click();
    await app.getByRole('status').filter({ hasText: 'Bulletin ajouté : il attend la modération.' }).waitFor();
    expect(await app.getByLabel('Texte du bulletin').inputValue()).toBe('');
    await expectNoAxeViolations(app, 'paper slip added');

    await app.getByRole('navigation', { name: 'Pages de la boîte' }).getByRole('link', { name: 'Idées', exact: true }).click();
    const card = app.getByTestId('queue-card').filter({ hasText: PAPER });
    await card.getByText('papier', { exact: true }).waitFor();
    story.paperId = (await card.getAttribute('data-idea-id'))!;
    await card.getByRole('button', { name: /^Approuver/ }).click();
    await app.getByRole('status').filter({ hasText: 'Idée approuvée' }).waitFor();
  });

  it('puts the idea, with a similar one, to a workshop vote', async () => {
    await app.goto(boxPage(`/ideas/${story.paperId}`));
    await app.getByRole('heading', { level: 2, name: 'Mettre au vote en atelier' }).waitFor();
    await app.getByText('Saisie depuis la boîte papier').waitFor();
    await expectNoAxeViolations(app, 'an idea’s page');
    await app.getByRole('button', { name: 'Créer la question' }).click();
    await app.getByRole('alert').filter({ hasText: 'Un vote a besoin d’au moins 2 idées' }).waitFor();
    await app.getByRole('checkbox', { name: OTHER }).check();
    await app.getByRole('button', { name: 'Créer la question' }).click();
    const done = app.getByRole('status').filter({ hasText: 'Question créée dans l’atelier.' });
    await done.waitFor();
    await app.getByTestId('idea-history').getByRole('link', { name: 'Voir la question dans l’atelier' }).waitFor();
    const href = await done.getByRole('link', { name: 'Voir la question dans l’atelier' }).getAttribute('href');
    story.sessionId = href!.split('/').at(-1)!;

    // The room votes: the session starts, the question opens, five phones rank the ideas.
    const live = `${baseUrl}/api/orgs/${owner.orgId}/live/${story.sessionId}`;
    const session = (await (await app.request.get(live)).json()) as LiveSessionAdmin;
    const question = session.definition.questions.at(-1)!;
    expect(question.type).toBe('ranking');
    const options = (question as { options: { id: string; label: { fr: string } }[] }).options;
    expect(options.map((o) => o.label.fr).sort()).toEqual([OTHER, PAPER].sort());
    if (session.status === 'draft') expect((await app.request.post(`${live}/start`, { data: {} })).ok()).toBe(true);
    expect((await app.request.post(`${live}/questions/${question.id}/control`, { data: { action: 'open' } })).ok()).toBe(true);
    const paperFirst = [...options].sort((a) => (a.label.fr === PAPER ? -1 : 1)).map((o) => o.id);
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${baseUrl}/api/live/${story.sessionId}/votes`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Live-Token': deviceToken() },
        body: JSON.stringify({ questionId: question.id, value: paperFirst }),
      });
      expect(response.status).toBe(201);
    }
    expect((await app.request.post(`${live}/questions/${question.id}/control`, { data: { action: 'close' } })).ok()).toBe(true);
    await app.goto(`${baseUrl}/app/o/${owner.orgId}/live/${story.sessionId}`);
    await app.getByText(PAPER).first().waitFor();
  });

  it('comes back « retenue » with a public answer, everywhere', async () => {
    await app.goto(boxPage(`/ideas/${story.paperId}`));
    // The vote's result comes back into the idea's history, with a link to the vote; a received idea is now « à l'étude ».
    await expect
      .poll(async () =>
        (await adminIdeas(app.request, baseUrl, owner.orgId, story.boxId))
          .find((i) => i.id === story.paperId)
          ?.history.some((h) => h.note?.fr.startsWith('Classement en atelier')),
      )
      .toBe(true);
    await app.reload();
    const history = app.getByTestId('idea-history');
    await history.getByText(/Classement en atelier\s:\s1\S* sur 2/).waitFor();
    expect(await history.getByRole('link', { name: 'Voir la question dans l’atelier' }).count()).toBe(2);
    await app.getByTestId('idea-status').filter({ hasText: 'À l’étude' }).waitFor();
    await app.getByLabel('Statut', { exact: true }).selectOption('retained');
    await app.getByRole('button', { name: 'Enregistrer le statut' }).click();
    await app.getByRole('alert').filter({ hasText: 'Écrivez une réponse publique pour ce statut.' }).waitFor();
    await expectNoAxeViolations(app, 'status form with an error');
    await app.getByRole('textbox', { name: 'Réponse publique (obligatoire)' }).fill(ANSWER);
    await app.getByRole('button', { name: 'Enregistrer le statut' }).click();
    await app.getByTestId('idea-status').filter({ hasText: 'Retenue' }).waitFor();
    await expectNoAxeViolations(app, 'an idea retained');
    await shoot(app, 'box-idea-page');

    const page = phone.page;
    await page.goto(`${baseUrl}/b/${SLUG}/answers`);
    await page.getByRole('heading', { level: 1, name: 'Vous avez dit, nous avons fait' }).waitFor();
    const answered = page.getByTestId('idea-card').filter({ hasText: PAPER });
    await answered.getByText(ANSWER).waitFor();
    await answered.getByText('Retenue').waitFor();
    await expectNoAxeViolations(page, 'answers page');
    await shoot(page, 'box-answers');

    const screen = await coordinator.context.newPage();
    await screen.setViewportSize({ width: 1280, height: 720 });
    await screen.goto(`${baseUrl}/b/${SLUG}/display`);
    await screen.getByTestId('display-answers').getByText(ANSWER).waitFor();
    await screen.close();
  });

  it('lets an author withdraw their idea with its receipt', async () => {
    const page = phone.page;
    await page.goto(`${baseUrl}/b/${SLUG}/receipt`);
    await page.getByLabel('Code de suivi').fill(story.withdrawReceipt);
    await page.getByRole('button', { name: 'Voir mon idée' }).click();
    await page.getByTestId('followed-idea').getByText(WITHDRAWN).waitFor();
    await page.getByRole('button', { name: 'Retirer mon idée' }).click();
    await page.getByRole('button', { name: 'Oui, retirer' }).click();
    await page.getByText('Votre idée est retirée.').waitFor();
    await expectNoAxeViolations(page, 'idea withdrawn');
    expect((await publicBox(baseUrl, SLUG)).ideas.some((i) => i.text === WITHDRAWN)).toBe(false);
    const stored = await adminIdeas(app.request, baseUrl, owner.orgId, story.boxId);
    expect(stored.find((i) => i.text === WITHDRAWN)?.status).toBe('withdrawn');
  });

  it('prints a poster with the box’s QR code', async () => {
    await app.goto(boxPage('/poster'));
    const poster = app.getByTestId('box-poster');
    await poster.getByText(`/b/${SLUG}`).waitFor();
    const qr = poster.getByRole('img', { name: /QR code vers/ });
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expectNoAxeViolations(app, 'poster');
    await shoot(app, 'box-poster');
    const csv = await app.request.get(`${baseUrl}/api/orgs/${owner.orgId}/boxes/${story.boxId}/export.csv`);
    expect(csv.ok()).toBe(true);
    expect(await csv.text()).toContain(PAPER);
  });
});
