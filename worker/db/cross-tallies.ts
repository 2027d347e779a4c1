import type { CrossCell, TallyCell } from '../domain/tally.ts';
import type { Db } from './client.ts';

/** D1 binds at most 100 parameters per statement: 1 for the survey, 7 per cell. */
const CELLS_PER_STATEMENT = 14;

/** Upserts that add a response's subgroup cells, to run in the batch that stores it. */
export function addToCrossTalliesStatements(db: Db, surveyId: string, cells: CrossCell[]): D1PreparedStatement[] {
  const statements: D1PreparedStatement[] = [];
  for (let start = 0; start < cells.length; start += CELLS_PER_STATEMENT) {
    const chunk = cells.slice(start, start + CELLS_PER_STATEMENT);
    const params: unknown[] = [surveyId];
    const rows = chunk.map((cell, i) => {
      params.push(cell.by, cell.byOption, cell.question, cell.item, cell.option, cell.count, cell.total);
      const at = 2 + i * 7;
      return `(?1, ${Array.from({ length: 7 }, (_, j) => `?${at + j}`).join(', ')})`;
    });
    statements.push(
      db.prepare(
        `INSERT INTO cross_tallies (survey_id, by_question, by_option, question_id, item_id, option_key, count, total) VALUES ${rows.join(', ')}
         ON CONFLICT (survey_id, by_question, by_option, question_id, item_id, option_key)
         DO UPDATE SET count = count + excluded.count, total = total + excluded.total`,
        ...params,
      ),
    );
  }
  return statements;
}

/** Releases the subgroup counters at the same moments as the overall ones (a multiple of k responses). */
export function releaseCrossTalliesStatement(db: Db, surveyId: string, k: number): D1PreparedStatement {
  return db.prepare(
    `INSERT OR REPLACE INTO published_cross_tallies (survey_id, by_question, by_option, question_id, item_id, option_key, count, total)
     SELECT survey_id, by_question, by_option, question_id, item_id, option_key, count, total FROM cross_tallies
      WHERE survey_id = ?1
        AND (SELECT count FROM tallies WHERE survey_id = ?1 AND question_id = '' AND item_id = '' AND option_key = '') % ?2 = 0`,
    surveyId,
    k,
  );
}

type CrossRow = { by_option: string; question_id: string; item_id: string; option_key: string; count: number; total: number };

/** Released subgroup counters of one breakdown question, by option: O(options × cells) rows. */
export async function publishedCrossTallies(db: Db, surveyId: string, byQuestion: string): Promise<Map<string, TallyCell[]>> {
  const rows = await db.all<CrossRow>(
    db.prepare(
      'SELECT by_option, question_id, item_id, option_key, count, total FROM published_cross_tallies WHERE survey_id = ? AND by_question = ?',
      surveyId,
      byQuestion,
    ),
  );
  const byOption = new Map<string, TallyCell[]>();
  for (const r of rows) {
    const cell = { question: r.question_id, item: r.item_id, option: r.option_key, count: r.count, total: r.total };
    const list = byOption.get(r.by_option);
    if (list) list.push(cell);
    else byOption.set(r.by_option, [cell]);
  }
  return byOption;
}
