import type { Answers } from '../../schema/answers.ts';
import type { AtomTable, CoarseRow } from '../domain/release/digest.ts';
import { RESPONDENTS } from '../domain/release/measures.ts';
import type { PastRelease, ReleasePlan } from '../domain/release/plan.ts';
import type { Snapshot } from '../domain/release/snapshot.ts';
import type { Db } from './client.ts';

/** A release as coordinators see it listed. */
export type ReleaseInfo = { number: number; madeAt: string; kind: 'scheduled' | 'closing'; responses: number };

type ReleaseRow = { number: number; made_at: string; kind: 'scheduled' | 'closing'; responses: number };
const toInfo = (r: ReleaseRow): ReleaseInfo => ({ number: r.number, madeAt: r.made_at, kind: r.kind, responses: r.responses });

/** Every raw response of a survey: read only to make a release (O(responses)), never to show results. */
export async function rawAnswersOfSurvey(db: Db, surveyId: string): Promise<Answers[]> {
  const rows = await db.all<{ answers: string }>(db.prepare('SELECT answers FROM responses WHERE survey_id = ?', surveyId));
  return rows.map((row) => JSON.parse(row.answers) as Answers);
}

export async function responseCountOfSurvey(db: Db, surveyId: string): Promise<number> {
  return (await db.first<{ n: number }>(db.prepare('SELECT COUNT(*) AS n FROM responses WHERE survey_id = ?', surveyId)))?.n ?? 0;
}

/** Atoms are stored compactly: per profile its respondents, and only the measures that concern fewer of them. */
export function encodeAtoms(atoms: AtomTable, measures: readonly string[]): string {
  return JSON.stringify(
    [...atoms].map(([profile, counts]) => {
      const n = counts.get(RESPONDENTS) ?? 0;
      const differing: Record<string, number> = {};
      for (const m of measures) if ((counts.get(m) ?? 0) !== n) differing[m] = counts.get(m) ?? 0;
      return [profile, n, differing];
    }),
  );
}

export function decodeAtoms(json: string, measures: readonly string[]): AtomTable {
  const table: AtomTable = new Map();
  for (const [profile, n, differing] of JSON.parse(json) as [string, number, Record<string, number>][]) {
    const counts = new Map<string, number>([[RESPONDENTS, n]]);
    for (const m of measures) if (m !== RESPONDENTS) counts.set(m, differing[m] ?? n);
    table.set(profile, counts);
  }
  return table;
}

/** The releases made so far, with what the disclosure check of the next one needs. */
export async function pastReleases(db: Db, surveyId: string, measures: readonly string[]): Promise<(ReleaseInfo & PastRelease)[]> {
  const rows = await db.all<ReleaseRow & { plan: string; atoms: string | null }>(
    db.prepare('SELECT number, made_at, kind, responses, plan, atoms FROM releases WHERE survey_id = ? ORDER BY number', surveyId),
  );
  return rows.map((r) => ({ ...toInfo(r), plan: JSON.parse(r.plan) as ReleasePlan, atoms: r.atoms === null ? new Map() : decodeAtoms(r.atoms, measures) }));
}

export async function releasesOfSurvey(db: Db, surveyId: string): Promise<ReleaseInfo[]> {
  const rows = await db.all<ReleaseRow>(db.prepare('SELECT number, made_at, kind, responses FROM releases WHERE survey_id = ? ORDER BY number', surveyId));
  return rows.map(toInfo);
}

export async function latestRelease(db: Db, surveyId: string): Promise<ReleaseInfo | null> {
  const row = await db.first<ReleaseRow>(
    db.prepare('SELECT number, made_at, kind, responses FROM releases WHERE survey_id = ? ORDER BY number DESC LIMIT 1', surveyId),
  );
  return row && toInfo(row);
}

/** JSON arrays bound as one parameter each, kept well under D1's size limits. */
function chunks<T>(items: readonly T[], maxBytes = 200_000): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const item of items) {
    const json = JSON.stringify(item);
    if (size + json.length > maxBytes && current.length > 0) {
      out.push(`[${current.join(',')}]`);
      current = [];
      size = 0;
    }
    current.push(json);
    size += json.length + 1;
  }
  if (current.length > 0) out.push(`[${current.join(',')}]`);
  return out;
}

export type NewRelease = {
  surveyId: string;
  number: number;
  madeAt: string;
  kind: 'scheduled' | 'closing';
  snapshot: Snapshot;
  measures: readonly string[];
  nextReleaseAt: string | null;
};

/**
 * Stores a release in one transaction: its row, the cells of every refreshed (view, measure), where
 * each withheld one stands, the released texts and rows. Guarded by the release number: two jobs
 * racing store one release, the other changes nothing.
 */
export async function storeRelease(db: Db, release: NewRelease): Promise<boolean> {
  const { surveyId, snapshot } = release;
  const statements: D1PreparedStatement[] = [
    db.prepare(
      `INSERT INTO releases (survey_id, number, made_at, kind, responses, plan, atoms)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7
        WHERE NOT EXISTS (SELECT 1 FROM releases WHERE survey_id = ?1 AND number >= ?2)`,
      surveyId,
      release.number,
      release.madeAt,
      release.kind,
      snapshot.responses,
      JSON.stringify(snapshot.plan),
      encodeAtoms(snapshot.atoms, release.measures),
    ),
  ];
  // Every following write checks it belongs to the release just inserted (and not to a racing one).
  const mine = `EXISTS (SELECT 1 FROM releases WHERE survey_id = ?1 AND number = ?2 AND made_at = ?3)`;
  const guard = [surveyId, release.number, release.madeAt] as const;
  for (const json of chunks(snapshot.replaced.map((r) => [r.view, r.measure])))
    statements.push(
      db.prepare(
        `DELETE FROM published_cells WHERE survey_id = ?1 AND ${mine}
            AND EXISTS (SELECT 1 FROM json_each(?4) AS r WHERE r.value ->> 0 = view AND r.value ->> 1 = measure)`,
        ...guard,
        json,
      ),
    );
  for (const json of chunks(snapshot.cells.map((c) => [c.view, c.measure, c.question, c.item, c.option, c.count, c.total])))
    statements.push(
      db.prepare(
        `INSERT INTO published_cells (survey_id, view, measure, question_id, item_id, option_key, count, total)
         SELECT ?1, c.value ->> 0, c.value ->> 1, c.value ->> 2, c.value ->> 3, c.value ->> 4, c.value ->> 5, c.value ->> 6
           FROM json_each(?4) AS c WHERE ${mine}`,
        ...guard,
        json,
      ),
    );
  for (const json of chunks(snapshot.states.map((s) => [s.view, s.measure, s.fresh ? 1 : 0, s.withheld])))
    statements.push(
      db.prepare(
        `INSERT INTO published_measures (survey_id, view, measure, release, withheld)
         SELECT ?1, s.value ->> 0, s.value ->> 1, CASE WHEN s.value ->> 2 = 1 THEN ?2 END, s.value ->> 3 FROM json_each(?4) AS s WHERE ${mine}
         ON CONFLICT (survey_id, view, measure) DO UPDATE
            SET release = CASE WHEN excluded.release IS NOT NULL THEN excluded.release ELSE published_measures.release END,
                withheld = excluded.withheld`,
        ...guard,
        json,
      ),
    );
  if (snapshot.texts.size > 0) {
    statements.push(
      db.prepare(
        `DELETE FROM release_texts WHERE survey_id = ?1 AND ${mine} AND question_id IN (SELECT value FROM json_each(?4))`,
        ...guard,
        JSON.stringify([...snapshot.texts.keys()]),
      ),
    );
    const texts = [...snapshot.texts].flatMap(([question, written]) => written.map((text) => [question, crypto.randomUUID(), text]));
    for (const json of chunks(texts))
      statements.push(
        db.prepare(
          `INSERT INTO release_texts (survey_id, question_id, id, text) SELECT ?1, t.value ->> 0, t.value ->> 1, t.value ->> 2 FROM json_each(?4) AS t WHERE ${mine}`,
          ...guard,
          json,
        ),
      );
  }
  statements.push(db.prepare(`DELETE FROM release_rows WHERE survey_id = ?1 AND ${mine}`, ...guard));
  for (const json of chunks(snapshot.rows.map((row) => [crypto.randomUUID(), JSON.stringify(row)])))
    statements.push(
      db.prepare(`INSERT INTO release_rows (survey_id, id, row) SELECT ?1, r.value ->> 0, r.value ->> 1 FROM json_each(?4) AS r WHERE ${mine}`, ...guard, json),
    );
  statements.push(db.prepare(`UPDATE surveys SET next_release_at = ?4 WHERE id = ?1 AND ${mine}`, ...guard, release.nextReleaseAt));
  const [inserted] = await db.batch(statements);
  return inserted?.meta.changes === 1;
}

export type DueSurvey = { id: string; organisationId: string | null; releaseHour: number };

/** Surveys the hourly job should look at now. */
export async function surveysDueForRelease(db: Db, now: string): Promise<DueSurvey[]> {
  const rows = await db.all<{ id: string; organisation_id: string | null; release_hour: number | null }>(
    db.prepare(
      `SELECT s.id, s.organisation_id, o.release_hour FROM surveys s LEFT JOIN organisations o ON o.id = s.organisation_id
        WHERE s.next_release_at IS NOT NULL AND s.next_release_at <= ? AND s.status <> 'draft' AND s.purged_on IS NULL`,
      now,
    ),
  );
  return rows.map((r) => ({ id: r.id, organisationId: r.organisation_id, releaseHour: r.release_hour ?? DEFAULT_RELEASE_HOUR }));
}

export const DEFAULT_RELEASE_HOUR = 7;

export async function setNextReleaseAt(db: Db, surveyId: string, at: string | null): Promise<void> {
  await db.run(db.prepare('UPDATE surveys SET next_release_at = ? WHERE id = ?', at, surveyId));
}

export async function releaseHourOfSurvey(db: Db, surveyId: string): Promise<number> {
  const row = await db.first<{ release_hour: number | null }>(
    db.prepare('SELECT o.release_hour FROM surveys s LEFT JOIN organisations o ON o.id = s.organisation_id WHERE s.id = ?', surveyId),
  );
  return row?.release_hour ?? DEFAULT_RELEASE_HOUR;
}

/** The coarsened rows of the latest release, for row exports (owners, closed surveys): O(responses). */
export async function releasedRows(db: Db, surveyId: string): Promise<CoarseRow[]> {
  const rows = await db.all<{ row: string }>(db.prepare('SELECT row FROM release_rows WHERE survey_id = ?', surveyId));
  return rows.map((r) => JSON.parse(r.row) as CoarseRow);
}

/** The texts of one question as last released. */
export async function releasedTexts(db: Db, surveyId: string, questionId: string): Promise<string[]> {
  const rows = await db.all<{ text: string }>(db.prepare('SELECT text FROM release_texts WHERE survey_id = ? AND question_id = ?', surveyId, questionId));
  return rows.map((r) => r.text);
}
