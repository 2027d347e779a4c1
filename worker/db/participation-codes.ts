import type { Db } from './client.ts';

/** D1 binds at most 100 parameters per statement: the survey id once (?1), then one hash per row. */
const CODES_PER_STATEMENT = 99;

/** Inserts code hashes in one batch (one transaction): all land or none, e.g. on a hash collision. */
export async function insertParticipationCodes(db: Db, surveyId: string, codeHashes: string[]): Promise<void> {
  const statements: D1PreparedStatement[] = [];
  for (let start = 0; start < codeHashes.length; start += CODES_PER_STATEMENT) {
    const chunk = codeHashes.slice(start, start + CODES_PER_STATEMENT);
    const rows = chunk.map((_, i) => `(?1, ?${i + 2})`).join(', ');
    statements.push(db.prepare(`INSERT INTO participation_codes (survey_id, code_hash) VALUES ${rows}`, surveyId, ...chunk));
  }
  if (statements.length > 0) await db.batch(statements);
}

export async function participationCodeCounts(db: Db, surveyId: string): Promise<{ total: number; used: number }> {
  const row = await db.first<{ total: number; used: number | null }>(
    db.prepare('SELECT COUNT(*) AS total, SUM(used) AS used FROM participation_codes WHERE survey_id = ?', surveyId),
  );
  return { total: row?.total ?? 0, used: row?.used ?? 0 };
}

/** Marks a code used only if it exists and still is unused: the statement itself is the single-use guard. */
export async function useParticipationCode(db: Db, surveyId: string, codeHash: string): Promise<boolean> {
  const result = await db.run(db.prepare('UPDATE participation_codes SET used = 1 WHERE survey_id = ? AND code_hash = ? AND used = 0', surveyId, codeHash));
  return result.meta.changes === 1;
}

/** Hands a code back when the response it let in could not be stored. */
export async function releaseParticipationCode(db: Db, surveyId: string, codeHash: string): Promise<void> {
  await db.run(db.prepare('UPDATE participation_codes SET used = 0 WHERE survey_id = ? AND code_hash = ? AND used = 1', surveyId, codeHash));
}
