import type { CodeBatch } from '../../schema/report.ts';
import type { Db } from './client.ts';

export type NewCodeBatch = { surveyId: string; issuedAt: string; issuedBy: string; codeHashes: string[] };

export type IssuedBatch = 'issued' | 'over_population' | 'no_population';

/**
 * Issues a batch of codes in one transaction: the batch row (when, by whom, how many, the declared
 * population then) and the code hashes, only if the codes issued so far plus these stay within the
 * declared population. The check and the writes are one batch: two editors racing cannot pass the cap.
 */
export async function issueCodeBatch(db: Db, batch: NewCodeBatch): Promise<IssuedBatch> {
  const id = crypto.randomUUID();
  const count = batch.codeHashes.length;
  const statements: D1PreparedStatement[] = [
    db.prepare(
      `INSERT INTO code_batches (survey_id, id, issued_at, issued_by, count, population)
       SELECT ?1, ?2, ?3, ?4, ?5, s.invited FROM surveys s
        WHERE s.id = ?1 AND s.invited IS NOT NULL
          AND (SELECT COALESCE(SUM(count), 0) FROM code_batches WHERE survey_id = ?1) + ?5 <= s.invited`,
      batch.surveyId,
      id,
      batch.issuedAt,
      batch.issuedBy,
      count,
    ),
  ];
  statements.push(
    db.prepare(
      `INSERT INTO participation_codes (survey_id, code_hash)
       SELECT ?1, h.value FROM json_each(?3) AS h WHERE EXISTS (SELECT 1 FROM code_batches WHERE survey_id = ?1 AND id = ?2)`,
      batch.surveyId,
      id,
      JSON.stringify(batch.codeHashes),
    ),
  );
  const [inserted] = await db.batch(statements);
  if (inserted?.meta.changes === 1) return 'issued';
  const row = await db.first<{ invited: number | null }>(db.prepare('SELECT invited FROM surveys WHERE id = ?', batch.surveyId));
  return row?.invited == null ? 'no_population' : 'over_population';
}

export async function codeBatchesOfSurvey(db: Db, surveyId: string): Promise<CodeBatch[]> {
  const rows = await db.all<{ issued_at: string; issued_by: string; count: number; population: number }>(
    db.prepare('SELECT issued_at, issued_by, count, population FROM code_batches WHERE survey_id = ? ORDER BY issued_at', surveyId),
  );
  return rows.map((r) => ({ issuedAt: r.issued_at, issuedBy: r.issued_by, count: r.count, population: r.population }));
}

/** Codes issued so far (never how many were used: that would be a live count of responses). */
export async function codesIssued(db: Db, surveyId: string): Promise<number> {
  return (await db.first<{ n: number }>(db.prepare('SELECT COALESCE(SUM(count), 0) AS n FROM code_batches WHERE survey_id = ?', surveyId)))?.n ?? 0;
}
