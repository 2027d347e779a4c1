/** What the respondent sees when something is wrong: a missing answer, a refusal, a lost connection. */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { demoAnswers } from './support/api.ts';
import { storedResponses } from './support/stored.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { expectFocused, tabTo } from './support/keyboard.ts';

const baseUrl = inject('baseUrl');

let session: Session;
let page: Page;
beforeEach(async () => {
  session = await newSession();
  page = session.page;
});
afterEach(async () => {
  await session.close();
});

/** Starts on the last page with every answer given, as if the person had filled it in earlier on this device. */
async function openWithCompletedDraft(): Promise<void> {
  const survey = (await (await fetch(`${baseUrl}/api/s/demo`)).json()) as { id: string };
  const draft = JSON.stringify({ surveyId: survey.id, page: 2, answers: demoAnswers({ profession: 'other' }) });
  // Only when no draft exists yet, so that a reload keeps what the page saved since.
  await page.addInitScript((saved) => {
    if (!localStorage.getItem('pouls:draft:demo')) localStorage.setItem('pouls:draft:demo', saved);
  }, draft);
  await page.goto(`${baseUrl}/s/demo`);
  await page.locator('.progress-text', { hasText: 'Page 3 sur 3' }).waitFor();
}

describe('a survey that cannot be answered', () => {
  it('says so when the address matches no published survey', async () => {
    await page.goto(`${baseUrl}/s/aucun-questionnaire`);
    await page.getByRole('heading', { level: 1, name: 'Questionnaire introuvable' }).waitFor();
    expect(await page.getByRole('link', { name: 'Retour à l’accueil' }).getAttribute('href')).toBe('/');
    await expectNoAxeViolations(page, 'survey not found');
  });

  it('says so from a heading that takes focus when the server cannot be reached, and loads the survey on « Réessayer »', async () => {
    await page.route(
      (url) => url.pathname === '/api/s/demo',
      (route) => route.abort('internetdisconnected'),
      { times: 1 },
    );
    await page.goto(`${baseUrl}/s/demo`);
    const heading = page.getByRole('heading', { level: 1, name: 'Connexion impossible' });
    await heading.waitFor();
    await expectFocused(heading);
    expect(await page.title()).toBe('Connexion impossible – Pouls');
    expect(await page.locator('main').innerText()).toContain('Nous n’avons pas pu joindre le serveur.');
    await expectNoAxeViolations(page, 'survey that could not be loaded');

    await tabTo(page, page.getByRole('button', { name: 'Réessayer', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('radiogroup', { name: /Quelle est votre profession/ }).waitFor();
  });

  it('says so when the survey is closed', async () => {
    await page.route('**/api/s/demo', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), status: 'closed' } });
    });
    await page.goto(`${baseUrl}/s/demo`);
    await page.getByRole('heading', { level: 1, name: 'Ce questionnaire est clos' }).waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
  });
});

describe('a required question left empty', () => {
  it('is announced in an error summary that takes focus and leads to the question', async () => {
    await page.goto(`${baseUrl}/s/demo`);
    const group = page.getByRole('radiogroup', { name: /Quelle est votre profession/ });
    expect(await group.locator('legend').innerText()).toContain('(obligatoire)');
    expect(await group.getAttribute('aria-required')).toBe('true');

    await tabTo(page, page.getByRole('button', { name: 'Suivant' }));
    await page.keyboard.press('Enter');

    const summary = page.getByRole('alert');
    await summary.waitFor();
    await expectFocused(summary);
    expect(await summary.innerText()).toContain('Réponse obligatoire');
    expect(await page.locator('.progress-text').innerText()).toBe('Page 1 sur 3');
    expect(await group.getAttribute('aria-invalid')).toBe('true');
    expect((await group.getAttribute('aria-describedby'))?.split(' ')).toContain('q-profession-error');
    expect(await page.locator('#q-profession-error').innerText()).toContain('Réponse obligatoire');
    await expectNoAxeViolations(page, 'respondent page in error');

    await page.keyboard.press('Tab');
    await expectFocused(summary.getByRole('link', { name: /Quelle est votre profession/ }));
    await page.keyboard.press('Enter');
    await expectFocused(page.getByRole('radio', { name: 'Médecin généraliste' }));
    await page.keyboard.press('Space');
    await page.locator('#q-profession-error').waitFor({ state: 'detached' });
    expect(await group.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('sending', () => {
  it('maps the server’s 422 errors back to their questions, on their page', async () => {
    await openWithCompletedDraft();
    await page.route('**/api/s/demo/responses', (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ path: 'answers.years', message: 'Valeur refusée par le serveur' }] }),
      }),
    );
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).press('Enter');

    const summary = page.getByRole('alert');
    await summary.waitFor();
    await expectFocused(summary);
    expect(await page.locator('.progress-text').innerText()).toBe('Page 1 sur 3');
    expect(await page.locator('#q-years-error').innerText()).toContain('Valeur refusée par le serveur');
    expect(await page.getByRole('textbox', { name: /Depuis combien d’années/ }).getAttribute('aria-invalid')).toBe('true');
  });

  it('retries after a lost connection and a server error, across a reload, and is counted exactly once', async () => {
    const before = await storedResponses();
    await openWithCompletedDraft();

    const keys: string[] = [];
    await page.route('**/api/s/demo/responses', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (keys.length === 1) {
        // The answer reaches the server and is stored, but the reply is lost on the way back.
        await route.fetch();
        return route.abort('connectionreset');
      }
      if (keys.length === 2) return route.fulfill({ status: 503, contentType: 'application/json', body: '{"errors":[{"path":"$","message":"Indisponible"}]}' });
      return route.continue();
    });

    await tabTo(page, page.getByRole('button', { name: 'Envoyer mes réponses' }));
    await page.keyboard.press('Enter');
    const retrying = page.locator('.send-status', { hasText: /Envoi en cours… nouvel essai dans \d+ s/ });
    await retrying.waitFor();
    await page.getByRole('button', { name: 'Réessayer maintenant' }).waitFor();
    await page.waitForFunction(() => document.querySelector('.send-status')?.textContent?.includes('nouvel essai dans 2 s'));
    expect(keys).toHaveLength(2);

    // Closing or reloading the page mid-send loses nothing: the send resumes with the same key.
    await page.reload();
    const thanks = page.getByRole('heading', { level: 1, name: 'Merci pour votre participation !' });
    await thanks.waitFor();

    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{16,128}$/);
    // Stored once: results only move with releases, so the count is read where responses are kept.
    expect(await storedResponses()).toBe(before + 1);
  });
});
