import type { TallyCell } from '../domain/tally.ts';
import { SCORES_QUESTION } from '../domain/scored-scales.ts';
import type { Db } from './client.ts';
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

/** A survey's released score counters and response count: O(scales) rows. */
export async function publishedScoreCells(db: Db, surveyId: string): Promise<TallyCell[]> {
  const rows = await db.all<{ question_id: string; item_id: string; option_key: string; count: number; total: number }>(
    db.prepare(
      `SELECT question_id, item_id, option_key, count, total FROM published_tallies
        WHERE survey_id = ?1 AND (question_id = ?2 OR (question_id = '' AND item_id = '' AND option_key = ''))`,
      surveyId,
      SCORES_QUESTION,
    ),
  );
  return rows.map((r) => ({ question: r.question_id, item: r.item_id, option: r.option_key, count: r.count, total: r.total }));
}
