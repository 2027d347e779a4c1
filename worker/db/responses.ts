import type { Answers } from '../../schema/answers.ts';
import { isUniqueViolation, type Db } from './client.ts';

export type NewResponse = {
  surveyId: string;
  /** The survey version the answers were checked against. */
  version: number;
  keyHash: string;
  answers: Answers;
};

export type Stored = 'stored' | 'duplicate' | 'survey_changed';

/** Only while the survey is still open at the version the answers were checked against. */
const SURVEY_STILL_OPEN = "EXISTS (SELECT 1 FROM surveys WHERE id = ?1 AND version = ?3 AND status = 'open')";

/**
 * Stores a response and its idempotency key in one D1 batch (one transaction), so a retried
 * submission is counted once and an acknowledged one is never lost. Nothing else: no counter moves
 * at submission (figures are computed when a release is made), no day, no time. Every write is
 * guarded by the survey still being open at the version the answers were checked against, so a
 * cached definition can never store answers to a survey that changed or closed.
 */
export async function storeResponse(db: Db, response: NewResponse): Promise<Stored> {
  const { surveyId, version } = response;
  try {
    const [key] = await db.batch([
      db.prepare(`INSERT INTO submission_keys (survey_id, key_hash) SELECT ?1, ?2 WHERE ${SURVEY_STILL_OPEN}`, surveyId, response.keyHash, version),
      db.prepare(
        `INSERT INTO responses (id, survey_id, answers) SELECT ?2, ?1, ?4 WHERE ${SURVEY_STILL_OPEN}`,
        surveyId,
        crypto.randomUUID(),
        version,
        JSON.stringify(response.answers),
      ),
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

/**
 * Whether a survey has ever had a response, purged or not: its settings and questions are frozen
 * for good from then on (changing k or visibility after the fact could reveal what was hidden).
 */
export async function surveyEverAnswered(db: Db, surveyId: string): Promise<boolean> {
  const row = await db.first<{ answered: number }>(db.prepare(`SELECT ${everAnsweredSql('?1')} AS answered`, surveyId));
  return row?.answered === 1;
}

/** The SQL condition behind `surveyEverAnswered`, for the survey whose id is `idSql` (a parameter or a column). */
export function everAnsweredSql(idSql: string): string {
  return `(EXISTS (SELECT 1 FROM responses WHERE survey_id = ${idSql}) OR EXISTS (SELECT 1 FROM releases WHERE survey_id = ${idSql})
           OR EXISTS (SELECT 1 FROM surveys WHERE id = ${idSql} AND purged_on IS NOT NULL))`;
}
