import { Hono } from 'hono';
import { InvitedCount } from '../../schema/report.ts';
import { codesIssued } from '../db/code-batches.ts';
import { setInvitedCount } from '../db/report.ts';
import type { MemberEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { routeSurvey } from '../middleware/route-survey.ts';
import { requireRole } from '../middleware/session.ts';
import { jsonBody } from '../middleware/validate.ts';

/**
 * The declared population (people invited or present), mounted under /api/orgs/:orgId/surveys/:id:
 * the response rate's base and the cap on participation codes.
 */
export const population = new Hono<MemberEnv>().put(
  '/report/invited',
  requireRole('editor'),
  routeSurvey,
  requireJson,
  limitBody,
  jsonBody(InvitedCount, 422),
  async (c) => {
    const { db, survey, lang } = c.var;
    const { invited } = c.req.valid('json');
    const issued = await codesIssued(db, survey.id);
    if (issued > 0 && (invited === null || invited < issued))
      throw apiError(
        409,
        'invited',
        {
          fr: `${issued} codes de participation sont déjà émis : la population déclarée ne peut pas descendre en dessous`,
          en: `${issued} participation codes are already issued: the declared population cannot go below that`,
        },
        lang,
      );
    await setInvitedCount(db, survey.id, invited);
    return c.json({ invited });
  },
);
