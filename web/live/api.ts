import type { LiveParticipantState, LiveVoteInput } from '../../schema/live.ts';
import type { ErrorItem } from '../../schema/messages.ts';
import type { Lang } from '../shared/i18n/lang.ts';

/**
 * The participants' API (schema/live.ts), with plain fetch: the live routes are few, and this keeps
 * the page small. A device's token travels in X-Live-Token, never in the address (except the socket's).
 */
export type Loaded<T> = { ok: true; data: T } | { ok: false; status: number; errors: ErrorItem[]; retryAfter?: string | null };

async function readErrors(response: Response): Promise<ErrorItem[]> {
  try {
    const body = (await response.json()) as { errors?: ErrorItem[] };
    return Array.isArray(body.errors) ? body.errors : [];
  } catch {
    return [];
  }
}

function headers(lang: Lang, token?: string, json?: boolean): Record<string, string> {
  const h: Record<string, string> = { 'Accept-Language': lang };
  if (token) h['X-Live-Token'] = token;
  if (json) h['Content-Type'] = 'application/json';
  return h;
}

async function load<T>(path: string, lang: Lang, token?: string): Promise<Loaded<T>> {
  try {
    const response = await fetch(path, { headers: headers(lang, token), cache: 'no-store' });
    if (response.ok) return { ok: true, data: (await response.json()) as T };
    return { ok: false, status: response.status, errors: await readErrors(response), retryAfter: response.headers.get('Retry-After') };
  } catch {
    return { ok: false, status: 0, errors: [] };
  }
}

export const joinByCode = (code: string, lang: Lang) => load<LiveParticipantState>(`/api/live/join/${encodeURIComponent(code)}`, lang);

export const loadState = (sessionId: string, token: string, lang: Lang) =>
  load<LiveParticipantState>(`/api/live/${encodeURIComponent(sessionId)}/state`, lang, token);

export function postVote(sessionId: string, token: string, lang: Lang, vote: LiveVoteInput): Promise<Response> {
  return fetch(`/api/live/${encodeURIComponent(sessionId)}/votes`, { method: 'POST', headers: headers(lang, token, true), body: JSON.stringify(vote) });
}

export function postIdea(sessionId: string, token: string, lang: Lang, questionId: string, text: string): Promise<Response> {
  return fetch(`/api/live/${encodeURIComponent(sessionId)}/ideas`, {
    method: 'POST',
    headers: headers(lang, token, true),
    body: JSON.stringify({ questionId, text }),
  });
}

export { readErrors };
