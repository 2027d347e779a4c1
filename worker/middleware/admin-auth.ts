import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { apiError } from './errors.ts';

async function digest(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
}

/**
 * Coordinator routes, until accounts exist: `Authorization: Bearer <ADMIN_TOKEN>`.
 * Compared in constant time (on digests, so lengths do not leak either).
 */
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const expected = c.env.ADMIN_TOKEN;
  const given = c.req.header('Authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const ok = !!expected && !!given && crypto.subtle.timingSafeEqual(await digest(given), await digest(expected));
  if (!ok) {
    c.header('WWW-Authenticate', 'Bearer realm="pouls"');
    throw apiError(401, 'authorization', { fr: 'Jeton coordinateur manquant ou invalide', en: 'Missing or invalid coordinator token' }, c.var.lang);
  }
  await next();
});
