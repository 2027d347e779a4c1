import { createMiddleware } from 'hono/factory';
import { pickLang } from '../../schema/lang.ts';
import type { AppEnv } from '../env.ts';

/** `?lang=en` wins, then Accept-Language; French otherwise. */
export const detectLang = createMiddleware<AppEnv>(async (c, next) => {
  c.set('lang', pickLang(c.req.query('lang') ?? c.req.header('Accept-Language')));
  await next();
});
