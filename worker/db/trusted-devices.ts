import type { Db } from './client.ts';

/** Whether this browser (its device token's hash) signed in to this account before, and is still trusted. */
export async function deviceIsTrusted(db: Db, tokenHash: string, userId: string, now: string): Promise<boolean> {
  const row = await db.first(db.prepare('SELECT 1 AS ok FROM trusted_devices WHERE token_hash = ? AND user_id = ? AND expires_at > ?', tokenHash, userId, now));
  return row !== null;
}

export function trustDeviceStatement(db: Db, tokenHash: string, userId: string, expiresAt: string): D1PreparedStatement {
  return db.prepare(
    'INSERT INTO trusted_devices (token_hash, user_id, expires_at) VALUES (?, ?, ?) ON CONFLICT (token_hash, user_id) DO UPDATE SET expires_at = excluded.expires_at',
    tokenHash,
    userId,
    expiresAt,
  );
}
