import type { Db } from './client.ts';

export type ClosedSurvey = { id: string; closedOn: string; retentionMonths: number };

/**
 * Closed surveys that still hold raw data (responses, submission keys or participation codes),
 * closed on `latestClosedOn` or before. Asking for the data rather than for `purged_on` also
 * catches a survey reopened after a purge and closed again.
 */
export async function closedSurveysWithRawData(db: Db, latestClosedOn: string): Promise<ClosedSurvey[]> {
  const rows = await db.all<{ id: string; closed_on: string; retention: number | null }>(
    db.prepare(
      `SELECT s.id, s.closed_on, json_extract(s.definition, '$.settings.retentionMonths') AS retention FROM surveys s
        WHERE s.status = 'closed' AND s.closed_on IS NOT NULL AND s.closed_on <= ?
          AND (EXISTS (SELECT 1 FROM responses WHERE survey_id = s.id)
            OR EXISTS (SELECT 1 FROM submission_keys WHERE survey_id = s.id)
            OR EXISTS (SELECT 1 FROM participation_codes WHERE survey_id = s.id)
            OR EXISTS (SELECT 1 FROM release_rows WHERE survey_id = s.id)
            OR EXISTS (SELECT 1 FROM release_texts WHERE survey_id = s.id))`,
      latestClosedOn,
    ),
  );
  // Definitions stored before retention was a setting carry none: the default applies.
  return rows.map((row) => ({ id: row.id, closedOn: row.closed_on, retentionMonths: row.retention ?? 12 }));
}

/**
 * Deletes a survey's raw data — responses, submission keys, participation codes, the released free
 * texts and rows, and the per-profile counts releases kept for the disclosure check — and records
 * the day; the published figures and the definition stay, for comparing later waves. No release
 * can follow (the survey is closed and its responses are gone). One transaction.
 */
export async function purgeSurveyResponses(db: Db, surveyId: string, today: string): Promise<void> {
  await db.batch([
    db.prepare('DELETE FROM responses WHERE survey_id = ?', surveyId),
    db.prepare('DELETE FROM submission_keys WHERE survey_id = ?', surveyId),
    db.prepare('DELETE FROM participation_codes WHERE survey_id = ?', surveyId),
    db.prepare('DELETE FROM release_texts WHERE survey_id = ?', surveyId),
    db.prepare('DELETE FROM release_rows WHERE survey_id = ?', surveyId),
    db.prepare('UPDATE releases SET atoms = NULL WHERE survey_id = ?', surveyId),
    db.prepare('UPDATE surveys SET purged_on = ?, next_release_at = NULL WHERE id = ?', today, surveyId),
  ]);
}
