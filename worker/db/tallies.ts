import type { TallyCell } from '../domain/tally.ts';
import type { Db } from './client.ts';

type TallyRow = { question_id: string; item_id: string; option_key: string; count: number; total: number };

const toCell = (r: TallyRow): TallyCell => ({ question: r.question_id, item: r.item_id, option: r.option_key, count: r.count, total: r.total });

/** The counters as last released (at a multiple of k responses): O(questions × options) rows. */
export async function publishedTalliesForSurvey(db: Db, surveyId: string): Promise<TallyCell[]> {
  const rows = await db.all<TallyRow>(db.prepare('SELECT question_id, item_id, option_key, count, total FROM published_tallies WHERE survey_id = ?', surveyId));
  return rows.map(toCell);
}

/** The live number of responses (one row). */
export async function responseTotal(db: Db, surveyId: string): Promise<number> {
  const row = await db.first<{ count: number }>(
    db.prepare("SELECT count FROM tallies WHERE survey_id = ? AND question_id = '' AND item_id = '' AND option_key = ''", surveyId),
  );
  return row?.count ?? 0;
}

/** Only while the survey is still open at the version the answers were checked against. */
export const SURVEY_STILL_OPEN = "EXISTS (SELECT 1 FROM surveys WHERE id = ?1 AND version = ?3 AND status = 'open')";

/**
 * One upsert that adds all of a response's cells to the survey's counters, passed as one JSON
 * array (one bound parameter, one statement, whatever the number of cells).
 */
export function addToTalliesStatement(db: Db, surveyId: string, version: number, cells: TallyCell[]): D1PreparedStatement {
  return db.prepare(
    `INSERT INTO tallies (survey_id, question_id, item_id, option_key, count, total)
     SELECT ?1, c.value ->> 0, c.value ->> 1, c.value ->> 2, c.value ->> 3, c.value ->> 4 FROM json_each(?2) AS c
      WHERE ${SURVEY_STILL_OPEN}
     ON CONFLICT (survey_id, question_id, item_id, option_key)
     DO UPDATE SET count = count + excluded.count, total = total + excluded.total`,
    surveyId,
    JSON.stringify(cells.map((c) => [c.question, c.item, c.option, c.count, c.total])),
    version,
  );
}

/**
 * Copies the live counters to the published ones when the response count has just reached a
 * multiple of k; otherwise does nothing (SQLite checks the constant condition before scanning).
 * Only counters that moved since the last release are written.
 */
export function releaseTalliesStatement(db: Db, surveyId: string, k: number): D1PreparedStatement {
  return db.prepare(
    `INSERT OR REPLACE INTO published_tallies (survey_id, question_id, item_id, option_key, count, total)
     SELECT t.survey_id, t.question_id, t.item_id, t.option_key, t.count, t.total FROM tallies t
      WHERE t.survey_id = ?1
        AND (SELECT count FROM tallies WHERE survey_id = ?1 AND question_id = '' AND item_id = '' AND option_key = '') % ?2 = 0
        AND NOT EXISTS (SELECT 1 FROM published_tallies p
                         WHERE p.survey_id = t.survey_id AND p.question_id = t.question_id AND p.item_id = t.item_id
                           AND p.option_key = t.option_key AND p.count = t.count)`,
    surveyId,
    k,
  );
}

/** Releases the raw responses (for exports and texts) at the same moments as the counters. */
export function releaseResponsesStatement(db: Db, surveyId: string, k: number): D1PreparedStatement {
  return db.prepare(
    `UPDATE responses SET released = 1
      WHERE survey_id = ?1 AND released = 0
        AND (SELECT count FROM tallies WHERE survey_id = ?1 AND question_id = '' AND item_id = '' AND option_key = '') % ?2 = 0`,
    surveyId,
    k,
  );
}
