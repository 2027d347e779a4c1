import { Hono } from 'hono';
import { OrganisationSettingsInput, RELEASE_TIME_ZONE, type OrganisationSettings } from '../../schema/organisation.ts';
import { openSurveysWithLastRelease, organisationSettings, updateReleaseHour } from '../db/organisations.ts';
import { plannedAfter } from '../domain/release/schedule.ts';
import type { MemberEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { requireRole } from '../middleware/session.ts';
import { jsonBody } from '../middleware/validate.ts';

/** The organisation's settings (mounted under /api/orgs/:orgId): its publication hour, which every member sees. */
export const membersSettings = new Hono<MemberEnv>()
  .get('/settings', requireRole('viewer'), async (c) => {
    const settings = await organisationSettings(c.var.db, c.req.param('orgId')!);
    if (!settings) throw apiError(404, 'orgId', { fr: 'Organisation introuvable', en: 'Organisation not found' }, c.var.lang);
    return c.json<OrganisationSettings>({ ...settings, timeZone: RELEASE_TIME_ZONE });
  })

  /** A new publication hour applies from the next release, never sooner than a day after the last one. */
  .put('/settings', requireRole('owner'), requireJson, limitBody, jsonBody(OrganisationSettingsInput, 422), async (c) => {
    const { db } = c.var;
    const orgId = c.req.param('orgId')!;
    const { releaseHour } = c.req.valid('json');
    const now = c.var.clock();
    const surveys = await openSurveysWithLastRelease(db, orgId);
    await updateReleaseHour(
      db,
      orgId,
      releaseHour,
      surveys.map((s) => ({ id: s.id, nextReleaseAt: plannedAfter(now, s.lastReleaseAt, releaseHour).toISOString() })),
    );
    const settings = (await organisationSettings(db, orgId))!;
    return c.json<OrganisationSettings>({ ...settings, timeZone: RELEASE_TIME_ZONE });
  });
