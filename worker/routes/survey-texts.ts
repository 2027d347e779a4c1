import { Hono } from 'hono';
import * as v from 'valibot';
import { LANGS } from '../../schema/lang.ts';
import { say } from '../../schema/messages.ts';
import { questionsOf } from '../../schema/survey.ts';
import { surveyLifecycle } from '../db/lifecycle.ts';
import { publishedView } from '../db/published.ts';
import { releasedTexts } from '../db/releases.ts';
import { EVERYONE } from '../domain/release/profile.ts';
import { shuffled } from '../domain/shuffle.ts';
import type { MemberEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { routeSurvey } from '../middleware/route-survey.ts';
import { requireRole } from '../middleware/session.ts';
import { parseOrThrow } from '../middleware/validate.ts';
import { audit, surveyTarget } from './audit-trail.ts';
import { purgedError } from './purged.ts';

/** Only the language: free texts are never broken down by subgroup, so no filter is accepted. */
const TextsQuery = v.strictObject(
  { lang: v.optional(v.picklist(LANGS)) },
  say('Les textes libres ne sont jamais détaillés par sous-groupe : seul ?lang est accepté', 'Free texts are never broken down by subgroup: only ?lang is accepted'),
);

export type QuestionTexts = { question: string; count: number; release: number; texts: string[] };

/**
 * The free texts given to one question (mounted under /api/orgs/:orgId/surveys/:id): editors and
 * owners only, as last released — a release refreshes them only when k more people wrote one, so two
 * readings never differ by fewer than k texts — in a fresh random order, and only from k texts.
 * The only way to read them: exports leave them out.
 */
export const surveyTexts = new Hono<MemberEnv>().get('/texts/:questionId', requireRole('editor'), routeSurvey, async (c) => {
  const { db, survey, lang } = c.var;
  parseOrThrow(TextsQuery, c.req.query(), lang);
  const question = questionsOf(survey).find((q) => q.id === c.req.param('questionId'));
  if (!question) throw apiError(404, 'questionId', { fr: 'Question introuvable dans ce questionnaire', en: 'No such question in this survey' }, lang);
  if (question.type !== 'short_text' && question.type !== 'long_text')
    throw apiError(400, 'questionId', { fr: 'Cette question ne recueille pas de texte libre', en: 'This question does not collect free text' }, lang);

  const [lifecycle, view, texts] = await Promise.all([surveyLifecycle(db, survey.id), publishedView(db, survey.id, EVERYONE), releasedTexts(db, survey.id, question.id)]);
  if (lifecycle?.purgedOn) throw purgedError(lifecycle.purgedOn, lang);
  const state = view.states.get(question.id);
  const k = survey.settings.k;
  // How many wrote something stays unsaid below k: that too would be a figure about fewer than k people.
  if (!state || state.release === null || texts.length < k)
    throw apiError(409, 'questionId', { fr: `Moins de ${k} personnes ont répondu à cette question : les textes s’affichent à partir de ${k}`, en: `Fewer than ${k} people answered this question: texts are shown from ${k}` }, lang);

  await audit(c, 'survey.texts_read', surveyTarget(survey), { question: question.id, texts: texts.length });
  c.header('Cache-Control', 'private, no-store');
  return c.json<QuestionTexts>({ question: question.id, count: texts.length, release: state.release, texts: shuffled(texts) });
});
