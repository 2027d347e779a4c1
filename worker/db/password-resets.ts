import type { PasswordHash } from '../domain/secrets.ts';
import type { Db } from './client.ts';
import { updatePasswordStatement } from './accounts.ts';
import { spendLinkStatement } from './links.ts';
import { deleteSigninThrottleStatement } from './signin-throttle.ts';

export async function insertPasswordReset(db: Db, reset: { tokenHash: string; userId: string; issuedBy: string | null; expiresAt: string }): Promise<void> {
  await db.run(
    db.prepare(
      'INSERT INTO password_resets (token_hash, user_id, issued_by, expires_at) VALUES (?, ?, ?, ?)',
      reset.tokenHash,
      reset.userId,
      reset.issuedBy,
      reset.expiresAt,
    ),
  );
}

export type PasswordResetRow = { user_id: string; email: string; name: string; expires_at: string };

export async function passwordResetByToken(db: Db, tokenHash: string): Promise<PasswordResetRow | null> {
  return db.first<PasswordResetRow>(
    db.prepare('SELECT r.user_id, u.email, u.name, r.expires_at FROM password_resets r JOIN users u ON u.id = r.user_id WHERE r.token_hash = ?', tokenHash),
  );
}

/**
 * Sets a new password through a reset link, all or nothing: the link spent (first, the single-use
 * guard), the password replaced, every session of the account ended, its other reset links and its
 * sign-in delay dropped, and `session` (this browser's new one) opened.
 */
export async function resetPassword(
  db: Db,
  reset: { tokenHash: string; linkExpiresAt: string; userId: string; password: PasswordHash; accountHash: string; session: D1PreparedStatement },
): Promise<void> {
  await db.batch([
    spendLinkStatement(db, reset.tokenHash, reset.linkExpiresAt),
    updatePasswordStatement(db, reset.userId, reset.password),
    db.prepare('DELETE FROM sessions WHERE user_id = ?', reset.userId),
    db.prepare('DELETE FROM password_resets WHERE user_id = ?', reset.userId),
    deleteSigninThrottleStatement(db, reset.accountHash),
    reset.session,
  ]);
}

/** Whether `ownerId` owns every organisation `userId` belongs to: only then may they reset that account's password. */
export async function ownsEveryOrganisationOf(db: Db, ownerId: string, userId: string): Promise<boolean> {
  const row = await db.first<{ n: number }>(
    db.prepare(
      `SELECT COUNT(*) AS n FROM memberships m WHERE m.user_id = ? AND NOT EXISTS (
         SELECT 1 FROM memberships o WHERE o.organisation_id = m.organisation_id AND o.user_id = ? AND o.role = 'owner')`,
      userId,
      ownerId,
    ),
  );
  return row?.n === 0;
}
