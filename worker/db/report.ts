import type { Withheld } from '../../schema/results.ts';
import type { MeasureState, PublishedView } from '../domain/results.ts';
import type { Db } from './client.ts';
import type { ReleaseInfo } from './releases.ts';
import { fromSurveyRow, type StoredSurvey, type SurveyRow } from './surveys.ts';

/** The declared population: people invited or present, as the coordinator entered it. */
export async function setInvitedCount(db: Db, surveyId: string, invited: number | null): Promise<void> {
  await db.run(db.prepare('UPDATE surveys SET invited = ? WHERE id = ?', invited, surveyId));
}

export async function invitedCount(db: Db, surveyId: string): Promise<number | null> {
  return (await db.first<{ invited: number | null }>(db.prepare('SELECT invited FROM surveys WHERE id = ?', surveyId)))?.invited ?? null;
}

/** The organisation's other waves of a survey (same slug before `-vague-N`). */
export async function otherWaves(db: Db, organisationId: string, surveyId: string, waveFamily: string): Promise<StoredSurvey[]> {
  const rows = await db.all<SurveyRow>(
    db.prepare(
      `SELECT id, slug, status, definition, version FROM surveys
        WHERE organisation_id = ?1 AND id <> ?2 AND (slug = ?3 OR slug GLOB ?3 || '-vague-[0-9]*')`,
      organisationId,
      surveyId,
      waveFamily,
    ),
  );
  return rows.map(fromSurveyRow);
}

/** Everyone's published respondents and scores of several surveys (other waves), with their latest release: O(waves × scales) rows. */
export async function publishedScoreViews(db: Db, surveyIds: readonly string[]): Promise<Map<string, { view: PublishedView; release: ReleaseInfo | null }>> {
  const out = new Map<string, { view: { cells: PublishedView['cells'][number][]; states: Map<string, MeasureState> }; release: ReleaseInfo | null }>(
    surveyIds.map((id) => [id, { view: { cells: [], states: new Map() }, release: null }]),
  );
  if (surveyIds.length === 0) return out;
  const ids = JSON.stringify(surveyIds);
  const scores = "(measure = '#n' OR measure LIKE '#score:%')";
  const [cells, states, releases] = await db.batch([
    db.prepare(
      `SELECT survey_id, question_id, item_id, option_key, count, total FROM published_cells
        WHERE survey_id IN (SELECT value FROM json_each(?1)) AND view = '' AND ${scores}`,
      ids,
    ),
    db.prepare(`SELECT survey_id, measure, release, withheld FROM published_measures WHERE survey_id IN (SELECT value FROM json_each(?1)) AND view = '' AND ${scores}`, ids),
    db.prepare(
      `SELECT survey_id, number, made_at, kind, responses FROM releases r
        WHERE survey_id IN (SELECT value FROM json_each(?1)) AND number = (SELECT MAX(number) FROM releases WHERE survey_id = r.survey_id)`,
      ids,
    ),
  ]);
  for (const r of cells!.results as { survey_id: string; question_id: string; item_id: string; option_key: string; count: number; total: number }[])
    out.get(r.survey_id)?.view.cells.push({ question: r.question_id, item: r.item_id, option: r.option_key, count: r.count, total: r.total });
  for (const r of states!.results as { survey_id: string; measure: string; release: number | null; withheld: Withheld | null }[])
    out.get(r.survey_id)?.view.states.set(r.measure, { release: r.release, withheld: r.withheld });
  for (const r of releases!.results as { survey_id: string; number: number; made_at: string; kind: 'scheduled' | 'closing'; responses: number }[]) {
    const entry = out.get(r.survey_id);
    if (entry) entry.release = { number: r.number, madeAt: r.made_at, kind: r.kind, responses: r.responses };
  }
  return out;
}
