import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { apiError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection from Fetch Metadata, as Go's CrossOriginProtection does it: browsers mark
 * cross-site requests (Sec-Fetch-Site, or else Origin), and those are refused for unsafe methods.
 * Requests without either header come from non-browser clients, which carry no ambient cookies.
 */
export const refuseCrossOrigin = createMiddleware<AppEnv>(async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) {
    const site = c.req.header('Sec-Fetch-Site');
    const origin = c.req.header('Origin');
    const crossSite = site ? site !== 'same-origin' && site !== 'none' : !!origin && origin !== new URL(c.req.url).origin;
    if (crossSite) throw apiError(403, 'origin', { fr: 'Requête d’un autre site refusée', en: 'Cross-site request refused' }, c.var.lang);
  }
  await next();
});
