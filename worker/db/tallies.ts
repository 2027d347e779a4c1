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

/** D1 binds at most 100 parameters per statement: 1 for the survey, 5 per cell. */
const CELLS_PER_STATEMENT = 19;

/** Upserts that add cells to a survey's counters, to run in the batch that stores the response. */
export function addToTalliesStatements(db: Db, surveyId: string, cells: TallyCell[]): D1PreparedStatement[] {
  const statements: D1PreparedStatement[] = [];
  for (let start = 0; start < cells.length; start += CELLS_PER_STATEMENT) {
    const chunk = cells.slice(start, start + CELLS_PER_STATEMENT);
    const params: unknown[] = [surveyId];
    const rows = chunk.map((cell, i) => {
      params.push(cell.question, cell.item, cell.option, cell.count, cell.total);
      const at = 2 + i * 5;
      return `(?1, ?${at}, ?${at + 1}, ?${at + 2}, ?${at + 3}, ?${at + 4})`;
    });
    statements.push(
      db.prepare(
        `INSERT INTO tallies (survey_id, question_id, item_id, option_key, count, total) VALUES ${rows.join(', ')}
         ON CONFLICT (survey_id, question_id, item_id, option_key)
         DO UPDATE SET count = count + excluded.count, total = total + excluded.total`,
        ...params,
      ),
    );
  }
  return statements;
}

/**
 * Copies the live counters to the published ones when the response count has just reached a
 * multiple of k; otherwise does nothing (SQLite checks the constant condition before scanning).
 */
export function releaseTalliesStatement(db: Db, surveyId: string, k: number): D1PreparedStatement {
  return db.prepare(
    `INSERT OR REPLACE INTO published_tallies (survey_id, question_id, item_id, option_key, count, total)
     SELECT survey_id, question_id, item_id, option_key, count, total FROM tallies
      WHERE survey_id = ?1
        AND (SELECT count FROM tallies WHERE survey_id = ?1 AND question_id = '' AND item_id = '' AND option_key = '') % ?2 = 0`,
    surveyId,
    k,
  );
}
