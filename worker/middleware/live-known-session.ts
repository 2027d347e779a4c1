import { createMiddleware } from 'hono/factory';
import { liveSessionExists } from '../db/live.ts';
import type { AppEnv } from '../env.ts';
import { SESSION_ID, sessionNotFound } from '../services/live-common.ts';
import { apiError } from './errors.ts';
import { sha256Hex } from '../domain/secrets.ts';

/** Session ids this isolate knows exist (met at a join, a creation or a look-up); forgotten oldest first past the bound. */
const known = new Map<string, true>();
const MAX_KNOWN = 10_000;

export function rememberLiveSession(id: string): void {
  known.delete(id);
  known.set(id, true);
  if (known.size > MAX_KNOWN) known.delete(known.keys().next().value!);
}

export function forgetLiveSession(id: string): void {
  known.delete(id);
}

/**
 * Participants' routes under /api/live/:sessionId: an id that is not a UUID is not found at once; one
 * this isolate has not met is looked up in D1 (one indexed row), those look-ups limited per client
 * address (LIVE_ADDRESS_LIMITER, hashed), so guessing ids costs neither a Durable Object woken nor
 * more than a limited number of reads. A session's object is only reached for sessions that exist.
 */
export const requireKnownLiveSession = createMiddleware<AppEnv>(async (c, next) => {
  const sessionId = c.req.param('sessionId') ?? '';
  if (!SESSION_ID.test(sessionId)) throw sessionNotFound(c.var.lang);
  if (!known.has(sessionId)) {
    const address = c.req.header('CF-Connecting-IP') ?? 'local';
    const { success } = await c.env.LIVE_ADDRESS_LIMITER.limit({ key: await sha256Hex(`live-session|${address}`) });
    if (!success) {
      c.header('Retry-After', '60');
      throw apiError(
        429,
        '$',
        { fr: 'Trop de séances inconnues demandées : réessayez dans une minute', en: 'Too many unknown sessions asked for: retry in a minute' },
        c.var.lang,
      );
    }
    if (!(await liveSessionExists(c.var.db, sessionId))) throw sessionNotFound(c.var.lang);
    rememberLiveSession(sessionId);
  }
  await next();
});
