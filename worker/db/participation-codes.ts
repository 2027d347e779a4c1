import type { Db } from './client.ts';

/** Marks a code used only if it exists and still is unused: the statement itself is the single-use guard. */
export async function useParticipationCode(db: Db, surveyId: string, codeHash: string): Promise<boolean> {
  const result = await db.run(db.prepare('UPDATE participation_codes SET used = 1 WHERE survey_id = ? AND code_hash = ? AND used = 0', surveyId, codeHash));
  return result.meta.changes === 1;
}

/** Hands a code back when the response it let in could not be stored. */
export async function releaseParticipationCode(db: Db, surveyId: string, codeHash: string): Promise<void> {
  await db.run(db.prepare('UPDATE participation_codes SET used = 0 WHERE survey_id = ? AND code_hash = ? AND used = 1', surveyId, codeHash));
}
