import { Hono } from 'hono';
import type { AppEnv, MemberEnv } from './env.ts';
import { scheduled } from './jobs/scheduled.ts';
import { refuseCrossOrigin } from './middleware/cross-origin.ts';
import { useClock, systemClock, type Clock } from './middleware/clock.ts';
import { withDb } from './middleware/db.ts';
import { onError, type ErrorBody } from './middleware/errors.ts';
import { detectLang } from './middleware/lang.ts';
import { securityHeaders } from './middleware/security.ts';
import { requestLog } from './middleware/request-log.ts';
import { loadSession } from './middleware/session.ts';
import { auth } from './routes/auth.ts';
import { authInvitations } from './routes/auth-invitations.ts';
import { authReset } from './routes/auth-reset.ts';
import { dashboardOrganisations, dashboardSurveys, dashboardTemplates } from './routes/dashboard.ts';
import { editor } from './routes/editor.ts';
import { exportFiles } from './routes/exports.ts';
import { health, liveness } from './routes/health.ts';
import { ideasBox } from './routes/ideas-box.ts';
import { ideasBoxes } from './routes/ideas-boxes.ts';
import { ideasContributions } from './routes/ideas-contributions.ts';
import { ideasFlow } from './routes/ideas-flow.ts';
import { ideasKiosks } from './routes/ideas-kiosks.ts';
import { ideasModeration } from './routes/ideas-moderation.ts';
import { liveOrganiser } from './routes/live-organiser.ts';
import { liveParticipant } from './routes/live-participant.ts';
import { members } from './routes/members.ts';
import { membersArchiveExport, membersArchiveImport } from './routes/members-archive.ts';
import { membersAudit } from './routes/members-audit.ts';
import { membersInvitations } from './routes/members-invitations.ts';
import { membersSettings } from './routes/members-settings.ts';
import { openApiRoute } from './routes/openapi.ts';
import { pages } from './routes/pages.ts';
import { population } from './routes/population.ts';
import { publish } from './routes/publish.ts';
import { report } from './routes/report.ts';
import { respond } from './routes/respond.ts';
import { results } from './routes/results.ts';
import { resultsCoordinator } from './routes/results-coordinator.ts';
import { share } from './routes/share.ts';

/** Coordinator routes (web/app/*): every one checks membership and role (see `requireRole`). */
const organisation = new Hono<MemberEnv>()
  .route('/surveys', dashboardSurveys)
  .route('/surveys', editor)
  .route('/surveys/:id', publish)
  .route('/surveys/:id', share)
  .route('/surveys/:id', resultsCoordinator)
  .route('/surveys/:id', exportFiles)
  .route('/surveys/:id', report)
  .route('/surveys/:id', population)
  .route('/live', liveOrganiser)
  .route('/boxes', ideasBoxes)
  .route('/boxes', ideasModeration)
  .route('/boxes', ideasFlow)
  .route('/boxes', ideasKiosks)
  .route('/', members)
  .route('/', membersSettings)
  .route('/', membersInvitations)
  .route('/', membersAudit)
  .route('/', membersArchiveExport);

const api = new Hono<AppEnv>()
  .use(withDb, loadSession)
  .route('/s', respond)
  .route('/s', results)
  .route('/auth', auth)
  .route('/auth', authReset)
  .route('/invitations', authInvitations)
  .route('/templates', dashboardTemplates)
  .route('/live', liveParticipant)
  .route('/b', ideasBox)
  .route('/b', ideasContributions)
  .route('/orgs', dashboardOrganisations)
  .route('/orgs', membersArchiveImport)
  .route('/orgs/:orgId', organisation)
  .all('*', (c) => {
    const en = c.var.lang === 'en';
    return c.json<ErrorBody>({ errors: [{ path: c.req.path, message: en ? 'No such API route' : 'Route d’API inconnue' }] }, 404);
  });

/** The whole app, reading the time from `clock` (tests pass a clock they control). */
export function createApp(clock: Clock = systemClock) {
  let routes: Hono['routes'] = [];
  const app = new Hono<AppEnv>()
    .use(requestLog, useClock(clock), detectLang, securityHeaders, refuseCrossOrigin)
    .route('/healthz', health)
    .route('/livez', liveness)
    .route(
      '/api/openapi.json',
      openApiRoute(() => routes),
    )
    .route('/api', api)
    .route('/', pages);
  app.onError(onError);
  routes = app.routes;
  return app;
}

const app = createApp();

/** The typed API surface, for Hono's `hc` client in web/. */
export type AppType = typeof app;

/** HTTP requests, and the daily retention purge (Cron Trigger). */
export default { fetch: app.fetch, scheduled } satisfies ExportedHandler<Env>;
