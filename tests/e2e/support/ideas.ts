/**
 * The idea box from outside the browser, as other people's phones would reach it: devices with tokens
 * of their own, the public API, and a box made for a test through the coordinators' API.
 */
import { randomBytes } from 'node:crypto';
import type { APIRequestContext } from 'playwright-core';
import type { Box, BoxPublic, BoxTemplate, IdeaAdmin } from '../../../schema/ideas.ts';

/** A new device's anonymous token (32 random bytes, base64url), as a phone makes one. */
export const deviceToken = () => randomBytes(32).toString('base64url');

/** `PUT /api/b/:slug/ideas/:id/support {on}` from a device of its own; a 429 is waited out as a phone would. */
export async function supportFrom(baseUrl: string, slug: string, ideaId: string, token = deviceToken()): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const response = await fetch(`${baseUrl}/api/b/${slug}/ideas/${ideaId}/support`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-Idea-Token': token },
      body: JSON.stringify({ on: true }),
    });
    if (response.ok) return;
    if (response.status !== 429) throw new Error(`support: HTTP ${response.status} ${await response.text()}`);
    await new Promise((resolve) => setTimeout(resolve, 1000 * Math.min(5, Number(response.headers.get('Retry-After')) || 1)));
  }
  throw new Error('support: still rate limited');
}

/** `POST /api/b/:slug/ideas` from a device of its own → the receipt. */
export async function proposeFrom(baseUrl: string, slug: string, theme: string, text: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/b/${slug}/ideas`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Idea-Token': deviceToken() },
    body: JSON.stringify({ theme, text }),
  });
  if (response.status !== 201) throw new Error(`propose: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { receipt: string }).receipt;
}

export async function publicBox(baseUrl: string, slug: string): Promise<BoxPublic> {
  const response = await fetch(`${baseUrl}/api/b/${slug}`);
  if (!response.ok) throw new Error(`box: HTTP ${response.status}`);
  return (await response.json()) as BoxPublic;
}

/** The id of the published idea whose text starts so. */
export async function publishedId(baseUrl: string, slug: string, start: string): Promise<string> {
  const idea = (await publicBox(baseUrl, slug)).ideas.find((i) => i.text.startsWith(start));
  if (!idea) throw new Error(`no published idea starts with « ${start} »`);
  return idea.id;
}

/** A box from a template, made through the coordinators' API by a signed-in owner. */
export async function createBox(request: APIRequestContext, baseUrl: string, orgId: string, slug: string, templateId = 'centre-de-sante'): Promise<Box> {
  const templates = (await (await request.get(`${baseUrl}/api/orgs/${orgId}/boxes/templates`)).json()) as { templates: BoxTemplate[] };
  const template = templates.templates.find((t) => t.templateId === templateId)!;
  const response = await request.post(`${baseUrl}/api/orgs/${orgId}/boxes`, { data: { ...template.box, slug } });
  if (response.status() !== 201) throw new Error(`create box: HTTP ${response.status()} ${await response.text()}`);
  return (await response.json()) as Box;
}

export async function adminIdeas(request: APIRequestContext, baseUrl: string, orgId: string, boxId: string): Promise<IdeaAdmin[]> {
  const response = await request.get(`${baseUrl}/api/orgs/${orgId}/boxes/${boxId}/ideas`);
  if (!response.ok()) throw new Error(`ideas: HTTP ${response.status()}`);
  return ((await response.json()) as { ideas: IdeaAdmin[] }).ideas;
}

/** Approves every pending idea of the box (the moderation queue's own test is in ideas.test.ts). */
export async function approveAll(request: APIRequestContext, baseUrl: string, orgId: string, boxId: string): Promise<void> {
  for (const idea of await adminIdeas(request, baseUrl, orgId, boxId)) {
    if (idea.status !== 'pending') continue;
    const response = await request.post(`${baseUrl}/api/orgs/${orgId}/boxes/${boxId}/ideas/${idea.id}/moderate`, { data: { action: 'approve' } });
    if (!response.ok()) throw new Error(`approve: HTTP ${response.status()} ${await response.text()}`);
  }
}

/** The ids of the ideas on the waiting-room screen, top first. */
export async function displayOrder(page: import('playwright-core').Page): Promise<string[]> {
  return page.getByTestId('display-idea').evaluateAll((items) => items.map((item) => item.getAttribute('data-idea-id') ?? ''));
}
