import type { ArchiveIdeaBox, ArchiveLiveSession, ArchiveSurvey, OrganisationArchive } from '../../schema/archive.ts';
import type { Db } from './client.ts';
import { PUBLIC_SQL } from './ideas.ts';

type SurveyRow = {
  id: string;
  slug: string;
  status: ArchiveSurvey['status'];
  definition: string;
  version: number;
  created_at: string;
  updated_at: string;
  closed_on: string | null;
  purged_on: string | null;
  archived: number;
  invited: number | null;
};
type HistoryRow = { survey_id: string; version: number; edited_at: string; edited_by: string; changes: string; definition: string };
type ReleaseRow = { survey_id: string; number: number; made_at: string; kind: 'scheduled' | 'closing'; responses: number; plan: string };
type CellRow = { survey_id: string; view: string; measure: string; question_id: string; item_id: string; option_key: string; count: number; total: number };
type MeasureRow = { survey_id: string; view: string; measure: string; release: number | null; withheld: 'under_k' | 'deducible' | null };
type LiveRow = {
  id: string;
  title: string;
  definition: string;
  status: ArchiveLiveSession['status'];
  version: number;
  created_on: string;
  ended_on: string | null;
};
type QuestionRow = {
  session_id: string;
  question_id: string;
  state: 'idle' | 'open' | 'locked' | 'closed';
  revealed: number;
  round: number;
  opened_order: number | null;
  published: string | null;
};
type BoxRow = { id: string; slug: string; definition: string; version: number; created_on: string };
type IdeaRow = {
  id: string;
  box_id: string;
  theme: string;
  text: string;
  source: ArchiveIdeaBox['ideas'][number]['source'];
  status: ArchiveIdeaBox['ideas'][number]['status'];
  answer: string | null;
  supports: number;
  history: string;
  created_on: string;
  answered_on: string | null;
  settled_on: string | null;
};

const ofOrgSurveys = 'survey_id IN (SELECT id FROM surveys WHERE organisation_id = ?1)';
const parse = <T>(json: string) => JSON.parse(json) as T;
const by = <R, K extends keyof R>(rows: R[], key: K) => {
  const out = new Map<R[K], R[]>();
  for (const row of rows) out.set(row[key], [...(out.get(row[key]) ?? []), row]);
  return out;
};

/**
 * Everything an organisation's archive holds, read in one round trip (schema/archive.ts): no raw
 * response, vote, code, receipt, password hash, session or token is selected. Null if no such organisation.
 */
export async function organisationArchive(db: Db, orgId: string, exportedAt: string): Promise<OrganisationArchive | null> {
  const results = await db.batch([
    db.prepare('SELECT name, release_hour, created_at FROM organisations WHERE id = ?1', orgId),
    db.prepare('SELECT u.name, u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = ?1 ORDER BY u.email', orgId),
    db.prepare(
      'SELECT id, slug, status, definition, version, created_at, updated_at, closed_on, purged_on, archived, invited FROM surveys WHERE organisation_id = ?1 ORDER BY created_at, id',
      orgId,
    ),
    db.prepare(
      `SELECT survey_id, version, edited_at, edited_by, changes, definition FROM survey_history WHERE ${ofOrgSurveys} ORDER BY survey_id, version`,
      orgId,
    ),
    db.prepare(`SELECT survey_id, number, made_at, kind, responses, plan FROM releases WHERE ${ofOrgSurveys} ORDER BY survey_id, number`, orgId),
    db.prepare(
      `SELECT survey_id, view, measure, question_id, item_id, option_key, count, total FROM published_cells WHERE ${ofOrgSurveys} ORDER BY survey_id, view, question_id, item_id, option_key`,
      orgId,
    ),
    db.prepare(`SELECT survey_id, view, measure, release, withheld FROM published_measures WHERE ${ofOrgSurveys} ORDER BY survey_id, view, measure`, orgId),
    db.prepare(
      'SELECT id, title, definition, status, version, created_on, ended_on FROM live_sessions WHERE organisation_id = ?1 ORDER BY created_on, id',
      orgId,
    ),
    db.prepare(
      `SELECT session_id, question_id, state, revealed, round, opened_order, published FROM live_question_states
        WHERE session_id IN (SELECT id FROM live_sessions WHERE organisation_id = ?1) ORDER BY session_id, question_id`,
      orgId,
    ),
    db.prepare('SELECT id, slug, definition, version, created_on FROM idea_boxes WHERE organisation_id = ?1 ORDER BY created_on, id', orgId),
    db.prepare(
      `SELECT id, box_id, theme, text, source, status, answer, supports, history, created_on, answered_on, settled_on FROM ideas
        WHERE box_id IN (SELECT id FROM idea_boxes WHERE organisation_id = ?1) AND status IN ${PUBLIC_SQL} AND root_id = id ORDER BY created_on, id`,
      orgId,
    ),
  ]);
  const [org] = results[0]!.results as { name: string; release_hour: number; created_at: string }[];
  if (!org) return null;
  const rows = <T>(i: number) => results[i]!.results as T[];
  const history = by(rows<HistoryRow>(3), 'survey_id');
  const releases = by(rows<ReleaseRow>(4), 'survey_id');
  const cells = by(rows<CellRow>(5), 'survey_id');
  const measures = by(rows<MeasureRow>(6), 'survey_id');
  const questions = by(rows<QuestionRow>(8), 'session_id');
  const ideas = by(rows<IdeaRow>(10), 'box_id');
  return {
    format: 'pouls-archive',
    version: 1,
    exportedAt,
    organisation: { name: org.name, releaseHour: org.release_hour, createdAt: org.created_at },
    members: rows<{ name: string; email: string; role: 'owner' | 'editor' | 'viewer' }>(1).map((m) => ({ name: m.name, email: m.email, role: m.role })),
    surveys: rows<SurveyRow>(2).map((s) => ({
      id: s.id,
      slug: s.slug,
      status: s.status,
      definition: parse(s.definition),
      version: s.version,
      createdAt: s.created_at,
      updatedAt: s.updated_at,
      closedOn: s.closed_on,
      purgedOn: s.purged_on,
      archived: s.archived === 1,
      invited: s.invited,
      history: (history.get(s.id) ?? []).map((h) => ({
        version: h.version,
        editedAt: h.edited_at,
        editedBy: h.edited_by,
        changes: parse(h.changes),
        definition: parse(h.definition),
      })),
      releases: (releases.get(s.id) ?? []).map((r) => ({ number: r.number, madeAt: r.made_at, kind: r.kind, responses: r.responses, plan: parse(r.plan) })),
      publishedCells: (cells.get(s.id) ?? []).map((c) => ({
        view: c.view,
        measure: c.measure,
        questionId: c.question_id,
        itemId: c.item_id,
        optionKey: c.option_key,
        count: c.count,
        total: c.total,
      })),
      publishedMeasures: (measures.get(s.id) ?? []).map((m) => ({ view: m.view, measure: m.measure, release: m.release, withheld: m.withheld })),
    })),
    liveSessions: rows<LiveRow>(7).map((l) => ({
      id: l.id,
      title: parse(l.title),
      definition: parse(l.definition),
      status: l.status,
      version: l.version,
      createdOn: l.created_on,
      endedOn: l.ended_on,
      questions: (questions.get(l.id) ?? []).map((q) => ({
        questionId: q.question_id,
        state: q.state,
        revealed: q.revealed === 1,
        round: q.round,
        openedOrder: q.opened_order,
        published: q.published === null ? null : parse(q.published),
      })),
    })),
    ideaBoxes: rows<BoxRow>(9).map((b) => ({
      id: b.id,
      slug: b.slug,
      definition: parse(b.definition),
      version: b.version,
      createdOn: b.created_on,
      ideas: (ideas.get(b.id) ?? []).map((i) => ({
        id: i.id,
        theme: i.theme,
        text: i.text,
        source: i.source,
        status: i.status,
        answer: i.answer === null ? null : parse(i.answer),
        supports: i.supports,
        history: parse(i.history),
        createdOn: i.created_on,
        answeredOn: i.answered_on,
        settledOn: i.settled_on,
      })),
    })),
  };
}

/** Which of `slugs` surveys and idea boxes already use (slugs are unique per instance). */
export async function takenSlugs(db: Db, slugs: string[]): Promise<Set<string>> {
  const list = JSON.stringify(slugs);
  const [surveys, boxes] = await db.batch([
    db.prepare('SELECT slug FROM surveys WHERE slug IN (SELECT value FROM json_each(?1))', list),
    db.prepare('SELECT slug FROM idea_boxes WHERE slug IN (SELECT value FROM json_each(?1))', list),
  ]);
  return new Set([...(surveys!.results as { slug: string }[]), ...(boxes!.results as { slug: string }[])].map((r) => r.slug));
}

/** Which of `codes` live sessions already use as join codes. */
export async function takenJoinCodes(db: Db, codes: string[]): Promise<Set<string>> {
  const rows = await db.all<{ join_code: string }>(
    db.prepare('SELECT join_code FROM live_sessions WHERE join_code IN (SELECT value FROM json_each(?1))', JSON.stringify(codes)),
  );
  return new Set(rows.map((r) => r.join_code));
}

/**
 * An archive as it goes into D1: ids, slugs, join codes, search ids and member keys already chosen by
 * the caller (services/archive-import.ts), statuses already settled.
 */
export type ArchiveToInsert = {
  organisation: { id: string; name: string; releaseHour: number; createdAt: string; ownerId: string };
  surveys: (ArchiveSurvey & { organisationId: string })[];
  liveSessions: (ArchiveLiveSession & { joinCode: string })[];
  ideaBoxes: (Omit<ArchiveIdeaBox, 'ideas'> & { memberKey: string | null; ideas: (ArchiveIdeaBox['ideas'][number] & { searchId: number })[] })[];
};

/** Writes an archive as a new organisation, all or nothing (one D1 transaction). */
export async function insertOrganisationArchive(db: Db, archive: ArchiveToInsert): Promise<void> {
  const { organisation: org } = archive;
  const statements: D1PreparedStatement[] = [
    db.prepare('INSERT INTO organisations (id, name, created_at, release_hour) VALUES (?, ?, ?, ?)', org.id, org.name, org.createdAt, org.releaseHour),
    db.prepare("INSERT INTO memberships (organisation_id, user_id, role) VALUES (?, ?, 'owner')", org.id, org.ownerId),
  ];
  for (const s of archive.surveys) {
    statements.push(
      db.prepare(
        `INSERT INTO surveys (id, slug, status, definition, version, created_at, updated_at, organisation_id, closed_on, purged_on, archived, invited)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        s.id,
        s.slug,
        s.status,
        JSON.stringify(s.definition),
        s.version,
        s.createdAt,
        s.updatedAt,
        org.id,
        s.closedOn,
        s.purgedOn,
        s.archived ? 1 : 0,
        s.invited,
      ),
      db.prepare(
        `INSERT INTO survey_history (survey_id, version, edited_at, edited_by, changes, definition)
         SELECT ?1, value ->> 'version', value ->> 'editedAt', value ->> 'editedBy', value -> 'changes', value -> 'definition' FROM json_each(?2)`,
        s.id,
        JSON.stringify(s.history),
      ),
      db.prepare(
        `INSERT INTO releases (survey_id, number, made_at, kind, responses, plan)
         SELECT ?1, value ->> 'number', value ->> 'madeAt', value ->> 'kind', value ->> 'responses', value -> 'plan' FROM json_each(?2)`,
        s.id,
        JSON.stringify(s.releases),
      ),
      db.prepare(
        `INSERT INTO published_cells (survey_id, view, measure, question_id, item_id, option_key, count, total)
         SELECT ?1, value ->> 'view', value ->> 'measure', value ->> 'questionId', value ->> 'itemId', value ->> 'optionKey', value ->> 'count', value ->> 'total' FROM json_each(?2)`,
        s.id,
        JSON.stringify(s.publishedCells),
      ),
      db.prepare(
        `INSERT INTO published_measures (survey_id, view, measure, release, withheld)
         SELECT ?1, value ->> 'view', value ->> 'measure', value ->> 'release', value ->> 'withheld' FROM json_each(?2)`,
        s.id,
        JSON.stringify(s.publishedMeasures),
      ),
    );
  }
  for (const l of archive.liveSessions) {
    statements.push(
      db.prepare(
        'INSERT INTO live_sessions (id, organisation_id, join_code, title, definition, status, version, created_on, ended_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        l.id,
        org.id,
        l.joinCode,
        JSON.stringify(l.title),
        JSON.stringify(l.definition),
        l.status,
        l.version,
        l.createdOn,
        l.endedOn,
      ),
      db.prepare(
        `INSERT INTO live_question_states (session_id, question_id, state, revealed, round, opened_order, published)
         SELECT ?1, value ->> 'questionId', value ->> 'state', value ->> 'revealed', value ->> 'round', value ->> 'openedOrder',
                CASE WHEN value ->> 'published' IS NULL THEN NULL ELSE value -> 'published' END FROM json_each(?2)`,
        l.id,
        JSON.stringify(l.questions.map((q) => ({ ...q, revealed: q.revealed ? 1 : 0 }))),
      ),
    );
  }
  for (const b of archive.ideaBoxes) {
    statements.push(
      db.prepare(
        'INSERT INTO idea_boxes (id, organisation_id, slug, definition, member_key, version, created_on) VALUES (?, ?, ?, ?, ?, ?, ?)',
        b.id,
        org.id,
        b.slug,
        JSON.stringify(b.definition),
        b.memberKey,
        b.version,
        b.createdOn,
      ),
      // Supports come without their devices' rows: they are carried as the family's floor.
      db.prepare(
        `INSERT INTO ideas (id, box_id, search_id, theme, text, source, status, answer, root_id, supports, supports_max, floor_count, history, created_on, answered_on, settled_on)
         SELECT value ->> 'id', ?1, value ->> 'searchId', value ->> 'theme', value ->> 'text', value ->> 'source', value ->> 'status',
                CASE WHEN value ->> 'answer' IS NULL THEN NULL ELSE value -> 'answer' END, value ->> 'id',
                value ->> 'supports', value ->> 'supports', value ->> 'supports', value -> 'history', value ->> 'createdOn', value ->> 'answeredOn', value ->> 'settledOn'
           FROM json_each(?2)`,
        b.id,
        JSON.stringify(b.ideas),
      ),
      db.prepare(`INSERT INTO ideas_fts (rowid, text) SELECT search_id, text FROM ideas WHERE box_id = ? AND status IN ${PUBLIC_SQL}`, b.id),
    );
  }
  await db.batch(statements);
}
