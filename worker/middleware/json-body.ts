import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { apiError } from './errors.ts';

/**
 * Write endpoints take JSON only. Besides clear errors, this is a CSRF guard: a cross-site page
 * cannot send `application/json` without a CORS preflight, which this worker never grants.
 */
export const requireJson = createMiddleware<AppEnv>(async (c, next) => {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type))
    throw apiError(415, 'content-type', { fr: 'Content-Type: application/json attendu', en: 'Content-Type: application/json expected' }, c.var.lang);
  await next();
});

export const limitBody = createMiddleware<AppEnv>((c, next) =>
  bodyLimit({
    maxSize: Number(c.env.MAX_BODY_BYTES) || 65536,
    onError: () => {
      throw apiError(413, '$', { fr: 'Corps de requête trop volumineux', en: 'Request body too large' }, c.var.lang);
    },
  })(c, next),
);
