import { Hono } from 'hono';
import { updateSurveyArchived } from '../db/lifecycle.ts';
import type { MemberEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { routeSurvey } from '../middleware/route-survey.ts';
import { requireRole } from '../middleware/session.ts';

/**
 * Archiving (mounted under /api/orgs/:orgId/surveys/:id) moves a draft or closed survey out of
 * the coordinators' main list; nothing is deleted, and unarchiving brings it back.
 */
export const surveyArchive = new Hono<MemberEnv>()
  .post('/archive', requireRole('editor'), routeSurvey, async (c) => {
    const { db, survey, lang } = c.var;
    // An archived survey still collecting answers would be forgotten while people keep answering.
    if (survey.status === 'open')
      throw apiError(409, 'status', { fr: 'Ce questionnaire reçoit encore des réponses : clôturez-le avant de l’archiver', en: 'This survey still accepts responses: close it before archiving it' }, lang);
    await updateSurveyArchived(db, survey.id, true);
    return c.json({ id: survey.id, archived: true });
  })

  .post('/unarchive', requireRole('editor'), routeSurvey, async (c) => {
    const { db, survey } = c.var;
    await updateSurveyArchived(db, survey.id, false);
    return c.json({ id: survey.id, archived: false });
  });
