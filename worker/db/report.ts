import type { TallyCell } from '../domain/tally.ts';
import { SCORES_QUESTION } from '../domain/scored-scales.ts';
import type { Db } from './client.ts';
import { fromSurveyRow, type StoredSurvey, type SurveyRow } from './surveys.ts';

type TallyRow = { question_id: string; item_id: string; option_key: string; count: number; total: number };
const toCell = (r: TallyRow): TallyCell => ({ question: r.question_id, item: r.item_id, option: r.option_key, count: r.count, total: r.total });

export async function setInvitedCount(db: Db, surveyId: string, invited: number | null): Promise<void> {
  await db.run(db.prepare('UPDATE surveys SET invited = ? WHERE id = ?', invited, surveyId));
}

export type ReportReads = {
  /** Released cells: the response count, the scores and the given questions (instrument items, breakdown questions). */
  cells: TallyCell[];
  /** Responses received so far (live). */
  collected: number;
  /** As the coordinator entered it; null until then. */
  invited: number | null;
  /** The asked-for breakdown's released subgroup counts and scores, by option. */
  byOption: Map<string, TallyCell[]> | undefined;
  /** The organisation's other waves of the survey (same slug before `-vague-N`). */
  waves: StoredSurvey[];
};

/**
 * Everything the report reads, in one D1 round trip: one index seek per question read, never the
 * whole survey, and O(options × scales) rows for a breakdown.
 */
export async function reportReads(
  db: Db,
  survey: { id: string; organisationId: string; waveFamily: string },
  questionIds: readonly string[],
  breakdown?: { question: string; options: readonly string[] },
): Promise<ReportReads> {
  const statements = [
    db.prepare(
      `SELECT question_id, item_id, option_key, count, total FROM published_tallies
        WHERE survey_id = ?1 AND question_id IN (SELECT value FROM json_each(?2))`,
      survey.id,
      JSON.stringify(['', SCORES_QUESTION, ...questionIds]),
    ),
    db.prepare(
      `SELECT (SELECT count FROM tallies WHERE survey_id = ?1 AND question_id = '' AND item_id = '' AND option_key = '') AS collected,
              invited FROM surveys WHERE id = ?1`,
      survey.id,
    ),
    db.prepare(
      `SELECT id, slug, status, definition, version FROM surveys
        WHERE organisation_id = ?1 AND id <> ?2 AND (slug = ?3 OR slug GLOB ?3 || '-vague-[0-9]*')`,
      survey.organisationId,
      survey.id,
      survey.waveFamily,
    ),
  ];
  if (breakdown)
    statements.push(
      db.prepare(
        `SELECT by_option, question_id, item_id, option_key, count, total FROM published_cross_tallies
          WHERE survey_id = ?1 AND by_question = ?2 AND by_option IN (SELECT value FROM json_each(?3)) AND question_id IN ('', ?4)`,
        survey.id,
        breakdown.question,
        JSON.stringify(breakdown.options),
        SCORES_QUESTION,
      ),
    );
  const [cells, counts, waves, cross] = await db.batch(statements);
  const count = (counts!.results as { collected: number | null; invited: number | null }[])[0];
  let byOption: Map<string, TallyCell[]> | undefined;
  if (cross) {
    byOption = new Map();
    for (const row of cross.results as (TallyRow & { by_option: string })[]) {
      const list = byOption.get(row.by_option) ?? [];
      list.push(toCell(row));
      byOption.set(row.by_option, list);
    }
  }
  return {
    cells: (cells!.results as TallyRow[]).map(toCell),
    collected: count?.collected ?? 0,
    invited: count?.invited ?? null,
    byOption,
    waves: (waves!.results as SurveyRow[]).map(fromSurveyRow),
  };
}

/** Released score counters and response counts of several surveys (other waves), by survey: O(waves × scales) rows. */
export async function publishedScoreCells(db: Db, surveyIds: readonly string[]): Promise<Map<string, TallyCell[]>> {
  const bySurvey = new Map<string, TallyCell[]>(surveyIds.map((id) => [id, []]));
  if (surveyIds.length === 0) return bySurvey;
  const rows = await db.all<TallyRow & { survey_id: string }>(
    db.prepare(
      `SELECT survey_id, question_id, item_id, option_key, count, total FROM published_tallies
        WHERE survey_id IN (SELECT value FROM json_each(?1)) AND question_id IN ('', ?2)`,
      JSON.stringify(surveyIds),
      SCORES_QUESTION,
    ),
  );
  for (const row of rows) bySurvey.get(row.survey_id)?.push(toCell(row));
  return bySurvey;
}
