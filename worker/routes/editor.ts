import { Hono } from 'hono';
import * as v from 'valibot';
import type { Lang } from '../../schema/lang.ts';
import { SurveyInput } from '../../schema/survey.ts';
import { isUniqueViolation } from '../db/client.ts';
import { surveyEverAnswered } from '../db/responses.ts';
import { rewordSurvey, surveyHistory, updateSurveyDefinition } from '../db/surveys.ts';
import { checkWordingEdit } from '../domain/wording.ts';
import type { MemberEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { existingSurvey } from '../middleware/route-survey.ts';
import { requireRole } from '../middleware/session.ts';
import { jsonBody } from '../middleware/validate.ts';
import { auditSettings } from '../services/audit-trail.ts';
import { slugTaken } from '../services/survey-errors.ts';

const FROZEN = {
  structure: {
    fr: 'Ce questionnaire a déjà eu des réponses : ses questions, options, conditions et réglages ne peuvent plus changer (seule la formulation peut l’être)',
    en: 'This survey has had responses: its questions, options, conditions and settings can no longer change (only the wording can)',
  },
  slug: {
    fr: 'Ce questionnaire a déjà eu des réponses : son adresse ne peut plus changer',
    en: 'This survey has had responses: its address can no longer change',
  },
  instrument: {
    fr: 'Reformuler un questionnaire validé le rendrait non validé et arrêterait son score : sa formulation reste telle quelle',
    en: 'Rewording a validated questionnaire would make it unvalidated and stop its scoring: its wording stays as it is',
  },
};
const frozen = (reason: keyof typeof FROZEN, lang: Lang) => apiError(409, reason === 'slug' ? 'slug' : 'status', FROZEN[reason], lang);

const IfMatchVersion = v.pipe(
  v.string(),
  v.regex(/^"?\d+"?$/),
  v.transform((s) => Number(s.replaceAll('"', ''))),
);

/**
 * One survey's definition (mounted under /api/orgs/:orgId/surveys): viewers read it and its wording
 * history; editors and owners change it.
 */
export const editor = new Hono<MemberEnv>()
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
        throw apiError(
          412,
          'If-Match',
          { fr: 'Quelqu’un a modifié ce questionnaire entre-temps : rechargez-le', en: 'Someone changed this survey in the meantime: reload it' },
          lang,
        );
      return c.json(await existingSurvey(db, c.req.param('orgId')!, survey.id, lang));
    }
    let updated: boolean;
    try {
      updated = await updateSurveyDefinition(db, survey.id, c.req.valid('json'), parsedVersion ? parsedVersion.output : survey.version);
    } catch (error) {
      if (isUniqueViolation(error)) throw slugTaken(lang);
      throw error;
    }
    if (!updated)
      throw apiError(
        412,
        'If-Match',
        { fr: 'Quelqu’un a modifié ce questionnaire entre-temps : rechargez-le', en: 'Someone changed this survey in the meantime: reload it' },
        lang,
      );
    await auditSettings(c, survey, c.req.valid('json'));
    return c.json(await existingSurvey(db, c.req.param('orgId')!, survey.id, lang));
  })

  /** Wording edits made after responses: who, when, which texts. */
  .get('/:id/history', requireRole('viewer'), async (c) => {
    const survey = await existingSurvey(c.var.db, c.req.param('orgId')!, c.req.param('id'), c.var.lang);
    return c.json({ edits: await surveyHistory(c.var.db, survey.id) });
  });
