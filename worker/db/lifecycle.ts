import type { Db } from './client.ts';

/** What happened to a survey besides its definition: when it closed, when its raw responses were deleted, whether it is archived. */
export type SurveyLifecycle = { closedOn: string | null; purgedOn: string | null; archived: boolean };

export async function surveyLifecycle(db: Db, surveyId: string): Promise<SurveyLifecycle | null> {
  const row = await db.first<{ closed_on: string | null; purged_on: string | null; archived: number }>(
    db.prepare('SELECT closed_on, purged_on, archived FROM surveys WHERE id = ?', surveyId),
  );
  return row && { closedOn: row.closed_on, purgedOn: row.purged_on, archived: row.archived === 1 };
}

/** Archiving only tidies the coordinators' list: the definition and its version stay as they are. */
export async function updateSurveyArchived(db: Db, surveyId: string, archived: boolean): Promise<void> {
  await db.run(db.prepare('UPDATE surveys SET archived = ?, updated_at = ? WHERE id = ?', archived ? 1 : 0, new Date().toISOString(), surveyId));
}
