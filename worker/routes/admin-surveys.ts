import { Hono } from 'hono';
import * as v from 'valibot';
import { SurveyInput } from '../../schema/survey.ts';
import { isUniqueViolation } from '../db/client.ts';
import { responseCount } from '../db/responses.ts';
import { insertSurvey, surveyById, surveyList, updateSurveyDefinition, updateSurveyStatus, type StoredSurvey } from '../db/surveys.ts';
import { releasedResults } from './released-results.ts';
import type { AppEnv } from '../env.ts';
import { requireAdmin } from '../middleware/admin-auth.ts';
import { reportRowsRead } from '../middleware/db.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { jsonBody } from '../middleware/validate.ts';
import type { Lang } from '../../schema/lang.ts';
import type { Db } from '../db/client.ts';

const slugTaken = (lang: Lang) => apiError(409, 'slug', { fr: 'Cette adresse est déjà prise par un autre questionnaire', en: 'This slug is already used by another survey' }, lang);

async function existingSurvey(db: Db, id: string, lang: Lang): Promise<StoredSurvey> {
  const survey = await surveyById(db, id);
  if (!survey) throw apiError(404, 'id', { fr: 'Questionnaire introuvable', en: 'Survey not found' }, lang);
  return survey;
}

const IfMatchVersion = v.pipe(v.string(), v.regex(/^"?\d+"?$/), v.transform((s) => Number(s.replaceAll('"', ''))));

/** Coordinator routes (bearer token until accounts exist): build, publish, close, read results. */
export const adminSurveys = new Hono<AppEnv>()
  .use(requireAdmin)

  .get('/', async (c) => c.json({ surveys: await surveyList(c.var.db) }))

  .post('/', requireJson, limitBody, jsonBody(SurveyInput, 422), async (c) => {
    const input = c.req.valid('json');
    const id = crypto.randomUUID();
    try {
      await insertSurvey(c.var.db, id, input);
    } catch (error) {
      if (isUniqueViolation(error)) throw slugTaken(c.var.lang);
      throw error;
    }
    return c.json(await existingSurvey(c.var.db, id, c.var.lang), 201);
  })

  .get('/:id', async (c) => {
    const survey = await existingSurvey(c.var.db, c.req.param('id'), c.var.lang);
    c.header('ETag', `"${survey.version}"`);
    return c.json(survey);
  })

  /** Replaces the definition. `If-Match: "<version>"` makes a concurrent edit fail with 412 instead of being overwritten. */
  .put('/:id', requireJson, limitBody, jsonBody(SurveyInput, 422), async (c) => {
    const { db, lang } = c.var;
    const survey = await existingSurvey(db, c.req.param('id'), lang);
    const ifMatch = c.req.header('If-Match');
    const expected = ifMatch === undefined ? survey.version : v.safeParse(IfMatchVersion, ifMatch);
    if (typeof expected !== 'number' && !expected.success)
      throw apiError(400, 'If-Match', { fr: 'If-Match doit porter un numéro de version', en: 'If-Match must carry a version number' }, lang);
    if (survey.status !== 'draft' && (await responseCount(db, survey.id)) > 0)
      throw apiError(409, 'status', { fr: 'Ce questionnaire a déjà des réponses : ses questions ne peuvent plus changer', en: 'This survey already has responses: its questions can no longer change' }, lang);
    let updated: boolean;
    try {
      updated = await updateSurveyDefinition(db, survey.id, c.req.valid('json'), typeof expected === 'number' ? expected : expected.output);
    } catch (error) {
      if (isUniqueViolation(error)) throw slugTaken(lang);
      throw error;
    }
    if (!updated) throw apiError(412, 'If-Match', { fr: 'Quelqu’un a modifié ce questionnaire entre-temps : rechargez-le', en: 'Someone changed this survey in the meantime: reload it' }, lang);
    return c.json(await existingSurvey(db, survey.id, lang));
  })

  .post('/:id/publish', async (c) => {
    const survey = await existingSurvey(c.var.db, c.req.param('id'), c.var.lang);
    if (survey.status !== 'open') await updateSurveyStatus(c.var.db, survey.id, 'open');
    return c.json(await existingSurvey(c.var.db, survey.id, c.var.lang));
  })

  .post('/:id/close', async (c) => {
    const survey = await existingSurvey(c.var.db, c.req.param('id'), c.var.lang);
    if (survey.status === 'draft')
      throw apiError(409, 'status', { fr: 'Un brouillon ne peut pas être clos : publiez-le d’abord', en: 'A draft cannot be closed: publish it first' }, c.var.lang);
    if (survey.status !== 'closed') await updateSurveyStatus(c.var.db, survey.id, 'closed');
    return c.json(await existingSurvey(c.var.db, survey.id, c.var.lang));
  })

  .get('/:id/results', reportRowsRead, async (c) => {
    const survey = await existingSurvey(c.var.db, c.req.param('id'), c.var.lang);
    return c.json(await releasedResults(c.var.db, survey));
  });
