import { Hono } from 'hono';
import * as v from 'valibot';
import { checkAnswers, IdempotencyKey, SubmissionBody } from '../../schema/answers.ts';
import { toErrorItems } from '../../schema/messages.ts';
import { storeResponse, submissionKeyExists } from '../db/responses.ts';
import { surveyBySlug, type StoredSurvey } from '../db/surveys.ts';
import { releasedResults } from './released-results.ts';
import { cellsForResponse, crossCellsForResponse, dayCell } from '../domain/tally.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { reportRowsRead } from '../middleware/db.ts';
import { limitPublicWrites, sha256Hex } from '../middleware/rate-limit.ts';
import { jsonBody } from '../middleware/validate.ts';
import type { Lang } from '../../schema/lang.ts';

/** The definition a respondent sees: drafts stay invisible. */
export type PublicSurvey = Omit<StoredSurvey, 'version'>;

async function publishedSurvey(c: { var: AppEnv['Variables'] }, slug: string): Promise<StoredSurvey> {
  const survey = await surveyBySlug(c.var.db, slug);
  if (!survey || survey.status === 'draft') throw apiError(404, 'slug', { fr: 'Questionnaire introuvable', en: 'Survey not found' }, c.var.lang);
  return survey;
}

const closedError = (lang: Lang) => apiError(409, 'status', { fr: 'Ce questionnaire est clos : il ne reçoit plus de réponses', en: 'This survey is closed: it no longer accepts responses' }, lang);

export const publicSurveys = new Hono<AppEnv>()
  .get('/:slug', async (c) => {
    const { version: _version, ...survey } = await publishedSurvey(c, c.req.param('slug'));
    c.header('Cache-Control', 'no-cache');
    return c.json<PublicSurvey>(survey);
  })

  .post('/:slug/responses', limitPublicWrites, requireJson, limitBody, jsonBody(SubmissionBody), async (c) => {
    const { lang, db } = c.var;
    const key = v.safeParse(IdempotencyKey, c.req.header('Idempotency-Key'), { lang });
    if (!key.success) throw new ApiError(400, toErrorItems(key.issues, 'Idempotency-Key'));
    const survey = await publishedSurvey(c, c.req.param('slug'));
    const keyHash = await sha256Hex(key.output);

    if (survey.status === 'closed') {
      // A retry of a submission stored before closing is still acknowledged.
      if (await submissionKeyExists(db, survey.id, keyHash)) return c.json({ status: 'recorded' as const, duplicate: true }, 201);
      throw closedError(lang);
    }
    const checked = checkAnswers(survey, c.req.valid('json').answers, lang);
    if (!checked.ok) throw new ApiError(422, checked.errors);

    const day = new Date().toISOString().slice(0, 10);
    const cells = cellsForResponse(survey, checked.answers);
    const stored = await storeResponse(db, {
      surveyId: survey.id,
      keyHash,
      day,
      answers: checked.answers,
      cells: [...cells, dayCell(day)],
      crossCells: crossCellsForResponse(survey, checked.answers, cells),
      k: survey.settings.k,
    });
    return c.json({ status: 'recorded' as const, duplicate: !stored }, 201);
  })

  .get('/:slug/results', reportRowsRead, async (c) => {
    const survey = await publishedSurvey(c, c.req.param('slug'));
    if (survey.settings.resultsVisibility !== 'public')
      throw apiError(403, 'settings.resultsVisibility', { fr: 'Les résultats de ce questionnaire ne sont pas publics', en: 'This survey’s results are not public' }, c.var.lang);
    c.header('Cache-Control', 'no-cache');
    return c.json(await releasedResults(c.var.db, survey));
  });

