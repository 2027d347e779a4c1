import type { Db } from './client.ts';

/**
 * The secret of `day`, created with `candidate` if the day has none yet. Written and read in one
 * statement: isolates starting the day at the same moment all get the first secret stored.
 */
export async function rateLimitSecretOfDay(db: Db, day: string, candidate: string): Promise<string> {
  const row = await db.first<{ secret: string }>(
    db.prepare('INSERT INTO rate_limit_secrets (day, secret) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET secret = secret RETURNING secret', day, candidate),
  );
  if (!row) throw new Error(`no rate-limit secret for ${day}`);
  return row.secret;
}
