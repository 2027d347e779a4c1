import { Hono } from 'hono';
import * as v from 'valibot';
import { LANGS } from '../../schema/lang.ts';
import { say } from '../../schema/messages.ts';
import { privacyNotice, type PrivacyNotice } from '../../schema/privacy.ts';
import { processingRecord, type ProcessingRecord } from '../../schema/processing-record.ts';
import type { ReleaseSummary } from '../../schema/results.ts';
import { questionsOf } from '../../schema/survey.ts';
import { surveyLifecycle } from '../db/lifecycle.ts';
import { organisationName } from '../db/organisations.ts';
import { publishedView } from '../db/published.ts';
import { releaseHourOfSurvey, releasedTexts, releasesOfSurvey } from '../db/releases.ts';
import { surveyReleaseState } from '../db/surveys.ts';
import { EVERYONE } from '../domain/release/profile.ts';
import { shuffled } from '../domain/shuffle.ts';
import type { MemberEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { routeSurvey } from '../middleware/route-survey.ts';
import { reportRowsRead } from '../middleware/db.ts';
import { requireRole } from '../middleware/session.ts';
import { parseOrThrow } from '../middleware/validate.ts';
import { audit, surveyTarget } from '../services/audit-trail.ts';
import { breakdownList, everyoneResults, GroupQuery, groupResults } from '../services/published-results.ts';
import { purgedError } from '../services/purged.ts';

/** Only the language: free texts are never broken down by subgroup, so no filter is accepted. */
const TextsQuery = v.strictObject(
  { lang: v.optional(v.picklist(LANGS)) },
  say(
    'Les textes libres ne sont jamais détaillés par sous-groupe : seul ?lang est accepté',
    'Free texts are never broken down by subgroup: only ?lang is accepted',
  ),
);

export type QuestionTexts = { question: string; count: number; release: number; texts: string[] };

export type SurveyActivity = {
  k: number;
  /** Every release, in order, with the responses each added (at least k each: no finer count exists). */
  releases: (ReleaseSummary & { added: number })[];
  /** When the next release may happen, and the organisation's publication hour (Europe/Paris). */
  nextReleaseAt: string | null;
  releaseHour: number;
};

/**
 * A survey's results for its coordinators (mounted under /api/orgs/:orgId/surveys/:id): the figures as
 * last released, the breakdowns, the free texts, participation release by release, and what
 * respondents are told about their data.
 */
export const resultsCoordinator = new Hono<MemberEnv>()
  /** Results as last released, or with `?by=<breakdown question>&option=<option>` one group's, when it was published. */
  .get('/results', requireRole('viewer'), reportRowsRead, routeSurvey, async (c) => {
    const { db, survey, lang } = c.var;
    const { by, option } = c.req.query();
    if (by === undefined && option === undefined) return c.json(await everyoneResults(db, survey));
    return c.json(await groupResults(db, survey, parseOrThrow(GroupQuery, { by, option }, lang), lang));
  })

  /** The breakdown questions and their groups as published: which can be opened, and why not. */
  .get('/breakdowns', requireRole('viewer'), reportRowsRead, routeSurvey, async (c) => c.json({ breakdowns: await breakdownList(c.var.db, c.var.survey) }))

  /**
   * The free texts given to one question: editors and owners only, as last released — a release
   * refreshes them only when k more people wrote one, so two readings never differ by fewer than k
   * texts — in a fresh random order, and only from k texts. The only way to read them: exports leave them out.
   */
  .get('/texts/:questionId', requireRole('editor'), routeSurvey, async (c) => {
    const { db, survey, lang } = c.var;
    parseOrThrow(TextsQuery, c.req.query(), lang);
    const question = questionsOf(survey).find((q) => q.id === c.req.param('questionId'));
    if (!question) throw apiError(404, 'questionId', { fr: 'Question introuvable dans ce questionnaire', en: 'No such question in this survey' }, lang);
    if (question.type !== 'short_text' && question.type !== 'long_text')
      throw apiError(400, 'questionId', { fr: 'Cette question ne recueille pas de texte libre', en: 'This question does not collect free text' }, lang);

    const [lifecycle, view, texts] = await Promise.all([
      surveyLifecycle(db, survey.id),
      publishedView(db, survey.id, EVERYONE),
      releasedTexts(db, survey.id, question.id),
    ]);
    if (lifecycle?.purgedOn) throw purgedError(lifecycle.purgedOn, lang);
    const state = view.states.get(question.id);
    const k = survey.settings.k;
    // How many wrote something stays unsaid below k: that too would be a figure about fewer than k people.
    if (!state || state.release === null || texts.length < k)
      throw apiError(
        409,
        'questionId',
        {
          fr: `Moins de ${k} personnes ont répondu à cette question : les textes s’affichent à partir de ${k}`,
          en: `Fewer than ${k} people answered this question: texts are shown from ${k}`,
        },
        lang,
      );

    await audit(c, 'survey.texts_read', surveyTarget(survey), { question: question.id, texts: texts.length });
    c.header('Cache-Control', 'private, no-store');
    return c.json<QuestionTexts>({ question: question.id, count: texts.length, release: state.release, texts: shuffled(texts) });
  })

  /**
   * Participation over time: release by release, never per day or live — a day's count could point
   * at someone, a live count shows the moment they answer.
   */
  .get('/activity', requireRole('viewer'), routeSurvey, async (c) => {
    const { db, survey } = c.var;
    const [releases, state, releaseHour] = await Promise.all([
      releasesOfSurvey(db, survey.id),
      surveyReleaseState(db, survey.id),
      releaseHourOfSurvey(db, survey.id),
    ]);
    return c.json<SurveyActivity>({
      k: survey.settings.k,
      releases: releases.map((r, i) => ({ ...r, added: r.responses - (releases[i - 1]?.responses ?? 0) })),
      nextReleaseAt: state.nextReleaseAt,
      releaseHour,
    });
  })

  /** What respondents are told, and a draft entry for the organisation's GDPR record. */
  .get('/privacy', requireRole('viewer'), routeSurvey, async (c) => {
    const { db, survey, lang } = c.var;
    const organisation = (await organisationName(db, c.req.param('orgId') ?? '')) ?? '';
    return c.json<{ notice: PrivacyNotice; record: ProcessingRecord }>({
      notice: privacyNotice(survey, organisation, lang),
      record: processingRecord(survey, organisation, lang),
    });
  });
