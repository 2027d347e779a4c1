import { Hono } from 'hono';
import * as v from 'valibot';
import type { Lang } from '../../schema/lang.ts';
import { SurveyInput } from '../../schema/survey.ts';
import { isUniqueViolation, type Db } from '../db/client.ts';
import { responseCount } from '../db/responses.ts';
import { insertSurvey, surveyInOrganisation, surveysOfOrganisation, updateSurveyDefinition, updateSurveyStatus, type StoredSurvey } from '../db/surveys.ts';
import type { MemberEnv } from '../env.ts';
import { reportRowsRead } from '../middleware/db.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { requireRole } from '../middleware/session.ts';
import { jsonBody, parseOrThrow } from '../middleware/validate.ts';
import { auditSettings } from './audit-trail.ts';
import { availableBreakdowns, BreakdownQuery, releasedResults, subgroupResults } from './released-results.ts';

const slugTaken = (lang: Lang) => apiError(409, 'slug', { fr: 'Cette adresse est déjà prise par un autre questionnaire', en: 'This slug is already used by another survey' }, lang);

async function existingSurvey(db: Db, orgId: string, id: string, lang: Lang): Promise<StoredSurvey> {
  const survey = await surveyInOrganisation(db, orgId, id);
  if (!survey) throw apiError(404, 'id', { fr: 'Questionnaire introuvable', en: 'Survey not found' }, lang);
  return survey;
}

const IfMatchVersion = v.pipe(v.string(), v.regex(/^"?\d+"?$/), v.transform((s) => Number(s.replaceAll('"', ''))));

/**
 * An organisation's surveys (mounted under /api/orgs/:orgId/surveys).
 * Viewers read; editors and owners build, publish and close.
 */
export const orgSurveys = new Hono<MemberEnv>()
  .get('/', requireRole('viewer'), async (c) => c.json({ surveys: await surveysOfOrganisation(c.var.db, c.req.param('orgId')!) }))

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

  .get('/:id', requireRole('viewer'), async (c) => {
    const survey = await existingSurvey(c.var.db, c.req.param('orgId')!, c.req.param('id'), c.var.lang);
    c.header('ETag', `"${survey.version}"`);
    return c.json(survey);
  })

  /** Replaces the definition. `If-Match: "<version>"` makes a concurrent edit fail with 412 instead of being overwritten. */
  .put('/:id', requireRole('editor'), requireJson, limitBody, jsonBody(SurveyInput, 422), async (c) => {
    const { db, lang } = c.var;
    const survey = await existingSurvey(db, c.req.param('orgId')!, c.req.param('id'), lang);
    const ifMatch = c.req.header('If-Match');
    const parsedVersion = ifMatch === undefined ? null : v.safeParse(IfMatchVersion, ifMatch);
    if (parsedVersion && !parsedVersion.success)
      throw apiError(400, 'If-Match', { fr: 'If-Match doit porter un numéro de version', en: 'If-Match must carry a version number' }, lang);
    if (survey.status !== 'draft' && (await responseCount(db, survey.id)) > 0)
      throw apiError(409, 'status', { fr: 'Ce questionnaire a déjà des réponses : ses questions ne peuvent plus changer', en: 'This survey already has responses: its questions can no longer change' }, lang);
    let updated: boolean;
    try {
      updated = await updateSurveyDefinition(db, survey.id, c.req.valid('json'), parsedVersion ? parsedVersion.output : survey.version);
    } catch (error) {
      if (isUniqueViolation(error)) throw slugTaken(lang);
      throw error;
    }
    if (!updated) throw apiError(412, 'If-Match', { fr: 'Quelqu’un a modifié ce questionnaire entre-temps : rechargez-le', en: 'Someone changed this survey in the meantime: reload it' }, lang);
    await auditSettings(c, survey, c.req.valid('json'));
    return c.json(await existingSurvey(db, c.req.param('orgId')!, survey.id, lang));
  })

  .post('/:id/publish', requireRole('editor'), async (c) => {
    const { db, lang } = c.var;
    const survey = await existingSurvey(db, c.req.param('orgId')!, c.req.param('id'), lang);
    if (survey.status !== 'open') await updateSurveyStatus(db, survey.id, 'open');
    return c.json(await existingSurvey(db, c.req.param('orgId')!, survey.id, lang));
  })

  .post('/:id/close', requireRole('editor'), async (c) => {
    const { db, lang } = c.var;
    const survey = await existingSurvey(db, c.req.param('orgId')!, c.req.param('id'), lang);
    if (survey.status === 'draft') throw apiError(409, 'status', { fr: 'Un brouillon ne peut pas être clos : publiez-le d’abord', en: 'A draft cannot be closed: publish it first' }, lang);
    if (survey.status !== 'closed') await updateSurveyStatus(db, survey.id, 'closed');
    return c.json(await existingSurvey(db, c.req.param('orgId')!, survey.id, lang));
  })

  /** Results, or with `?by=<breakdown question>&option=<option>` one subgroup's, when k allows it. */
  .get('/:id/results', requireRole('viewer'), reportRowsRead, async (c) => {
    const { db, lang } = c.var;
    const survey = await existingSurvey(db, c.req.param('orgId')!, c.req.param('id'), lang);
    const { by, option } = c.req.query();
    if (by === undefined && option === undefined) return c.json(await releasedResults(db, survey));
    return c.json(await subgroupResults(db, survey, parseOrThrow(BreakdownQuery, { by, option }, lang), lang));
  })

  /** The breakdown questions and which of their groups can be shown. */
  .get('/:id/breakdowns', requireRole('viewer'), reportRowsRead, async (c) => {
    const survey = await existingSurvey(c.var.db, c.req.param('orgId')!, c.req.param('id'), c.var.lang);
    return c.json({ breakdowns: await availableBreakdowns(c.var.db, survey) });
  });
