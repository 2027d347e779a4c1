import type { Db } from '../db/client.ts';
import { purgeExpiredAccountRows, type AccountPurge } from '../db/hygiene.ts';
import { monthsBefore } from '../domain/retention.ts';
import { QUIET_RESET_MS } from '../domain/signin-throttle.ts';
import { parisDay } from '../domain/paris-time.ts';

/** Coordinators' sensitive actions are kept this long in the audit log, then deleted. */
export const AUDIT_RETENTION_MONTHS = 12;

/**
 * The daily clean-up of accounts' data (called by the Cron Trigger, jobs/scheduled.ts): expired
 * sessions, invitations, reset links, setup tokens, trusted browsers and sign-in delays, yesterday's
 * rate-limit secret, and audit events older than AUDIT_RETENTION_MONTHS.
 */
export function purgeExpiredAccounts(db: Db, now: Date): Promise<AccountPurge> {
  return purgeExpiredAccountRows(db, {
    now: now.toISOString(),
    quietSince: new Date(now.getTime() - QUIET_RESET_MS).toISOString(),
    today: parisDay(now),
    auditBefore: monthsBefore(now, AUDIT_RETENTION_MONTHS).toISOString(),
  });
}
