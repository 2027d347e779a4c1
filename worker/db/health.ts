import type { Db } from './client.ts';

/** Whether D1 answers a trivial query (the health check). */
export async function databaseAnswers(db: Db): Promise<boolean> {
  try {
    return (await db.first<{ ok: number }>(db.prepare('SELECT 1 AS ok')))?.ok === 1;
  } catch {
    return false;
  }
}
