import { Hono } from 'hono';
import { publishedDayCounts } from '../db/activity.ts';
import { responseTotal } from '../db/tallies.ts';
import { suppressDays, type DayActivity } from '../domain/activity.ts';
import type { MemberEnv } from '../env.ts';
import { reportRowsRead } from '../middleware/db.ts';
import { routeSurvey } from '../middleware/route-survey.ts';
import { requireRole } from '../middleware/session.ts';

export type SurveyActivity = {
  k: number;
  /** Days with responses, in order; `count` is null where k or complementary suppression hides it. */
  days: DayActivity[];
  /** Live number of responses. */
  total: number;
  /** Responses the days describe (the last multiple of k). */
  released: number;
};

/** Responses per day (mounted under /api/orgs/:orgId/surveys/:id), from the released tallies only. */
export const surveyActivity = new Hono<MemberEnv>().get('/activity', requireRole('viewer'), routeSurvey, reportRowsRead, async (c) => {
  const { db, survey } = c.var;
  const [{ released, days }, total] = await Promise.all([publishedDayCounts(db, survey.id), responseTotal(db, survey.id)]);
  return c.json<SurveyActivity>({ k: survey.settings.k, days: suppressDays(days, survey.settings.k), total, released });
});
