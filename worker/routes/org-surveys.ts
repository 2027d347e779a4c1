import { Hono } from 'hono';
import * as v from 'valibot';
import { roleAllows } from '../../schema/accounts.ts';
import type { Lang } from '../../schema/lang.ts';
import { SurveyInput } from '../../schema/survey.ts';
import { isUniqueViolation, type Db } from '../db/client.ts';
import { surveyEverAnswered } from '../db/responses.ts';
import {
  deleteSurvey,
  insertSurvey,
  rewordSurvey,
  slugsLike,
  surveyHistory,
  surveyInOrganisation,
  surveysOfOrganisation,
  updateSurveyDefinition,
  type StoredSurvey,
} from '../db/surveys.ts';
import { surveyLifecycle } from '../db/lifecycle.ts';
import { copySlug, copyTitle } from '../domain/survey-copy.ts';
import { checkWordingEdit } from '../domain/wording.ts';
import type { MemberEnv } from '../env.ts';
import { reportRowsRead } from '../middleware/db.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { requireRole } from '../middleware/session.ts';
import { jsonBody, parseOrThrow } from '../middleware/validate.ts';
import { breakdownList, everyoneResults, GroupQuery, groupResults } from '../services/published-results.ts';
import { closeSurvey, openSurvey } from '../services/survey-lifecycle.ts';
import { auditSettings } from './audit-trail.ts';

const slugTaken = (lang: Lang) => apiError(409, 'slug', { fr: 'Cette adresse est déjà prise par un autre questionnaire', en: 'This slug is already used by another survey' }, lang);

async function existingSurvey(db: Db, orgId: string, id: string, lang: Lang): Promise<StoredSurvey> {
  const survey = await surveyInOrganisation(db, orgId, id);
  if (!survey) throw apiError(404, 'id', { fr: 'Questionnaire introuvable', en: 'Survey not found' }, lang);
  return survey;
}

const FROZEN = {
  structure: {
    fr: 'Ce questionnaire a déjà eu des réponses : ses questions, options, conditions et réglages ne peuvent plus changer (seule la formulation peut l’être)',
    en: 'This survey has had responses: its questions, options, conditions and settings can no longer change (only the wording can)',
  },
  slug: { fr: 'Ce questionnaire a déjà eu des réponses : son adresse ne peut plus changer', en: 'This survey has had responses: its address can no longer change' },
  instrument: {
    fr: 'Reformuler un questionnaire validé le rendrait non validé et arrêterait son score : sa formulation reste telle quelle',
    en: 'Rewording a validated questionnaire would make it unvalidated and stop its scoring: its wording stays as it is',
  },
};
const frozen = (reason: keyof typeof FROZEN, lang: Lang) => apiError(409, reason === 'slug' ? 'slug' : 'status', FROZEN[reason], lang);

const IfMatchVersion = v.pipe(v.string(), v.regex(/^"?\d+"?$/), v.transform((s) => Number(s.replaceAll('"', ''))));

/**
 * An organisation's surveys (mounted under /api/orgs/:orgId/surveys).
 * Viewers read; editors and owners build, publish and close.
 */
export const orgSurveys = new Hono<MemberEnv>()
  .get('/', requireRole('viewer'), async (c) => c.json({ surveys: await surveysOfOrganisation(c.var.db, c.req.param('orgId')!, roleAllows(c.var.role, 'editor')) }))

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
    // Frozen for good once answered, purged or not: a lower k or public results after the fact could
    // reveal what was hidden. Wording may still change, each edit kept in the survey's history.
    if (survey.status !== 'draft' && (await surveyEverAnswered(db, survey.id))) {
      const input = c.req.valid('json');
      const { id: _id, status: _status, version: _version, ...before } = survey;
      const check = checkWordingEdit(before, input);
      if (!check.ok) throw frozen(check.reason, lang);
      const edit = { editedAt: c.var.clock().toISOString(), editedBy: c.var.user.name, changes: check.changes };
      if (!(await rewordSurvey(db, survey, input, parsedVersion ? parsedVersion.output : survey.version, edit)))
        throw apiError(412, 'If-Match', { fr: 'Quelqu’un a modifié ce questionnaire entre-temps : rechargez-le', en: 'Someone changed this survey in the meantime: reload it' }, lang);
      return c.json(await existingSurvey(db, c.req.param('orgId')!, survey.id, lang));
    }
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

  /** Wording edits made after responses: who, when, which texts. */
  .get('/:id/history', requireRole('viewer'), async (c) => {
    const survey = await existingSurvey(c.var.db, c.req.param('orgId')!, c.req.param('id'), c.var.lang);
    return c.json({ edits: await surveyHistory(c.var.db, survey.id) });
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
  })

  .post('/:id/publish', requireRole('editor'), async (c) => {
    const { db, lang } = c.var;
    const survey = await existingSurvey(db, c.req.param('orgId')!, c.req.param('id'), lang);
    await openSurvey(db, survey, c.var.clock(), lang);
    return c.json(await existingSurvey(db, c.req.param('orgId')!, survey.id, lang));
  })

  .post('/:id/close', requireRole('editor'), async (c) => {
    const { db, lang } = c.var;
    const survey = await existingSurvey(db, c.req.param('orgId')!, c.req.param('id'), lang);
    if (survey.status === 'draft') throw apiError(409, 'status', { fr: 'Un brouillon ne peut pas être clos : publiez-le d’abord', en: 'A draft cannot be closed: publish it first' }, lang);
    await closeSurvey(db, survey, c.var.clock());
    return c.json(await existingSurvey(db, c.req.param('orgId')!, survey.id, lang));
  })

  /** Results as last released, or with `?by=<breakdown question>&option=<option>` one group's, when it was published. */
  .get('/:id/results', requireRole('viewer'), reportRowsRead, async (c) => {
    const { db, lang } = c.var;
    const survey = await existingSurvey(db, c.req.param('orgId')!, c.req.param('id'), lang);
    const { by, option } = c.req.query();
    if (by === undefined && option === undefined) return c.json(await everyoneResults(db, survey));
    return c.json(await groupResults(db, survey, parseOrThrow(GroupQuery, { by, option }, lang), lang));
  })

  /** The breakdown questions and their groups as published: which can be opened, and why not. */
  .get('/:id/breakdowns', requireRole('viewer'), reportRowsRead, async (c) => {
    const survey = await existingSurvey(c.var.db, c.req.param('orgId')!, c.req.param('id'), c.var.lang);
    return c.json({ breakdowns: await breakdownList(c.var.db, survey) });
  });
