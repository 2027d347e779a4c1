import type { BoxDisplay, BoxPublic, IdeaFollow, IdeaInput, IdeaPublic } from '../../schema/ideas.ts';
import type { ErrorItem } from '../../schema/messages.ts';
import { errorsOf } from '../shared/api/public.ts';
import type { Lang } from '../shared/i18n/lang.ts';
import { apiHref, type BoxAddress } from './paths.ts';

/**
 * The box's public calls (schema/ideas.ts), with plain fetch as the respondent's page does: the hono
 * client's runtime stays out of these small pages. A device's token travels in X-Idea-Token, an enrolled
 * kiosk's in X-Kiosk: never in the address.
 */
export type Loaded<T> = { ok: true; data: T } | { ok: false; status: number; errors: ErrorItem[]; retryAfter?: string | null };

/** Who is asking: a phone (its device token) or an enrolled kiosk (its kiosk token). */
export type Contributor = { kind: 'device'; token: string } | { kind: 'kiosk'; token: string };

function headers(lang: Lang, who?: Contributor, json?: boolean): Record<string, string> {
  const h: Record<string, string> = { 'Accept-Language': lang };
  if (who) h[who.kind === 'kiosk' ? 'X-Kiosk' : 'X-Idea-Token'] = who.token;
  if (json) h['Content-Type'] = 'application/json';
  return h;
}

async function load<T>(url: string, lang: Lang, init: RequestInit = {}): Promise<Loaded<T>> {
  try {
    const response = await fetch(url, { cache: 'no-store', ...init, headers: { ...headers(lang), ...(init.headers as Record<string, string>) } });
    if (response.ok) return { ok: true, data: (response.status === 204 ? null : await response.json()) as T };
    return { ok: false, status: response.status, errors: await errorsOf(response), retryAfter: response.headers.get('Retry-After') };
  } catch {
    return { ok: false, status: 0, errors: [] };
  }
}

/** `GET /api/b/:slug`: the box, its themes and its published ideas. */
export const loadBox = (box: BoxAddress, lang: Lang) => load<BoxPublic>(apiHref(box), lang);

/** `GET /api/b/:slug/similar`: published ideas close to what is being typed. */
export const findSimilar = (box: BoxAddress, lang: Lang, q: string, theme: string | null, signal: AbortSignal) =>
  load<{ ideas: IdeaPublic[] }>(apiHref(box, '/similar', theme ? { q, theme } : { q }), lang, { signal });

/** `POST /api/b/:slug/ideas` → 201 `{status: 'pending', receipt}`. Raw response: the caller waits out a 429. */
export function postIdea(box: BoxAddress, lang: Lang, who: Contributor, idea: IdeaInput): Promise<Response> {
  return fetch(apiHref(box, '/ideas'), { method: 'POST', headers: headers(lang, who, true), body: JSON.stringify(idea) });
}

/** `PUT /api/b/:slug/ideas/:ideaId/support` `{on}` → `{on, supports}`: it sets the support, so sending it again is harmless. */
export function putSupport(box: BoxAddress, lang: Lang, who: Contributor, ideaId: string, on: boolean): Promise<Response> {
  return fetch(apiHref(box, `/ideas/${encodeURIComponent(ideaId)}/support`), { method: 'PUT', headers: headers(lang, who, true), body: JSON.stringify({ on }) });
}

/** `POST /api/b/:slug/ideas/:ideaId/report` → 202. */
export const reportIdea = (box: BoxAddress, lang: Lang, who: Contributor, ideaId: string) =>
  load<null>(apiHref(box, `/ideas/${encodeURIComponent(ideaId)}/report`), lang, { method: 'POST', headers: headers(lang, who, true), body: '{}' });

/** `GET /api/b/:slug/receipts/:receipt`: an idea followed with its receipt code. */
export const followIdea = (box: BoxAddress, lang: Lang, receipt: string) => load<IdeaFollow>(apiHref(box, `/receipts/${encodeURIComponent(receipt)}`), lang);

/** `DELETE /api/b/:slug/receipts/:receipt` → 204: the idea is withdrawn. */
export const withdrawIdea = (box: BoxAddress, lang: Lang, receipt: string) => load<null>(apiHref(box, `/receipts/${encodeURIComponent(receipt)}`), lang, { method: 'DELETE' });

/** `GET /api/b/:slug/display` with the last ETag: 304 while nothing shown has changed. */
export function fetchDisplay(box: BoxAddress, lang: Lang, etag: string | null, signal: AbortSignal): Promise<Response> {
  return fetch(apiHref(box, '/display'), { headers: { ...headers(lang), ...(etag ? { 'If-None-Match': etag } : {}) }, cache: 'no-store', signal });
}

export type { BoxDisplay };
