import { DAYS_QUESTION } from '../domain/tally.ts';
import type { Db } from './client.ts';

export type DayCount = { day: string; count: number };

/**
 * Responses per day as last released (at a multiple of k), with the released total they add up
 * to: the day cells and the responses cell of the published tallies, one row per day.
 */
export async function publishedDayCounts(db: Db, surveyId: string): Promise<{ released: number; days: DayCount[] }> {
  const rows = await db.all<{ question_id: string; option_key: string; count: number }>(
    db.prepare(
      `SELECT question_id, option_key, count FROM published_tallies
        WHERE survey_id = ?1 AND item_id = '' AND (question_id = ?2 OR (question_id = '' AND option_key = ''))`,
      surveyId,
      DAYS_QUESTION,
    ),
  );
  const released = rows.find((r) => r.question_id === '')?.count ?? 0;
  const days = rows.filter((r) => r.question_id === DAYS_QUESTION).map((r) => ({ day: r.option_key, count: r.count }));
  return { released, days };
}
