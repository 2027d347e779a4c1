import { createMiddleware } from 'hono/factory';
import { surveyInOrganisation, type StoredSurvey } from '../db/surveys.ts';
import type { MemberEnv } from '../env.ts';
import { apiError } from './errors.ts';

/** Routes under /api/orgs/:orgId/surveys/:id, once the survey is loaded. */
export type SurveyEnv = MemberEnv & { Variables: MemberEnv['Variables'] & { survey: StoredSurvey } };

/**
 * Loads the route's survey (`:id`) within the route's organisation: another organisation's
 * survey is as unknown as a missing one (404). Goes after `requireRole`.
 */
export const routeSurvey = createMiddleware<SurveyEnv>(async (c, next) => {
  const survey = await surveyInOrganisation(c.var.db, c.req.param('orgId') ?? '', c.req.param('id') ?? '');
  if (!survey) throw apiError(404, 'id', { fr: 'Questionnaire introuvable', en: 'Survey not found' }, c.var.lang);
  c.set('survey', survey);
  await next();
});
