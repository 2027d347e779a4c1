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
import { health, liveness } from './routes/health.ts';
import { ideaBoxFlow } from './routes/idea-box-flow.ts';
import { ideaBoxPublic } from './routes/idea-box-public.ts';
import { ideaBoxes } from './routes/idea-boxes.ts';
import { ideaContributions } from './routes/idea-contributions.ts';
import { ideaKiosks } from './routes/idea-kiosks.ts';
import { ideaModeration } from './routes/idea-moderation.ts';
import { invitations } from './routes/invitations.ts';
import { liveOrganiser } from './routes/live-organiser.ts';
import { liveParticipant } from './routes/live-participant.ts';
import { organisationArchiveExport, organisationArchiveImport } from './routes/organisation-archive.ts';
import { organisationList } from './routes/organisation-list.ts';
import { organisations } from './routes/organisations.ts';
import { organisationSettingsRoutes } from './routes/organisation-settings.ts';
import { orgAudit } from './routes/org-audit.ts';
import { orgInvitations } from './routes/org-invitations.ts';
import { orgSurveys } from './routes/org-surveys.ts';
import { openApiRoute } from './routes/openapi.ts';
import { pages } from './routes/pages.ts';
import { passwordReset } from './routes/password-reset.ts';
import { publicSurveys } from './routes/public-surveys.ts';
import { surveyActivity } from './routes/survey-activity.ts';
import { surveyArchive } from './routes/survey-archive.ts';
import { surveyExports } from './routes/survey-exports.ts';
import { surveyPrivacy } from './routes/survey-privacy.ts';
import { surveyReportRoutes } from './routes/survey-report.ts';
import { surveySharing } from './routes/survey-sharing.ts';
import { surveyTexts } from './routes/survey-texts.ts';
import { templates } from './routes/templates.ts';

/** Coordinator routes: every one checks membership and role (see `requireRole`). */
const organisation = new Hono<MemberEnv>()
  .route('/surveys', orgSurveys)
  .route('/surveys/:id', surveySharing)
  .route('/surveys/:id', surveyActivity)
  .route('/surveys/:id', surveyTexts)
  .route('/surveys/:id', surveyExports)
  .route('/surveys/:id', surveyArchive)
  .route('/surveys/:id', surveyPrivacy)
  .route('/surveys/:id', surveyReportRoutes)
  .route('/live', liveOrganiser)
  .route('/boxes', ideaBoxes)
  .route('/boxes', ideaModeration)
  .route('/boxes', ideaBoxFlow)
  .route('/boxes', ideaKiosks)
  .route('/', organisations)
  .route('/', organisationSettingsRoutes)
  .route('/', orgInvitations)
  .route('/', orgAudit)
  .route('/', organisationArchiveExport);

const api = new Hono<AppEnv>()
  .use(withDb, loadSession)
  .route('/s', publicSurveys)
  .route('/auth', auth)
  .route('/auth', passwordReset)
  .route('/invitations', invitations)
  .route('/templates', templates)
  .route('/live', liveParticipant)
  .route('/b', ideaBoxPublic)
  .route('/b', ideaContributions)
  .route('/orgs', organisationList)
  .route('/orgs', organisationArchiveImport)
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
    .route('/api/openapi.json', openApiRoute(() => routes))
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
