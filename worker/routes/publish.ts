import { Hono } from 'hono';
import { updateSurveyArchived } from '../db/lifecycle.ts';
import type { MemberEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { existingSurvey, routeSurvey } from '../middleware/route-survey.ts';
import { requireRole } from '../middleware/session.ts';
import { closeSurvey, openSurvey } from '../services/survey-lifecycle.ts';

/**
 * A survey's lifecycle (mounted under /api/orgs/:orgId/surveys/:id): editors publish (or reopen) and
 * close it. Archiving moves a draft or closed survey out of the coordinators' main list; nothing is
 * deleted, and unarchiving brings it back.
 */
export const publish = new Hono<MemberEnv>()
  .post('/publish', requireRole('editor'), routeSurvey, async (c) => {
    const { db, survey, lang } = c.var;
    await openSurvey(db, survey, c.var.clock(), lang);
    return c.json(await existingSurvey(db, c.req.param('orgId')!, survey.id, lang));
  })

  .post('/close', requireRole('editor'), routeSurvey, async (c) => {
    const { db, survey, lang } = c.var;
    if (survey.status === 'draft')
      throw apiError(409, 'status', { fr: 'Un brouillon ne peut pas être clos : publiez-le d’abord', en: 'A draft cannot be closed: publish it first' }, lang);
    await closeSurvey(db, survey, c.var.clock());
    return c.json(await existingSurvey(db, c.req.param('orgId')!, survey.id, lang));
  })

  .post('/archive', requireRole('editor'), routeSurvey, async (c) => {
    const { db, survey, lang } = c.var;
    // An archived survey still collecting answers would be forgotten while people keep answering.
    if (survey.status === 'open')
      throw apiError(
        409,
        'status',
        {
          fr: 'Ce questionnaire reçoit encore des réponses : clôturez-le avant de l’archiver',
          en: 'This survey still accepts responses: close it before archiving it',
        },
        lang,
      );
    await updateSurveyArchived(db, survey.id, true);
    return c.json({ id: survey.id, archived: true });
  })

  .post('/unarchive', requireRole('editor'), routeSurvey, async (c) => {
    const { db, survey } = c.var;
    await updateSurveyArchived(db, survey.id, false);
    return c.json({ id: survey.id, archived: false });
  });
