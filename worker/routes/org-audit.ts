import { Hono } from 'hono';
import * as v from 'valibot';
import type { AuditPage } from '../../schema/audit.ts';
import { auditEventsOfOrganisation } from '../db/audit.ts';
import type { MemberEnv } from '../env.ts';
import { requireRole } from '../middleware/session.ts';
import { parseOrThrow } from '../middleware/validate.ts';

const PAGE = 100;

/** `?after=<at>~<id>`: the `next` of the previous page. */
const AuditQuery = v.strictObject({
  after: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z~[0-9a-f-]{36}$/),
      v.transform((s) => {
        const [at, id] = s.split('~') as [string, string];
        return { at, id };
      }),
    ),
  ),
});

/** The organisation's audit log, newest first, a page at a time (mounted under /api/orgs/:orgId): owners only. */
export const orgAudit = new Hono<MemberEnv>().get('/audit', requireRole('owner'), async (c) => {
  const { after } = parseOrThrow(AuditQuery, c.req.query(), c.var.lang);
  const events = await auditEventsOfOrganisation(c.var.db, c.req.param('orgId')!, after ?? null, PAGE + 1);
  const shown = events.slice(0, PAGE);
  const last = shown.at(-1);
  c.header('Cache-Control', 'private, no-store');
  return c.json<AuditPage>({ events: shown, next: events.length > PAGE && last ? `${last.at}~${last.id}` : null });
});
