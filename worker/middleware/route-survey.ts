import { createMiddleware } from 'hono/factory';
import type { Lang } from '../../schema/lang.ts';
import type { Db } from '../db/client.ts';
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
  c.set('survey', await existingSurvey(c.var.db, c.req.param('orgId') ?? '', c.req.param('id') ?? '', c.var.lang));
  await next();
});

/** The survey `id` of organisation `orgId`, or 404: for handlers that check their body before loading it. */
export async function existingSurvey(db: Db, orgId: string, id: string, lang: Lang): Promise<StoredSurvey> {
  const survey = await surveyInOrganisation(db, orgId, id);
  if (!survey) throw apiError(404, 'id', { fr: 'Questionnaire introuvable', en: 'Survey not found' }, lang);
  return survey;
}
