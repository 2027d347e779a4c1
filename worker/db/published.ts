import type { Withheld } from '../../schema/results.ts';
import type { GroupKey } from '../domain/release/profile.ts';
import type { MeasureState, PublishedView } from '../domain/results.ts';
import type { TallyCell } from '../domain/tally.ts';
import type { Db } from './client.ts';

type CellRow = { view: string; question_id: string; item_id: string; option_key: string; count: number; total: number };
type StateRow = { view: string; measure: string; release: number | null; withheld: Withheld | null };

const toCell = (r: CellRow): TallyCell => ({ question: r.question_id, item: r.item_id, option: r.option_key, count: r.count, total: r.total });

function group(cells: CellRow[], states: StateRow[], views: readonly GroupKey[]): Map<GroupKey, PublishedView> {
  const out = new Map<GroupKey, { cells: TallyCell[]; states: Map<string, MeasureState> }>(views.map((v) => [v, { cells: [], states: new Map() }]));
  for (const row of cells) out.get(row.view)?.cells.push(toCell(row));
  for (const row of states) out.get(row.view)?.states.set(row.measure, { release: row.release, withheld: row.withheld });
  return out;
}

/**
 * Published views of a survey (everyone '' and groups), optionally only some measures' cells:
 * one D1 round trip, O(views × cells) rows, whatever the number of responses.
 */
export async function publishedViews(
  db: Db,
  surveyId: string,
  views: readonly GroupKey[],
  measures?: readonly string[],
): Promise<Map<GroupKey, PublishedView>> {
  const viewList = JSON.stringify(views);
  const measureFilter = measures ? ' AND measure IN (SELECT value FROM json_each(?3))' : '';
  const params = measures ? [surveyId, viewList, JSON.stringify(measures)] : [surveyId, viewList];
  const [cells, states] = await db.batch([
    db.prepare(
      `SELECT view, question_id, item_id, option_key, count, total FROM published_cells
        WHERE survey_id = ?1 AND view IN (SELECT value FROM json_each(?2))${measureFilter}`,
      ...params,
    ),
    db.prepare(
      `SELECT view, measure, release, withheld FROM published_measures WHERE survey_id = ?1 AND view IN (SELECT value FROM json_each(?2))${measureFilter}`,
      ...params,
    ),
  ]);
  return group(cells!.results as CellRow[], states!.results as StateRow[], views);
}

export async function publishedView(db: Db, surveyId: string, view: GroupKey): Promise<PublishedView> {
  return (await publishedViews(db, surveyId, [view])).get(view)!;
}

/** Per group view ever published, where its count stands: for the list of filters coordinators can pick. */
export async function groupStates(db: Db, surveyId: string): Promise<Map<GroupKey, MeasureState & { respondents: number | null }>> {
  const rows = await db.all<{ view: string; release: number | null; withheld: Withheld | null; respondents: number | null }>(
    db.prepare(
      `SELECT m.view, m.release, m.withheld,
              (SELECT c.count FROM published_cells c WHERE c.survey_id = m.survey_id AND c.view = m.view AND c.question_id = '' AND c.item_id = '' AND c.option_key = '') AS respondents
         FROM published_measures m WHERE m.survey_id = ? AND m.view <> '' AND m.measure = '#n'`,
      surveyId,
    ),
  );
  return new Map(rows.map((r) => [r.view, { release: r.release, withheld: r.withheld, respondents: r.respondents }]));
}
