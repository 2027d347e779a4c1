/**
 * An owner looks after the team's accounts in the browser: sees and revokes pending invitations, hands a
 * colleague who forgot their password a one-time link (used in the colleague's own browser), and reads
 * the activity log that recorded all of it. axe-core checks every page on the way.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/wrangler.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { createOwner, type Owner } from './support/owner.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');
const colleague = { name: 'Inès Moreau', email: `ines-${Date.now().toString(36)}@accounts-tests.example`, password: 'une phrase de passe oubliée' };

let session: Session;
let page: Page;
let owner: Owner;

beforeAll(async () => {
  session = await newSession();
  page = session.page;
  await page.setViewportSize({ width: 1280, height: 900 });
  owner = await createOwner(session.context, baseUrl, persistTo, 'CPTS des comptes');
  // A colleague already in the team (joined through an invitation, as anyone does).
  const invited = await session.context.request.post(`${baseUrl}/api/orgs/${owner.orgId}/invitations`, { data: { email: colleague.email, role: 'editor' } });
  const token = new URL(((await invited.json()) as { link: string }).link).pathname.split('/').at(-1);
  const accepted = await fetch(`${baseUrl}/api/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: colleague.name, password: colleague.password }),
  });
  expect(accepted.status).toBe(201);
});

afterAll(async () => {
  await owner?.remove();
  await session?.close();
});

describe('an owner and the team’s accounts', () => {
  it('sees a pending invitation and revokes it', async () => {
    await page.goto(`${baseUrl}/app/o/${owner.orgId}/members`);
    await page.getByRole('heading', { level: 1, name: 'Équipe' }).waitFor();
    await page.getByLabel('Adresse e-mail de votre collègue').fill('erreur@accounts-tests.example');
    await page.getByRole('button', { name: 'Créer le lien d’invitation' }).click();
    await page.getByRole('heading', { name: 'Lien d’invitation pour erreur@accounts-tests.example' }).waitFor();
    const link = await page.getByRole('textbox', { name: 'Lien d’invitation' }).inputValue();

    const pending = page.getByTestId('pending-invitation');
    await pending.filter({ hasText: 'erreur@accounts-tests.example' }).waitFor();
    expect(await pending.count()).toBe(1);
    await expectNoAxeViolations(page, 'members with a pending invitation');

    await page.getByRole('button', { name: 'Révoquer erreur@accounts-tests.example' }).click();
    await page.getByRole('status').filter({ hasText: 'L’invitation de erreur@accounts-tests.example a été révoquée.' }).waitFor();
    await page.getByText('Aucune invitation en attente.').waitFor();
    expect((await fetch(link.replace('/invite/', '/api/invitations/'))).status).toBe(404);
  });

  it('hands a colleague a one-time link to choose a new password, which signs out their other sessions', async () => {
    const before = await fetch(`${baseUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: colleague.email, password: colleague.password }),
    });
    const oldSession = before.headers
      .getSetCookie()
      .find((c) => c.startsWith('__Host-pouls_session='))!
      .split(';')[0]!;

    await page.getByRole('button', { name: `Lien de nouveau mot de passe (${colleague.name})` }).click();
    const heading = page.getByRole('heading', { name: `Lien de nouveau mot de passe pour ${colleague.name}` });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    const link = await page.getByRole('textbox', { name: 'Lien de réinitialisation' }).inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl}/app/reset/[\\w-]{43}$`));
    await expectNoAxeViolations(page, 'members with a reset link');

    const theirs = await newSession();
    try {
      const p = theirs.page;
      await p.goto(link);
      await p.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }).waitFor();
      await p.getByText(`Pour le compte ${colleague.email}.`).waitFor();
      await expectNoAxeViolations(p, 'reset page');
      await p.getByLabel(/Mot de passe/).fill('court');
      await p.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
      await p.getByRole('alert').filter({ hasText: 'Mot de passe trop court' }).waitFor();
      await p.getByLabel(/Mot de passe/).fill('une toute nouvelle phrase de passe');
      await p.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
      await p.waitForURL(/\/app\/o\/[\w-]+$/);
      await p.getByRole('heading', { level: 1, name: 'Questionnaires' }).waitFor();
      // The link served once.
      await p.goto(link);
      await p.getByRole('heading', { level: 1, name: 'Ce lien ne peut plus servir' }).waitFor();
      await expectNoAxeViolations(p, 'used reset link');
    } finally {
      await theirs.close();
    }
    expect((await fetch(`${baseUrl}/api/auth/me`, { headers: { Cookie: oldSession } })).status).toBe(401);
  });

  it('reads all of it in the activity log', async () => {
    await page.getByRole('link', { name: 'Journal d’activité' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journal d’activité' }).waitFor();
    const rows = page.getByTestId('audit-table').locator('tbody tr');
    await rows.first().waitFor();
    const texts = await rows.allInnerTexts();
    expect(texts[0]).toContain('Lien de nouveau mot de passe créé');
    expect(texts[0]).toContain(`${colleague.name} <${colleague.email}>`);
    expect(texts.some((t) => t.includes('Invitation de erreur@accounts-tests.example révoquée'))).toBe(true);
    expect(
      texts.some(
        (t) =>
          t.includes('Invitation de erreur@accounts-tests.example (lecteur·rice)') || t.includes('Invitation de erreur@accounts-tests.example (éditeur·rice)'),
      ),
    ).toBe(true);
    expect(texts.every((t) => t.includes('Camille Durand'))).toBe(true);
    await expectNoAxeViolations(page, 'activity log');
  });

  it('a sole owner who forgot their password is never locked out: `npm run reset-link` prints a link', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/reset-link.ts', owner.email, '--persist-to', persistTo, '--origin', baseUrl], {
      cwd: ROOT,
    });
    const link = stdout.match(/https?:\/\/\S+\/app\/reset\/[\w-]{43}/)?.[0];
    expect(stdout).toContain(`One-time link for Camille Durand <${owner.email}>`);
    expect(link).toBeDefined();
    const theirs = await newSession();
    try {
      await theirs.page.goto(link!);
      await theirs.page.getByLabel(/Mot de passe/).fill('une phrase retrouvée pour de bon');
      await theirs.page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
      await theirs.page.waitForURL(/\/app\/o\/[\w-]+$/);
    } finally {
      await theirs.close();
    }
    const signIn = await fetch(`${baseUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: owner.email, password: 'une phrase retrouvée pour de bon' }),
    });
    expect(signIn.status).toBe(200);
    // An unknown email gets no link, and says so.
    const unknown = await promisify(execFile)(process.execPath, ['scripts/reset-link.ts', 'personne@accounts-tests.example', '--persist-to', persistTo], {
      cwd: ROOT,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('No account with the email personne@accounts-tests.example') });
  });
});
