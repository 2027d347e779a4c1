import { Hono } from 'hono';
import * as v from 'valibot';
import { checkAnswers, IdempotencyKey, SubmissionBody } from '../../schema/answers.ts';
import { toErrorItems } from '../../schema/messages.ts';
import { storeResponse, submissionKeyExists } from '../db/responses.ts';
import { forgetOpenSurvey, organisationNameBySurveySlug, type StoredSurvey } from '../db/surveys.ts';
import { publishedSurvey } from '../services/published-survey.ts';
import { admit } from '../middleware/participation-gate.ts';
import { personalFeedback } from '../domain/feedback.ts';
import { scoreResponse } from '../domain/scoring.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { limitPublicWrites } from '../middleware/rate-limit.ts';
import { sha256Hex } from '../domain/secrets.ts';
import { asksForCodes } from '../../schema/participation.ts';
import { jsonBody } from '../middleware/validate.ts';
import type { Lang } from '../../schema/lang.ts';
import { privacyNotice, type PrivacyNotice } from '../../schema/privacy.ts';

/** The definition a respondent sees, with who runs it and its privacy notice in both languages: drafts stay invisible. */
export type PublicSurvey = Omit<StoredSurvey, 'version'> & {
  organisation: { name: string } | null;
  privacy: Record<Lang, PrivacyNotice>;
};

const SURVEY_CHANGED = new Error('survey changed while submitting');

const closedError = (lang: Lang) => apiError(409, 'status', { fr: 'Ce questionnaire est clos : il ne reçoit plus de réponses', en: 'This survey is closed: it no longer accepts responses' }, lang);

/** Answering a survey (mounted under /api/s): its definition as respondents see it, and their responses. */
export const respond = new Hono<AppEnv>()
  .get('/:slug', async (c) => {
    const slug = c.req.param('slug');
    const [{ version: _version, ...survey }, organisationName] = await Promise.all([publishedSurvey(c, slug), organisationNameBySurveySlug(c.var.db, slug)]);
    c.header('Cache-Control', 'no-cache');
    // Written here rather than in the page, so the respondent's bundle stays small.
    const runBy = organisationName ?? 'Pouls';
    const privacy = { fr: privacyNotice(survey, runBy, 'fr'), en: privacyNotice(survey, runBy, 'en') };
    // Whether a code is asked for is settled here, so the respondent's page needs no instrument data.
    const settings = { ...survey.settings, participationCodes: asksForCodes(survey) };
    return c.json<PublicSurvey>({ ...survey, settings, organisation: organisationName === null ? null : { name: organisationName }, privacy });
  })

  .post('/:slug/responses', limitPublicWrites, requireJson, limitBody, jsonBody(SubmissionBody), async (c) => {
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
