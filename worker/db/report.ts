import type { CodeBatch } from '../../schema/report.ts';
import type { Withheld } from '../../schema/results.ts';
import type { MeasureState, PublishedView } from '../domain/results.ts';
import type { TallyCell } from '../domain/tally.ts';
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

export type ReportReads = {
  overall: PublishedView;
  groups: Map<string, PublishedView>;
  release: ReleaseInfo | null;
  invited: number | null;
  nextReleaseAt: string | null;
  codeBatches: CodeBatch[];
  waves: { survey: StoredSurvey; view: PublishedView; release: ReleaseInfo | null }[];
};

type CellRow = { survey_id: string; view: string; question_id: string; item_id: string; option_key: string; count: number; total: number };
type StateRow = { survey_id: string; view: string; measure: string; release: number | null; withheld: Withheld | null };
type ReleaseRow = { survey_id: string; number: number; made_at: string; kind: 'scheduled' | 'closing'; responses: number };

/**
 * Everything the scored report reads, in one D1 round trip: the measures it shows of everyone's
 * view, the score measures of one breakdown's groups, the latest release, the declared population,
 * the code batches, and every other wave's scores. O(measures × options) rows, never O(responses).
 */
export async function reportReads(
  db: Db,
  survey: { id: string; organisationId: string; waveFamily: string },
  wanted: { overall: readonly string[]; groups: readonly string[]; groupMeasures: readonly string[] },
): Promise<ReportReads> {
  // D1 wants exactly the parameters a statement uses: the wave family's are ?1–?3, the others follow.
  const family = [survey.organisationId, survey.id, survey.waveFamily] as const;
  const waves = `SELECT id FROM surveys WHERE organisation_id = ?1 AND id <> ?2 AND (slug = ?3 OR slug GLOB ?3 || '-vague-[0-9]*')`;
  const scores = "(measure = '#n' OR measure LIKE '#score:%')";
  const cellColumns = 'survey_id, view, question_id, item_id, option_key, count, total';
  const stateColumns = 'survey_id, view, measure, release, withheld';
  const overall = JSON.stringify(wanted.overall);
  const groups = JSON.stringify(wanted.groups);
  const groupMeasures = JSON.stringify(wanted.groupMeasures);
  const [overallCells, overallStates, groupCells, groupStates, releases, surveyRow, batches, waveRows, waveCells, waveStates] = await db.batch([
    db.prepare(
      `SELECT ${cellColumns} FROM published_cells WHERE survey_id = ?1 AND view = '' AND measure IN (SELECT value FROM json_each(?2))`,
      survey.id,
      overall,
    ),
    db.prepare(
      `SELECT ${stateColumns} FROM published_measures WHERE survey_id = ?1 AND view = '' AND measure IN (SELECT value FROM json_each(?2))`,
      survey.id,
      overall,
    ),
    db.prepare(
      `SELECT ${cellColumns} FROM published_cells WHERE survey_id = ?1 AND view IN (SELECT value FROM json_each(?2)) AND measure IN (SELECT value FROM json_each(?3))`,
      survey.id,
      groups,
      groupMeasures,
    ),
    db.prepare(
      `SELECT ${stateColumns} FROM published_measures WHERE survey_id = ?1 AND view IN (SELECT value FROM json_each(?2)) AND measure IN (SELECT value FROM json_each(?3))`,
      survey.id,
      groups,
      groupMeasures,
    ),
    db.prepare(
      `SELECT survey_id, number, made_at, kind, responses FROM releases r
        WHERE (survey_id = ?2 OR survey_id IN (${waves})) AND number = (SELECT MAX(number) FROM releases WHERE survey_id = r.survey_id)`,
      ...family,
    ),
    db.prepare('SELECT invited, next_release_at FROM surveys WHERE id = ?', survey.id),
    db.prepare('SELECT issued_at, issued_by, count, population FROM code_batches WHERE survey_id = ? ORDER BY issued_at', survey.id),
    db.prepare(`SELECT id, slug, status, definition, version FROM surveys WHERE id IN (${waves})`, ...family),
    db.prepare(`SELECT ${cellColumns} FROM published_cells WHERE survey_id IN (${waves}) AND view = '' AND ${scores}`, ...family),
    db.prepare(`SELECT ${stateColumns} FROM published_measures WHERE survey_id IN (${waves}) AND view = '' AND ${scores}`, ...family),
  ]);
  const views = new Map<string, { cells: TallyCell[]; states: Map<string, MeasureState> }>();
  const viewOf = (key: string) => {
    if (!views.has(key)) views.set(key, { cells: [], states: new Map() });
    return views.get(key)!;
  };
  for (const result of [overallCells!, groupCells!, waveCells!])
    for (const r of result.results as CellRow[])
      viewOf(`${r.survey_id}\u0000${r.view}`).cells.push({ question: r.question_id, item: r.item_id, option: r.option_key, count: r.count, total: r.total });
  for (const result of [overallStates!, groupStates!, waveStates!])
    for (const r of result.results as StateRow[]) viewOf(`${r.survey_id}\u0000${r.view}`).states.set(r.measure, { release: r.release, withheld: r.withheld });
  const latest = new Map(
    (releases!.results as ReleaseRow[]).map((r) => [r.survey_id, { number: r.number, madeAt: r.made_at, kind: r.kind, responses: r.responses }]),
  );
  const row = (surveyRow!.results as { invited: number | null; next_release_at: string | null }[])[0];
  const empty = (): PublishedView => ({ cells: [], states: new Map() });
  return {
    overall: views.get(`${survey.id}\u0000`) ?? empty(),
    groups: new Map(wanted.groups.map((g) => [g, views.get(`${survey.id}\u0000${g}`) ?? empty()])),
    release: latest.get(survey.id) ?? null,
    invited: row?.invited ?? null,
    nextReleaseAt: row?.next_release_at ?? null,
    codeBatches: (batches!.results as { issued_at: string; issued_by: string; count: number; population: number }[]).map((b) => ({
      issuedAt: b.issued_at,
      issuedBy: b.issued_by,
      count: b.count,
      population: b.population,
    })),
    waves: (waveRows!.results as SurveyRow[]).map((r) => ({
      survey: fromSurveyRow(r),
      view: views.get(`${r.id}\u0000`) ?? empty(),
      release: latest.get(r.id) ?? null,
    })),
  };
}
