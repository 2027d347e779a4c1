import type { Answers } from '../../schema/answers.ts';
import type { CrossCell, TallyCell } from '../domain/tally.ts';
import { addToCrossTalliesStatement, releaseCrossTalliesStatement } from './cross-tallies.ts';
import { isUniqueViolation, type Db } from './client.ts';
import { addToTalliesStatement, releaseResponsesStatement, releaseTalliesStatement, SURVEY_STILL_OPEN } from './tallies.ts';

export type NewResponse = {
  surveyId: string;
  /** The survey version the answers were checked against. */
  version: number;
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

export type Stored = 'stored' | 'duplicate' | 'survey_changed';

/**
 * Stores a response, its idempotency key and its tally increments in one D1 batch (one transaction),
 * releasing the figures when the count reaches a multiple of k. Every write is guarded by the
 * survey still being open at the version the answers were checked against, so a cached
 * definition can never store answers to a survey that changed or closed: nothing is written then.
 */
export async function storeResponse(db: Db, response: NewResponse): Promise<Stored> {
  const { surveyId, version } = response;
  try {
    const [key] = await db.batch([
      db.prepare(`INSERT INTO submission_keys (survey_id, key_hash) SELECT ?1, ?2 WHERE ${SURVEY_STILL_OPEN}`, surveyId, response.keyHash, version),
      db.prepare(
        `INSERT INTO responses (id, survey_id, day, answers) SELECT ?2, ?1, ?4, ?5 WHERE ${SURVEY_STILL_OPEN}`,
        surveyId,
        crypto.randomUUID(),
        version,
        response.day,
        JSON.stringify(response.answers),
      ),
      addToTalliesStatement(db, surveyId, version, response.cells),
      ...(response.crossCells?.length ? [addToCrossTalliesStatement(db, surveyId, version, response.crossCells)] : []),
      ...(response.extra ?? []),
      releaseTalliesStatement(db, response.surveyId, response.k),
      releaseResponsesStatement(db, response.surveyId, response.k),
      // Always, so subgroup figures are released at exactly the same moments as the overall ones.
      releaseCrossTalliesStatement(db, response.surveyId, response.k),
    ]);
    return key?.meta.changes === 1 ? 'stored' : 'survey_changed';
  } catch (error) {
    if (isUniqueViolation(error)) return 'duplicate';
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
