import { Hono } from 'hono';
import type { AppEnv } from './env.ts';
import { refuseCrossOrigin } from './middleware/cross-origin.ts';
import { withDb } from './middleware/db.ts';
import { onError, type ErrorBody } from './middleware/errors.ts';
import { detectLang } from './middleware/lang.ts';
import { securityHeaders } from './middleware/security.ts';
import { adminSurveys } from './routes/admin-surveys.ts';
import { health } from './routes/health.ts';
import { pages } from './routes/pages.ts';
import { publicSurveys } from './routes/public-surveys.ts';

const api = new Hono<AppEnv>()
  .use(withDb)
  .route('/s', publicSurveys)
  .route('/admin/surveys', adminSurveys)
  .all('*', (c) => {
    const en = c.var.lang === 'en';
    return c.json<ErrorBody>({ errors: [{ path: c.req.path, message: en ? 'No such API route' : 'Route d’API inconnue' }] }, 404);
  });

const app = new Hono<AppEnv>()
  .use(detectLang, securityHeaders, refuseCrossOrigin)
  .route('/healthz', health)
  .route('/api', api)
  .route('/', pages);

app.onError(onError);

/** The typed API surface, for Hono's `hc` client in web/. */
export type AppType = typeof app;
export default app;
