import type { TallyCell } from '../domain/tally.ts';
import { SCORES_QUESTION } from '../domain/scored-scales.ts';
import type { Db } from './client.ts';

type TallyRow = { question_id: string; item_id: string; option_key: string; count: number; total: number };
const toCell = (r: TallyRow): TallyCell => ({ question: r.question_id, item: r.item_id, option: r.option_key, count: r.count, total: r.total });
import { fromSurveyRow, type StoredSurvey, type SurveyRow } from './surveys.ts';

/** How many people the coordinator says were invited or present; null until entered. */
export async function invitedCount(db: Db, surveyId: string): Promise<number | null> {
  const row = await db.first<{ invited: number | null }>(db.prepare('SELECT invited FROM surveys WHERE id = ?', surveyId));
  return row?.invited ?? null;
}

export async function setInvitedCount(db: Db, surveyId: string, invited: number | null): Promise<void> {
  await db.run(db.prepare('UPDATE surveys SET invited = ? WHERE id = ?', invited, surveyId));
}

/** The organisation's other waves of a survey: same slug before `-vague-N`. */
export async function otherWaves(db: Db, organisationId: string, surveyId: string, family: string): Promise<StoredSurvey[]> {
  const rows = await db.all<SurveyRow>(
    db.prepare(
      `SELECT id, slug, status, definition, version FROM surveys
        WHERE organisation_id = ?1 AND id <> ?2 AND (slug = ?3 OR slug GLOB ?3 || '-vague-[0-9]*')`,
      organisationId,
      surveyId,
      family,
    ),
  );
  return rows.map(fromSurveyRow);
}

/**
 * The released cells the report reads: the response count, the scores and the given questions
 * (the instruments' items, the breakdown questions) — one index seek per question, not the whole survey.
 */
export async function publishedReportCells(db: Db, surveyId: string, questionIds: readonly string[]): Promise<TallyCell[]> {
  const ids = ['', SCORES_QUESTION, ...questionIds];
  const rows = await db.all<TallyRow>(
    db.prepare(
      `SELECT question_id, item_id, option_key, count, total FROM published_tallies
        WHERE survey_id = ?1 AND question_id IN (SELECT value FROM json_each(?2))`,
      surveyId,
      JSON.stringify(ids),
    ),
  );
  return rows.map(toCell);
}

/** One breakdown's released subgroup counts and scores, option by option: O(options × scales) rows. */
export async function publishedReportCrossCells(db: Db, surveyId: string, byQuestion: string, options: readonly string[]): Promise<Map<string, TallyCell[]>> {
  const rows = await db.all<TallyRow & { by_option: string }>(
    db.prepare(
      `SELECT by_option, question_id, item_id, option_key, count, total FROM published_cross_tallies
        WHERE survey_id = ?1 AND by_question = ?2 AND by_option IN (SELECT value FROM json_each(?3)) AND question_id IN ('', ?4)`,
      surveyId,
      byQuestion,
      JSON.stringify(options),
      SCORES_QUESTION,
    ),
  );
  const byOption = new Map<string, TallyCell[]>();
  for (const row of rows) {
    const list = byOption.get(row.by_option) ?? [];
    list.push(toCell(row));
    byOption.set(row.by_option, list);
  }
  return byOption;
}

/** A survey's released score counters and response count: O(scales) rows. */
export async function publishedScoreCells(db: Db, surveyId: string): Promise<TallyCell[]> {
  const rows = await db.all<TallyRow>(
    db.prepare(
      `SELECT question_id, item_id, option_key, count, total FROM published_tallies WHERE survey_id = ?1 AND question_id IN ('', ?2)`,
      surveyId,
      SCORES_QUESTION,
    ),
  );
  return rows.map(toCell);
}
