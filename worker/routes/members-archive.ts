import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { OrganisationArchive } from '../../schema/archive.ts';
import { organisationArchive } from '../db/archive.ts';
import { parisDay } from '../domain/paris-time.ts';
import type { AppEnv, MemberEnv } from '../env.ts';
import { ApiError, apiError } from '../middleware/errors.ts';
import { requireJson } from '../middleware/json-body.ts';
import { requireRole, requireUser } from '../middleware/session.ts';
import { jsonBody } from '../middleware/validate.ts';
import { archiveDefinitionIssues, importOrganisationArchive } from '../services/organisation-archive.ts';
import { audit } from '../services/audit-trail.ts';

/** An archive holds whole definitions and releases: far more than a form's body, still bounded. */
export const ARCHIVE_MAX_BYTES = 20 * 1024 * 1024;

/** The organisation's archive as one JSON file (mounted under /api/orgs/:orgId), owners only, audit-logged. */
export const membersArchiveExport = new Hono<MemberEnv>().get('/archive.json', requireRole('owner'), async (c) => {
  const now = c.var.clock();
  const archive = await organisationArchive(c.var.db, c.req.param('orgId')!, now.toISOString());
  if (!archive) throw apiError(404, 'orgId', { fr: 'Organisation introuvable', en: 'Organisation not found' }, c.var.lang);
  await audit(c, 'organisation.exported', null, {
    format: 'archive.json',
    surveys: archive.surveys.length,
    liveSessions: archive.liveSessions.length,
    ideaBoxes: archive.ideaBoxes.length,
  });
  c.header('Content-Disposition', `attachment; filename="pouls-archive-${parisDay(now)}.json"`);
  c.header('Cache-Control', 'private, no-store');
  return c.json(archive);
});

const limitArchive = bodyLimit({
  maxSize: ARCHIVE_MAX_BYTES,
  onError: (c) => {
    throw apiError(413, '$', { fr: 'Archive trop volumineuse (20 Mo au plus)', en: 'Archive too large (20 MB at most)' }, c.get('lang'));
  },
});

/** Imports an archive as a new organisation (mounted under /api/orgs): like founding one, any coordinator may, and owns it. */
export const membersArchiveImport = new Hono<AppEnv>().post(
  '/archive',
  requireUser,
  requireJson,
  limitArchive,
  jsonBody(OrganisationArchive, 422),
  async (c) => {
    const archive = c.req.valid('json');
    const issues = archiveDefinitionIssues(archive, c.var.lang);
    if (issues.length > 0) throw new ApiError(422, issues);
    const created = await importOrganisationArchive(c.var.db, archive, c.var.user!.id, parisDay(c.var.clock()));
    return c.json(created, 201);
  },
);
