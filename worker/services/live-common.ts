import type { Context } from 'hono';
import type { LiveProblem } from '../domain/live/problems.ts';
import type { AppEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { LIVE_ORIGIN_HEADER, LIVE_ROLE_HEADER, LIVE_SESSION_HEADER, type SocketRole } from '../live/protocol.ts';

/** The Durable Object of one session: one per session id, wherever the request lands. */
export function liveStub(env: Env, sessionId: string) {
  return env.LIVE_SESSION.get(env.LIVE_SESSION.idFromName(sessionId));
}

/** Session ids are UUIDs: anything else is not found, without waking an object for it. */
export const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function sessionNotFound(lang: AppEnv['Variables']['lang']) {
  return apiError(404, 'sessionId', { fr: 'Séance introuvable', en: 'Session not found' }, lang);
}

/** A refusal from the session's object, as the standard error body. */
export function refusal<E extends AppEnv>(c: Context<E>, problem: LiveProblem) {
  if (problem.status === 429) c.header('Retry-After', '60');
  return apiError(problem.status, problem.path, { fr: problem.fr, en: problem.en }, c.var.lang);
}

export const originOf = <E extends AppEnv>(c: Context<E>) => new URL(c.req.url).origin;

/**
 * Hands a WebSocket upgrade to the session's object. Browsers always send Origin on WebSocket
 * handshakes and SameSite does not cover them fully: another site's page is refused here
 * (cross-site WebSocket hijacking of the organiser's console).
 */
export async function upgrade<E extends AppEnv>(c: Context<E>, sessionId: string, role: SocketRole): Promise<Response> {
  const { lang } = c.var;
  if (c.req.header('Upgrade')?.toLowerCase() !== 'websocket')
    throw apiError(426, 'Upgrade', { fr: 'Connexion WebSocket attendue', en: 'WebSocket connection expected' }, lang);
  const origin = c.req.header('Origin');
  if (origin && origin !== originOf(c)) throw apiError(403, 'origin', { fr: 'Requête d’un autre site refusée', en: 'Cross-site request refused' }, lang);
  const response = await liveStub(c.env, sessionId).fetch(
    new Request(c.req.url, {
      headers: { Upgrade: 'websocket', [LIVE_SESSION_HEADER]: sessionId, [LIVE_ROLE_HEADER]: role, [LIVE_ORIGIN_HEADER]: originOf(c) },
    }),
  );
  if (!response.webSocket) throw sessionNotFound(lang);
  // A fresh response: the middleware after this one sets headers, which the object's response would not allow.
  const handshake = { status: 101, webSocket: response.webSocket };
  return new Response(null, handshake);
}
