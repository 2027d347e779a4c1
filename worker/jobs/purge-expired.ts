import type { Db } from '../db/client.ts';
import { closedSurveysWithRawData, purgeSurveyResponses } from '../db/retention.ts';
import { purgeIsDue } from '../domain/retention.ts';

/**
 * Deletes the raw responses (with submission keys and participation codes) of every survey
 * closed for longer than its retention period, keeping its anonymous tallies and definition.
 * Returns the ids of the surveys purged. Each survey is purged in its own transaction, so one
 * failure leaves the others done and itself for the next run.
 */
export async function purgeExpired(db: Db, today: string): Promise<string[]> {
  const due = (await closedSurveysWithRawData(db, today)).filter((s) => purgeIsDue(s.closedOn, s.retentionMonths, today));
  for (const survey of due) await purgeSurveyResponses(db, survey.id, today);
  return due.map((s) => s.id);
}
