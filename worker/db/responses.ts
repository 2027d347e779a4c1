import type { Answers } from '../../schema/answers.ts';
import type { CrossCell, TallyCell } from '../domain/tally.ts';
import { addToCrossTalliesStatements, releaseCrossTalliesStatement } from './cross-tallies.ts';
import { isUniqueViolation, type Db } from './client.ts';
import { addToTalliesStatements, releaseTalliesStatement } from './tallies.ts';

export type NewResponse = {
  surveyId: string;
  keyHash: string;
  day: string;
  answers: Answers;
  cells: TallyCell[];
  /** Subgroup counters, for breakdowns. */
  crossCells?: CrossCell[];
  k: number;
  /** More writes that must land with the response or not at all. */
  extra?: D1PreparedStatement[];
};

/**
 * Stores a response, its idempotency key and its tally increments in one D1 batch (one transaction),
 * releasing the figures when the count reaches a multiple of k.
 * Returns false, having written nothing, when the key was already used.
 */
export async function storeResponse(db: Db, response: NewResponse): Promise<boolean> {
  try {
    await db.batch([
      db.prepare('INSERT INTO submission_keys (survey_id, key_hash) VALUES (?, ?)', response.surveyId, response.keyHash),
      db.prepare('INSERT INTO responses (id, survey_id, day, answers) VALUES (?, ?, ?, ?)', crypto.randomUUID(), response.surveyId, response.day, JSON.stringify(response.answers)),
      ...addToTalliesStatements(db, response.surveyId, response.cells),
      ...addToCrossTalliesStatements(db, response.surveyId, response.crossCells ?? []),
      ...(response.extra ?? []),
      releaseTalliesStatement(db, response.surveyId, response.k),
      // Always, so subgroup figures are released at exactly the same moments as the overall ones.
      releaseCrossTalliesStatement(db, response.surveyId, response.k),
    ]);
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function submissionKeyExists(db: Db, surveyId: string, keyHash: string): Promise<boolean> {
  return (await db.first(db.prepare('SELECT 1 AS found FROM submission_keys WHERE survey_id = ? AND key_hash = ?', surveyId, keyHash))) !== null;
}

export async function responseCount(db: Db, surveyId: string): Promise<number> {
  const row = await db.first<{ n: number }>(db.prepare('SELECT COUNT(*) AS n FROM responses WHERE survey_id = ?', surveyId));
  return row?.n ?? 0;
}
