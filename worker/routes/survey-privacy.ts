import { Hono } from 'hono';
import { privacyNotice, type PrivacyNotice } from '../../schema/privacy.ts';
import { processingRecord, type ProcessingRecord } from '../../schema/processing-record.ts';
import { organisationName } from '../db/organisations.ts';
import type { MemberEnv } from '../env.ts';
import { routeSurvey } from '../middleware/route-survey.ts';
import { requireRole } from '../middleware/session.ts';

/**
 * What respondents are told, and a draft entry for the organisation's GDPR record
 * (mounted under /api/orgs/:orgId/surveys/:id).
 */
export const surveyPrivacy = new Hono<MemberEnv>().get('/privacy', requireRole('viewer'), routeSurvey, async (c) => {
  const { db, survey, lang } = c.var;
  const organisation = (await organisationName(db, c.req.param('orgId') ?? '')) ?? '';
  return c.json<{ notice: PrivacyNotice; record: ProcessingRecord }>({
    notice: privacyNotice(survey, organisation, lang),
    record: processingRecord(survey, organisation, lang),
  });
});
