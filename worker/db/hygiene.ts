import type { Db } from './client.ts';

export type AccountPurge = {
  sessions: number;
  invitations: number;
  passwordResets: number;
  setupTokens: number;
  spentLinks: number;
  trustedDevices: number;
  signinThrottles: number;
  rateLimitSecrets: number;
  auditEvents: number;
};

/**
 * Deletes what has expired on the accounts' side, in one transaction: sessions, invitations (used
 * or not), reset links, setup tokens and spent-link guards past their expiry, trusted browsers past
 * theirs, sign-in delays quiet since `quietSince`, rate-limit secrets of days before `today`, and
 * audit events older than `auditBefore`. Returns how many rows went from each table.
 */
export async function purgeExpiredAccountRows(db: Db, cut: { now: string; quietSince: string; today: string; auditBefore: string }): Promise<AccountPurge> {
  const results = await db.batch([
    db.prepare('DELETE FROM sessions WHERE expires_at <= ?', cut.now),
    db.prepare('DELETE FROM invitations WHERE expires_at <= ?', cut.now),
    db.prepare('DELETE FROM password_resets WHERE expires_at <= ?', cut.now),
    db.prepare('DELETE FROM setup_tokens WHERE expires_at <= ?', cut.now),
    db.prepare('DELETE FROM spent_links WHERE expires_at <= ?', cut.now),
    db.prepare('DELETE FROM trusted_devices WHERE expires_at <= ?', cut.now),
    db.prepare('DELETE FROM signin_throttle WHERE last_failure_at <= ?', cut.quietSince),
    db.prepare('DELETE FROM rate_limit_secrets WHERE day < ?', cut.today),
    db.prepare('DELETE FROM audit_events WHERE at < ?', cut.auditBefore),
  ]);
  const [sessions, invitations, passwordResets, setupTokens, spentLinks, trustedDevices, signinThrottles, rateLimitSecrets, auditEvents] = results.map(
    (r) => r.meta.changes,
  );
  return {
    sessions: sessions!,
    invitations: invitations!,
    passwordResets: passwordResets!,
    setupTokens: setupTokens!,
    spentLinks: spentLinks!,
    trustedDevices: trustedDevices!,
    signinThrottles: signinThrottles!,
    rateLimitSecrets: rateLimitSecrets!,
    auditEvents: auditEvents!,
  };
}
