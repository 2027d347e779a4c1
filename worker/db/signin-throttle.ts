import type { Throttle } from '../domain/signin-throttle.ts';
import type { Db } from './client.ts';

export async function signinThrottleOf(db: Db, accountHash: string): Promise<Throttle | null> {
  const row = await db.first<{ failures: number; last_failure_at: string }>(
    db.prepare('SELECT failures, last_failure_at FROM signin_throttle WHERE account_hash = ?', accountHash),
  );
  return row && { failures: row.failures, lastFailureAt: row.last_failure_at };
}

/** The account's first counted failure; false if another attempt recorded one first. */
export async function insertFirstSigninFailure(db: Db, accountHash: string, next: Throttle): Promise<boolean> {
  const result = await db.run(
    db.prepare(
      'INSERT INTO signin_throttle (account_hash, failures, last_failure_at) VALUES (?, ?, ?) ON CONFLICT (account_hash) DO NOTHING',
      accountHash,
      next.failures,
      next.lastFailureAt,
    ),
  );
  return result.meta.changes === 1;
}

/** Replaces `seen` with `next` only if nobody changed it since it was read (compare-and-set): false otherwise. */
export async function replaceSigninFailures(db: Db, accountHash: string, seen: Throttle, next: Throttle): Promise<boolean> {
  const result = await db.run(
    db.prepare(
      'UPDATE signin_throttle SET failures = ?, last_failure_at = ? WHERE account_hash = ? AND failures = ? AND last_failure_at = ?',
      next.failures,
      next.lastFailureAt,
      accountHash,
      seen.failures,
      seen.lastFailureAt,
    ),
  );
  return result.meta.changes === 1;
}

export function deleteSigninThrottleStatement(db: Db, accountHash: string): D1PreparedStatement {
  return db.prepare('DELETE FROM signin_throttle WHERE account_hash = ?', accountHash);
}
