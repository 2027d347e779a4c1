import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import type { Box, BoxInput, IdeaAdmin } from '../../schema/ideas.ts';
import { account, call, postJson, type Account } from './helpers.ts';
import { newToken } from './live-helpers.ts';

export { expectError, newToken } from './live-helpers.ts';

type Caller = { call: typeof call; postJson: typeof postJson };
const direct: Caller = { call, postJson };

/** A box as a client sends it (defaults left out). */
export function boxInput(overrides: Partial<BoxInput> = {}): Partial<BoxInput> {
  return {
    slug: `boite-${crypto.randomUUID().slice(0, 8)}`,
    title: { fr: 'Vos idées pour le centre', en: 'Your ideas for the centre' },
    intro: { fr: 'Proposez, soutenez.' },
    themes: [
      { id: 'accueil', label: { fr: 'Accueil' } },
      { id: 'horaires', label: { fr: 'Horaires' } },
    ],
    audience: 'public',
    k: 3,
    ...overrides,
  };
}

export type TestBox = { owner: Account; id: string; slug: string; base: string; pub: string; key: string | null; via: Caller };

/** A box created by an owner (a new organisation unless given); `pub` is its public API base, key included. */
export async function createBox(overrides: Partial<BoxInput> = {}, owner?: Account, via: Caller = direct): Promise<TestBox> {
  const who = owner ?? (await account('owner'));
  const created = await via.postJson(`/api/orgs/${who.organisationId}/boxes`, boxInput(overrides), who.headers);
  if (created.status !== 201) throw new Error(`create box ${created.status}: ${await created.text()}`);
  const box = (await created.json()) as Box;
  const key = box.memberKey;
  return { owner: who, id: box.id, slug: box.slug, base: `/api/orgs/${who.organisationId}/boxes/${box.id}`, pub: `/api/b/${box.slug}`, key, via };
}

/** A public path of the box, with its key when it has one. */
export function pubPath(box: TestBox, rest = ''): string {
  const [path, query] = `${box.pub}${rest}`.split('?');
  const params = new URLSearchParams(query);
  if (box.key) params.set('key', box.key);
  const search = params.toString();
  return search ? `${path}?${search}` : path!;
}

export function propose(box: TestBox, token: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return box.via.postJson(pubPath(box, '/ideas'), body, { 'X-Idea-Token': token, ...headers });
}

/** Proposes with a fresh device and returns the receipt code. */
export async function proposed(box: TestBox, text: string, theme = 'accueil'): Promise<string> {
  const response = await propose(box, newToken(), { text, theme });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { receipt: string }).receipt;
}

export function moderate(box: TestBox, ideaId: string, action: unknown, as: Account = box.owner): Promise<Response> {
  return box.via.postJson(`${box.base}/ideas/${ideaId}/moderate`, action, as.headers);
}

/** The box's ideas as moderators see them. */
export async function queue(box: TestBox, query = ''): Promise<IdeaAdmin[]> {
  const response = await box.via.call(`${box.base}/ideas${query}`, { headers: box.owner.headers });
  expect(response.status).toBe(200);
  return ((await response.json()) as { ideas: IdeaAdmin[] }).ideas;
}

export async function ideaByText(box: TestBox, text: string): Promise<IdeaAdmin> {
  const found = (await queue(box)).find((i) => i.text === text);
  if (!found) throw new Error(`no idea « ${text} »`);
  return found;
}

/** A paper slip typed in and approved: a published idea's id. */
export async function publishedIdea(box: TestBox, text: string, theme = 'accueil'): Promise<string> {
  const slip = await box.via.postJson(`${box.base}/ideas`, { text, theme }, box.owner.headers);
  expect(slip.status, await slip.clone().text()).toBe(201);
  const { id } = (await slip.json()) as IdeaAdmin;
  const approved = await moderate(box, id, { action: 'approve' });
  expect(approved.status, await approved.clone().text()).toBe(200);
  return id;
}

export function support(box: TestBox, ideaId: string, token: string, on = true, headers: Record<string, string> = {}): Promise<Response> {
  return box.via.postJson(pubPath(box, `/ideas/${ideaId}/support`), { on }, { 'X-Idea-Token': token, ...headers }, 'PUT');
}

/** Each of `tokens` supports the idea (200 each). */
export async function supportAll(box: TestBox, ideaId: string, tokens: string[]): Promise<void> {
  for (const token of tokens) {
    const response = await support(box, ideaId, token);
    expect(response.status, await response.clone().text()).toBe(200);
  }
}

export const tokens = (n: number) => Array.from({ length: n }, () => newToken());

/** The idea's row as stored (tests look at what D1 keeps). */
export async function storedIdea(ideaId: string): Promise<Record<string, unknown> | null> {
  return env.DB.prepare('SELECT * FROM ideas WHERE id = ?').bind(ideaId).first();
}
