import { Hono } from 'hono';
import * as v from 'valibot';
import { checkAnswers, IdempotencyKey, SubmissionBody } from '../../schema/answers.ts';
import { toErrorItems } from '../../schema/messages.ts';
import { storeResponse, submissionKeyExists } from '../db/responses.ts';
import { forgetOpenSurvey, surveyWithOrganisationBySlug } from '../db/surveys.ts';
import { matchesEtag, publicDefinition, type PublicSurvey } from '../services/public-definition.ts';
import { publishedSurvey } from '../services/published-survey.ts';
import { admit } from '../middleware/participation-gate.ts';
import { personalFeedback } from '../domain/feedback.ts';
import { scoreResponse } from '../domain/scoring.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { limitPublicWrites } from '../middleware/rate-limit.ts';
import { sha256Hex } from '../domain/secrets.ts';
import { reportRowsRead } from '../middleware/db.ts';
import { jsonBody } from '../middleware/validate.ts';
import type { Lang } from '../../schema/lang.ts';

const SURVEY_CHANGED = new Error('survey changed while submitting');

const closedError = (lang: Lang) =>
  apiError(
    409,
    'status',
    { fr: 'Ce questionnaire est clos : il ne reçoit plus de réponses', en: 'This survey is closed: it no longer accepts responses' },
    lang,
  );

/** Answering a survey (mounted under /api/s): its definition as respondents see it, and their responses. */
export const respond = new Hono<AppEnv>()
  .get('/:slug', async (c) => {
    const found = await surveyWithOrganisationBySlug(c.var.db, c.req.param('slug'));
    if (!found || found.survey.status === 'draft') throw apiError(404, 'slug', { fr: 'Questionnaire introuvable', en: 'Survey not found' }, c.var.lang);
    const { survey, etag } = await publicDefinition(found.survey, found.organisationName);
    // Stored by browsers and caches, revalidated each time: a 304 while the survey's version holds.
    c.header('Cache-Control', 'no-cache');
    c.header('ETag', etag);
    if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
    return c.json<PublicSurvey>(survey);
  })

  .post('/:slug/responses', reportRowsRead, limitPublicWrites, requireJson, limitBody, jsonBody(SubmissionBody), async (c) => {
    const { lang, db } = c.var;
    const key = v.safeParse(IdempotencyKey, c.req.header('Idempotency-Key'), { lang });
    if (!key.success) throw new ApiError(400, toErrorItems(key.issues, 'Idempotency-Key'));
    const body = c.req.valid('json');
    const slug = c.req.param('slug');
    const keyHash = await sha256Hex(key.output);

    // The first attempt may use a cached definition; if the survey changed meanwhile, nothing was
    // written and the second attempt checks the answers against the fresh one.
    for (const cached of [true, false]) {
      const survey = await publishedSurvey(c, slug, cached);
      if (survey.status === 'closed') {
        // A retry of a submission stored before closing is still acknowledged.
        if (await submissionKeyExists(db, survey.id, keyHash)) return c.json({ status: 'recorded' as const, duplicate: true }, 201);
        throw closedError(lang);
      }
      const checked = checkAnswers(survey, body.answers, lang);
      if (!checked.ok) throw new ApiError(422, checked.errors);
      // Scored from the answers in hand and sent back once: the feedback is never stored.
      const scores = scoreResponse(survey, checked.answers);
      const feedback = personalFeedback(scores, survey.settings, lang) ?? undefined;
      const admission = await admit(c.var, survey, keyHash, body.code);
      if (admission.duplicate) return c.json({ status: 'recorded' as const, duplicate: true, feedback }, 201);

      const outcome = await storeResponse(db, { surveyId: survey.id, version: survey.version, keyHash, answers: checked.answers }).catch(admission.giveBack);
      if (outcome !== 'survey_changed') return c.json({ status: 'recorded' as const, duplicate: outcome === 'duplicate', feedback }, 201);
      forgetOpenSurvey(slug);
      await admission.giveBack(SURVEY_CHANGED).catch((error: unknown) => {
        if (error !== SURVEY_CHANGED) throw error;
      });
    }
    throw apiError(409, 'status', { fr: 'Le questionnaire vient de changer : rechargez la page', en: 'The survey just changed: reload the page' }, lang);
  });
