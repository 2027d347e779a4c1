import { Hono } from 'hono';
import type { AppEnv, MemberEnv } from './env.ts';
import { refuseCrossOrigin } from './middleware/cross-origin.ts';
import { withDb } from './middleware/db.ts';
import { onError, type ErrorBody } from './middleware/errors.ts';
import { detectLang } from './middleware/lang.ts';
import { securityHeaders } from './middleware/security.ts';
import { loadSession } from './middleware/session.ts';
import { auth } from './routes/auth.ts';
import { health } from './routes/health.ts';
import { invitations } from './routes/invitations.ts';
import { organisationList } from './routes/organisation-list.ts';
import { organisations } from './routes/organisations.ts';
import { orgSurveys } from './routes/org-surveys.ts';
import { pages } from './routes/pages.ts';
import { publicSurveys } from './routes/public-surveys.ts';

/** Coordinator routes: every one checks membership and role (see `requireRole`). */
const organisation = new Hono<MemberEnv>().route('/surveys', orgSurveys).route('/', organisations);

const api = new Hono<AppEnv>()
  .use(withDb, loadSession)
  .route('/s', publicSurveys)
  .route('/auth', auth)
  .route('/invitations', invitations)
  .route('/orgs', organisationList)
  .route('/orgs/:orgId', organisation)
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
