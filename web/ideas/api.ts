import type { ClientResponse, InferRequestType } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import type { ErrorItem } from '../../schema/messages.ts';
import type { Api } from '../shared/api/client.ts';
import { errorsOf } from '../shared/api/public.ts';
import type { Lang } from '../shared/i18n/lang.ts';
import { apiHref, type BoxAddress } from './paths.ts';

/**
 * The box's public calls with plain `fetch`, as the respondent's page does (web/shared/api/public.ts):
 * the hono client's runtime stays out of these small pages, while every call's body and replies are
 * typed from the worker's routes through the `Api` type. A device's token travels in X-Idea-Token,
 * an enrolled kiosk's in X-Kiosk: never in the address.
 */
type BoxRoute = Api['b'][':slug'];
type IdeaRoute = BoxRoute['ideas'][':ideaId'];
type ReceiptRoute = BoxRoute['receipts'][':receipt'];
type Reply<Call extends (...args: never[]) => Promise<unknown>> = ReturnType<Call>;
/** What a route answers on success. */
type Body<Call extends (...args: never[]) => Promise<unknown>> =
  Awaited<ReturnType<Call>> extends ClientResponse<infer T, infer S, infer _F> ? (S extends SuccessStatusCode ? T : never) : never;

export type Loaded<T> = { ok: true; data: T } | { ok: false; status: number; errors: ErrorItem[]; retryAfter?: string | null };

/** Who is asking: a phone (its device token) or an enrolled kiosk (its kiosk token). */
export type Contributor = { kind: 'device'; token: string } | { kind: 'kiosk'; token: string };

function headers(lang: Lang, who?: Contributor, json?: boolean): Record<string, string> {
  const h: Record<string, string> = { 'Accept-Language': lang };
  if (who) h[who.kind === 'kiosk' ? 'X-Kiosk' : 'X-Idea-Token'] = who.token;
  if (json) h['Content-Type'] = 'application/json';
  return h;
}

async function read<T>(request: Promise<Response>): Promise<Loaded<T>> {
  try {
    const response = await request;
    if (response.ok) return { ok: true, data: (response.status === 202 || response.status === 204 ? null : await response.json()) as T };
    return { ok: false, status: response.status, errors: await errorsOf(response), retryAfter: response.headers.get('Retry-After') };
  } catch {
    return { ok: false, status: 0, errors: [] };
  }
}

const get = (url: string, lang: Lang, signal?: AbortSignal) => fetch(url, { headers: headers(lang), cache: 'no-store', signal });

/** `GET /api/b/:slug`: the box, its themes and its published ideas, with its privacy notice. */
export const loadBox = (box: BoxAddress, lang: Lang) => read<Body<BoxRoute['$get']>>(get(apiHref(box), lang));

/** `GET /api/b/:slug/similar`: published ideas close to what is being typed. */
export const findSimilar = (box: BoxAddress, lang: Lang, q: string, theme: string | null, signal: AbortSignal) =>
  read<Body<BoxRoute['similar']['$get']>>(get(apiHref(box, '/similar', theme ? { q, theme } : { q }), lang, signal));

/** `POST /api/b/:slug/ideas` → 201 `{status: 'pending', receipt}`. The raw reply: the caller waits out a 429. */
export function postIdea(
  box: BoxAddress,
  lang: Lang,
  who: Contributor,
  idea: InferRequestType<BoxRoute['ideas']['$post']>['json'],
): Reply<BoxRoute['ideas']['$post']> {
  return fetch(apiHref(box, '/ideas'), { method: 'POST', headers: headers(lang, who, true), body: JSON.stringify(idea) }) as Reply<BoxRoute['ideas']['$post']>;
}

/** `PUT /api/b/:slug/ideas/:ideaId/support` `{on}` → `{on, supports}`: it sets the support, so sending it again is harmless. */
export function putSupport(
  box: BoxAddress,
  lang: Lang,
  who: Contributor,
  ideaId: string,
  on: InferRequestType<IdeaRoute['support']['$put']>['json']['on'],
): Reply<IdeaRoute['support']['$put']> {
  return fetch(apiHref(box, `/ideas/${encodeURIComponent(ideaId)}/support`), {
    method: 'PUT',
    headers: headers(lang, who, true),
    body: JSON.stringify({ on }),
  }) as Reply<IdeaRoute['support']['$put']>;
}

/** `POST /api/b/:slug/ideas/:ideaId/report` → 202. */
export const reportIdea = (box: BoxAddress, lang: Lang, who: Contributor, ideaId: string) =>
  read<null>(
    fetch(apiHref(box, `/ideas/${encodeURIComponent(ideaId)}/report`), { method: 'POST', headers: headers(lang, who, true), body: '{}' }) as Reply<
      IdeaRoute['report']['$post']
    >,
  );

/** `GET /api/b/:slug/receipts/:receipt`: an idea followed with its receipt code. */
export const followIdea = (box: BoxAddress, lang: Lang, receipt: string) =>
  read<Body<ReceiptRoute['$get']>>(get(apiHref(box, `/receipts/${encodeURIComponent(receipt)}`), lang));

/** `DELETE /api/b/:slug/receipts/:receipt` → 204: the idea is withdrawn. */
export const withdrawIdea = (box: BoxAddress, lang: Lang, receipt: string) =>
  read<null>(fetch(apiHref(box, `/receipts/${encodeURIComponent(receipt)}`), { method: 'DELETE', headers: headers(lang) }) as Reply<ReceiptRoute['$delete']>);

/** `GET /api/b/:slug/display` with the last ETag: 304 while nothing shown has changed. */
export function fetchDisplay(box: BoxAddress, lang: Lang, etag: string | null, signal: AbortSignal): Reply<BoxRoute['display']['$get']> {
  return fetch(apiHref(box, '/display'), { headers: { ...headers(lang), ...(etag ? { 'If-None-Match': etag } : {}) }, cache: 'no-store', signal }) as Reply<
    BoxRoute['display']['$get']
  >;
}

/** The body of a display reply (200). */
export type DisplayBody = Body<BoxRoute['display']['$get']>;

/** `GET /api/b/:slug/qr.svg`: the box's address as a QR code, for the screen. */
export const qrHref = (box: BoxAddress, lang: Lang) => apiHref(box, '/qr.svg', { lang });
