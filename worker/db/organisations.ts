import type { Db } from './client.ts';

export async function organisationName(db: Db, organisationId: string): Promise<string | null> {
  return (await db.first<{ name: string }>(db.prepare('SELECT name FROM organisations WHERE id = ?', organisationId)))?.name ?? null;
}
