import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { clientKey } from './client-key.ts';
import { apiError } from './errors.ts';

/**
 * Every limiter is a binding (`RateLimit`: the Workers rate limiter in production, a counting one in
 * the API tests, a lifted one in the bench), counting under a client key (./client-key.ts): the
 * address itself never reaches it and is never stored.
 */
const tooMany = (c: Context<AppEnv>, fr: string, en: string) => {
  c.header('Retry-After', '60');
  return apiError(429, '$', { fr, en }, c.var.lang);
};

/** Public writes per client address and path. */
export const limitPublicWrites = createMiddleware<AppEnv>(async (c, next) => {
  const { success } = await c.env.SUBMIT_LIMITER.limit({ key: await clientKey(c, `submit|${c.req.path}`) });
  if (!success) throw tooMany(c, 'Trop de requêtes : réessayez dans une minute', 'Too many requests: retry in a minute');
  await next();
});

/** The email a sign-in-like body names, if any (Hono caches the parsed body for the validator after). */
async function emailOfBody(c: Context<AppEnv>): Promise<string> {
  const body: unknown = await c.req.json().catch(() => null);
  const email = body && typeof body === 'object' && 'email' in body ? body.email : undefined;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

/**
 * Sign-in and other password checks: a tight limit per address and account (guessing one
 * password), and a looser one per address alone (trying many accounts). A whole team behind
 * one hospital network can still sign in. The per-account delay, whatever the address, is the
 * sign-in route's (worker/domain/signin-throttle.ts).
 */
export const limitSignIns = createMiddleware<AppEnv>(async (c, next) => {
  const account = c.var.user?.id ?? (await emailOfBody(c));
  const [perAccount, perAddress] = await Promise.all([
    c.env.SIGNIN_LIMITER.limit({ key: await clientKey(c, `signin|${account}`) }),
    c.env.SIGNIN_ADDRESS_LIMITER.limit({ key: await clientKey(c, 'signin') }),
  ]);
  if (!perAccount.success || !perAddress.success) throw tooMany(c, 'Trop de tentatives : réessayez dans une minute', 'Too many attempts: retry in a minute');
  await next();
});

/**
 * The key under which live writes of this client address are counted. The session's object counts
 * only devices it meets for the first time (see LiveSession.firstContact): a room behind one NAT
 * joins once, then votes freely.
 */
export const liveAddressKey = (c: Context<AppEnv>) => clientKey(c, 'live-address');

/**
 * Join-code lookups per client address: as generous as votes, since a whole room joins from one
 * NAT within a minute, which still leaves 31^6 codes to guess 1000 a minute.
 */
export const limitLiveJoins = createMiddleware<AppEnv>(async (c, next) => {
  const { success } = await c.env.LIVE_JOIN_LIMITER.limit({ key: await clientKey(c, 'live-join') });
  if (!success) throw tooMany(c, 'Trop de codes essayés : réessayez dans une minute', 'Too many codes tried: retry in a minute');
  await next();
});
