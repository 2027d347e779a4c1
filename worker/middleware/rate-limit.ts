import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { apiError } from './errors.ts';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Limits public writes per client address and path with the Workers rate-limiting binding.
 * The address is hashed before it reaches the limiter and is never stored.
 */
export const limitPublicWrites = createMiddleware<AppEnv>(async (c, next) => {
  const address = c.req.header('CF-Connecting-IP') ?? 'local';
  const { success } = await c.env.SUBMIT_LIMITER.limit({ key: await sha256Hex(`${address}|${c.req.path}`) });
  if (!success) {
    c.header('Retry-After', '60');
    throw apiError(429, '$', { fr: 'Trop de requêtes : réessayez dans une minute', en: 'Too many requests: retry in a minute' }, c.var.lang);
  }
  await next();
});

/** Sign-in and other password checks: per client address, much tighter than submissions. */
export const limitSignIns = createMiddleware<AppEnv>(async (c, next) => {
  const address = c.req.header('CF-Connecting-IP') ?? 'local';
  const { success } = await c.env.SIGNIN_LIMITER.limit({ key: await sha256Hex(`signin|${address}`) });
  if (!success) {
    c.header('Retry-After', '60');
    throw apiError(429, '$', { fr: 'Trop de tentatives : réessayez dans une minute', en: 'Too many attempts: retry in a minute' }, c.var.lang);
  }
  await next();
});

export { sha256Hex };
