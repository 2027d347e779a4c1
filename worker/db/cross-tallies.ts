import type { CrossCell, TallyCell } from '../domain/tally.ts';
import type { Db } from './client.ts';
import { SURVEY_STILL_OPEN } from './tallies.ts';

/** One upsert that adds a response's subgroup cells, to run in the batch that stores it. */
export function addToCrossTalliesStatement(db: Db, surveyId: string, version: number, cells: CrossCell[]): D1PreparedStatement {
  return db.prepare(
    `INSERT INTO cross_tallies (survey_id, by_question, by_option, question_id, item_id, option_key, count, total)
     SELECT ?1, c.value ->> 0, c.value ->> 1, c.value ->> 2, c.value ->> 3, c.value ->> 4, c.value ->> 5, c.value ->> 6 FROM json_each(?2) AS c
      WHERE ${SURVEY_STILL_OPEN}
     ON CONFLICT (survey_id, by_question, by_option, question_id, item_id, option_key)
     DO UPDATE SET count = count + excluded.count, total = total + excluded.total`,
    surveyId,
    JSON.stringify(cells.map((c) => [c.by, c.byOption, c.question, c.item, c.option, c.count, c.total])),
    version,
  );
}

/** Releases the subgroup counters at the same moments as the overall ones, writing only those that moved. */
export function releaseCrossTalliesStatement(db: Db, surveyId: string, k: number): D1PreparedStatement {
  return db.prepare(
    `INSERT OR REPLACE INTO published_cross_tallies (survey_id, by_question, by_option, question_id, item_id, option_key, count, total)
     SELECT t.survey_id, t.by_question, t.by_option, t.question_id, t.item_id, t.option_key, t.count, t.total FROM cross_tallies t
      WHERE t.survey_id = ?1
        AND (SELECT count FROM tallies WHERE survey_id = ?1 AND question_id = '' AND item_id = '' AND option_key = '') % ?2 = 0
        AND NOT EXISTS (SELECT 1 FROM published_cross_tallies p
                         WHERE p.survey_id = t.survey_id AND p.by_question = t.by_question AND p.by_option = t.by_option
                           AND p.question_id = t.question_id AND p.item_id = t.item_id AND p.option_key = t.option_key
                           AND p.count = t.count)`,
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
