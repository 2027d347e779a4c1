import { Hono } from 'hono';
import type { ReleaseSummary } from '../../schema/results.ts';
import { releaseHourOfSurvey, releasesOfSurvey } from '../db/releases.ts';
import { surveyReleaseState } from '../db/surveys.ts';
import type { MemberEnv } from '../env.ts';
import { routeSurvey } from '../middleware/route-survey.ts';
import { requireRole } from '../middleware/session.ts';

export type SurveyActivity = {
  k: number;
  /** Every release, in order, with the responses each added (at least k each: no finer count exists). */
  releases: (ReleaseSummary & { added: number })[];
  /** When the next release may happen, and the organisation's publication hour (Europe/Paris). */
  nextReleaseAt: string | null;
  releaseHour: number;
};

/**
 * Participation over time (mounted under /api/orgs/:orgId/surveys/:id): release by release, never
 * per day or live — a day's count could point at someone, a live count shows the moment they answer.
 */
export const surveyActivity = new Hono<MemberEnv>().get('/activity', requireRole('viewer'), routeSurvey, async (c) => {
  const { db, survey } = c.var;
  const [releases, state, releaseHour] = await Promise.all([releasesOfSurvey(db, survey.id), surveyReleaseState(db, survey.id), releaseHourOfSurvey(db, survey.id)]);
  return c.json<SurveyActivity>({
    k: survey.settings.k,
    releases: releases.map((r, i) => ({ ...r, added: r.responses - (releases[i - 1]?.responses ?? 0) })),
    nextReleaseAt: state.nextReleaseAt,
    releaseHour,
  });
});
