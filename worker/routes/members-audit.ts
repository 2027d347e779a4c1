import { Hono } from 'hono';
import { validator } from 'hono/validator';
import * as v from 'valibot';
import type { AuditPage } from '../../schema/audit.ts';
import { LANGS } from '../../schema/lang.ts';
import { auditEventsOfOrganisation } from '../db/audit.ts';
import type { MemberEnv } from '../env.ts';
import { requireRole } from '../middleware/session.ts';
import { parseOrThrow } from '../middleware/validate.ts';

const PAGE = 100;

/** `?after=<at>~<id>`: the `next` of the previous page. */
const AuditQuery = v.strictObject({
  after: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z~[0-9a-f-]{36}$/))),
  lang: v.optional(v.picklist(LANGS)),
});

/** The organisation's audit log, newest first, a page at a time (mounted under /api/orgs/:orgId): owners only. */
export const membersAudit = new Hono<MemberEnv>().get(
  '/audit',
  requireRole('owner'),
  validator('query', (query, c) => parseOrThrow(AuditQuery, query, c.get('lang'))),
  async (c) => {
    const [at, id] = c.req.valid('query').after?.split('~') ?? [];
    const events = await auditEventsOfOrganisation(c.var.db, c.req.param('orgId')!, at && id ? { at, id } : null, PAGE + 1);
    const shown = events.slice(0, PAGE);
    const last = shown.at(-1);
    c.header('Cache-Control', 'private, no-store');
    return c.json<AuditPage>({ events: shown, next: events.length > PAGE && last ? `${last.at}~${last.id}` : null });
  },
);
