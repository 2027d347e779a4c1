/**
 * An organisation moves from one Pouls instance to another: its owner downloads the archive from the team
 * page of the first instance (the run's own `wrangler dev`), and an owner on a second instance (another
 * `wrangler dev` with its own local D1) imports it. The box, its published ideas with their supports and
 * answers, and the team to invite arrive; no password hash or session travels.
 */
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { OrganisationArchive } from '../../schema/archive.ts';
import type { BoxPublic } from '../../schema/ideas.ts';
import { applyMigrations, freshStateDir, startDevServer, type DevServer } from '../../scripts/lib/wrangler.ts';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { approveAll, createBox, proposeFrom, publicBox, supportFrom } from './support/ideas.ts';
import { createOwner, type Owner } from './support/owner.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');
const SLUG = `transfert-${Date.now().toString(36)}`;
const IDEA = 'Une boîte à livres dans la salle d’attente';

let first: Session;
let second: Session;
let firstOwner: Owner;
let other: DevServer;
let otherState: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  otherState = freshStateDir('e2e-second');
  await applyMigrations({ persistTo: otherState }, true);
  other = await startDevServer({ port: await freePort(), persistTo: otherState });
  first = await newSession();
  second = await newSession();
  firstOwner = await createOwner(first.context, baseUrl, persistTo, 'Centre de santé des Tilleuls');
});
afterAll(async () => {
  await first?.close();
  await second?.close();
  await firstOwner?.remove();
  await other?.stop();
  if (otherState) rmSync(otherState, { recursive: true, force: true });
});

describe('an organisation archive between two instances', () => {
  it('is downloaded from the team page of one and imported into the other', async () => {
    const box = await createBox(first.context.request, baseUrl, firstOwner.orgId, SLUG);
    await proposeFrom(baseUrl, SLUG, 'locaux', IDEA);
    await approveAll(first.context.request, baseUrl, firstOwner.orgId, box.id);
    const [idea] = (await publicBox(baseUrl, SLUG)).ideas;
    for (let i = 0; i < 6; i++) await supportFrom(baseUrl, SLUG, idea!.id);

    const page = first.page;
    await page.goto(`${baseUrl}/app/o/${firstOwner.orgId}/members`);
    const link = page.getByRole('link', { name: 'Télécharger l’archive (JSON)' });
    await link.waitFor();
    await expectNoAxeViolations(page, 'team page with the archive');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^pouls-archive-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const archive = JSON.parse(text) as OrganisationArchive;
    expect(archive).toMatchObject({ format: 'pouls-archive', version: 1 });
    expect(text).not.toMatch(/password|salt|cookie|token|receipt|_hash/i);

    const secondOwner = await createOwner(second.context, other.url, otherState, 'Centre de santé, nouvelle instance');
    const imported = await second.context.request.post(`${other.url}/api/orgs/archive`, { data: archive });
    expect(imported.status()).toBe(201);
    const created = (await imported.json()) as { id: string; ideaBoxes: number; membersToInvite: { email: string }[] };
    expect(created.ideaBoxes).toBe(1);
    expect(created.membersToInvite.map((member) => member.email)).toEqual([firstOwner.email]);

    // The box answers on the second instance under the same address, with the same idea and supports.
    const moved = (await (await fetch(`${other.url}/api/b/${SLUG}`)).json()) as BoxPublic;
    expect(moved.ideas.map((i) => [i.text, i.supports])).toEqual([[IDEA, 6]]);
    await second.page.goto(`${other.url}/app/o/${created.id}/members`);
    await second.page.getByRole('link', { name: 'Télécharger l’archive (JSON)' }).waitFor();
    await secondOwner.remove();
  });
});
