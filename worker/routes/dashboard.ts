import { Hono } from 'hono';
import * as v from 'valibot';
import { roleAllows } from '../../schema/accounts.ts';
import { SurveyInput } from '../../schema/survey.ts';
import { surveyTemplates } from '../../schema/templates/index.ts';
import { isUniqueViolation } from '../db/client.ts';
import { foundOrganisation } from '../db/organisations.ts';
import { surveyEverAnswered } from '../db/responses.ts';
import { deleteSurvey, insertSurvey, slugsLike, surveysOfOrganisation } from '../db/surveys.ts';
import { surveyLifecycle } from '../db/lifecycle.ts';
import { copySlug, copyTitle } from '../domain/survey-copy.ts';
import type { AppEnv, MemberEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { existingSurvey } from '../middleware/route-survey.ts';
import { requireRole, requireUser } from '../middleware/session.ts';
import { jsonBody } from '../middleware/validate.ts';
import { slugTaken } from '../services/survey-errors.ts';

const NewOrganisation = v.strictObject({ name: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(120)) });

/** Any coordinator may found another organisation (a second CPTS, a federation), and owns it (mounted under /api/orgs). */
export const dashboardOrganisations = new Hono<AppEnv>().post('/', requireUser, requireJson, limitBody, jsonBody(NewOrganisation), async (c) => {
  const id = crypto.randomUUID();
  const { name } = c.req.valid('json');
  await foundOrganisation(c.var.db, { id, name, ownerId: c.var.user!.id, createdAt: c.var.clock().toISOString() });
  return c.json({ id, name, role: 'owner' as const }, 201);
});

/** Ready-made surveys to start from (mounted under /api/templates), for any signed-in coordinator. */
export const dashboardTemplates = new Hono<AppEnv>().get('/', requireUser, (c) => c.json({ templates: surveyTemplates }));

/**
 * An organisation's list of surveys (mounted under /api/orgs/:orgId/surveys): viewers read; editors
 * create, duplicate and delete. Editing is in ./editor.ts, publishing and archiving in ./publish.ts.
 */
export const dashboardSurveys = new Hono<MemberEnv>()
  .get('/', requireRole('viewer'), async (c) =>
    c.json({ surveys: await surveysOfOrganisation(c.var.db, c.req.param('orgId')!, roleAllows(c.var.role, 'editor')) }),
  )

  .post('/', requireRole('editor'), requireJson, limitBody, jsonBody(SurveyInput, 422), async (c) => {
    const { db, lang } = c.var;
    const orgId = c.req.param('orgId')!;
    const id = crypto.randomUUID();
    try {
      await insertSurvey(db, orgId, id, c.req.valid('json'));
    } catch (error) {
      if (isUniqueViolation(error)) throw slugTaken(lang);
      throw error;
    }
    return c.json(await existingSurvey(db, orgId, id, lang), 201);
  })

  /** A new draft with the same definition, under a free `…-copie` slug (not a wave: its results are its own). */
  .post('/:id/duplicate', requireRole('editor'), async (c) => {
    const { db, lang } = c.var;
    const orgId = c.req.param('orgId')!;
    const survey = await existingSurvey(db, orgId, c.req.param('id'), lang);
    const { id: _id, status: _status, version: _version, ...definition } = survey;
    const slug = copySlug(survey.slug, await slugsLike(db, `${survey.slug}-copie`));
    const id = crypto.randomUUID();
    await insertSurvey(db, orgId, id, { ...definition, slug, title: copyTitle(survey.title) });
    return c.json(await existingSurvey(db, orgId, id, lang), 201);
  })

  /**
   * Deletes a survey with everything it holds: drafts and surveys never answered, or whose raw
   * responses the retention period already removed (only published figures are lost then).
   */
  .delete('/:id', requireRole('editor'), async (c) => {
    const { db, lang } = c.var;
    const survey = await existingSurvey(db, c.req.param('orgId')!, c.req.param('id'), lang);
    const [answered, lifecycle] = await Promise.all([surveyEverAnswered(db, survey.id), surveyLifecycle(db, survey.id)]);
    if (answered && !lifecycle?.purgedOn)
      throw apiError(
        409,
        'status',
        {
          fr: 'Ce questionnaire garde des réponses jusqu’à la fin de sa durée de conservation : il pourra être supprimé après leur effacement (vous pouvez l’archiver d’ici là)',
          en: 'This survey keeps responses until the end of its retention period: it can be deleted once they are erased (archive it meanwhile)',
        },
        lang,
      );
    await deleteSurvey(db, survey.id);
    return c.body(null, 204);
  });
