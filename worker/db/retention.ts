import type { Db } from './client.ts';

export type ClosedSurvey = { id: string; closedOn: string; retentionMonths: number };

/** Closed surveys whose raw responses are still stored, closed on `latestClosedOn` or before. */
export async function closedSurveysWithResponses(db: Db, latestClosedOn: string): Promise<ClosedSurvey[]> {
  const rows = await db.all<{ id: string; closed_on: string; retention: number | null }>(
    db.prepare(
      `SELECT id, closed_on, json_extract(definition, '$.settings.retentionMonths') AS retention FROM surveys
        WHERE status = 'closed' AND closed_on IS NOT NULL AND closed_on <= ? AND purged_on IS NULL`,
      latestClosedOn,
    ),
  );
  // Definitions stored before retention was a setting carry none: the default applies.
  return rows.map((row) => ({ id: row.id, closedOn: row.closed_on, retentionMonths: row.retention ?? 12 }));
}

/**
 * Deletes a survey's raw responses, its submission keys and participation codes, and records the
 * day; the anonymous tallies and the definition stay, for comparing later waves. One transaction.
 */
export async function purgeSurveyResponses(db: Db, surveyId: string, today: string): Promise<void> {
  await db.batch([
    db.prepare('DELETE FROM responses WHERE survey_id = ?', surveyId),
    db.prepare('DELETE FROM submission_keys WHERE survey_id = ?', surveyId),
    db.prepare('DELETE FROM participation_codes WHERE survey_id = ?', surveyId),
    db.prepare('UPDATE surveys SET purged_on = ? WHERE id = ?', today, surveyId),
  ]);
}
