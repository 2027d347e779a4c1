import type { Db } from './client.ts';

/**
 * Marks a single-use link used. Put first in the batch that uses the link: a second use, even by a
 * request at the same moment, breaks the primary key (`isUniqueViolation`) and its whole batch is
 * rolled back. The row is purged once the link has expired, when nothing could use it anyway.
 */
export function spendLinkStatement(db: Db, tokenHash: string, linkExpiresAt: string): D1PreparedStatement {
  return db.prepare('INSERT INTO spent_links (token_hash, expires_at) VALUES (?, ?)', tokenHash, linkExpiresAt);
}
