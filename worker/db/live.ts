import type { LiveQuestionState, LiveSessionInput, LiveSessionSummary } from '../../schema/live.ts';
import type { CardRecord, IdeaRecord, IdeaVoteRecord, QuestionStateRecord, SessionRecord, SessionStatus } from '../domain/live/model.ts';
import type { PublishedState } from '../domain/live/release.ts';
import type { Db } from './client.ts';

type SessionRow = {
  id: string;
  organisation_id: string;
  join_code: string;
  title: string;
  definition: string;
  status: SessionStatus;
  version: number;
  created_on: string;
  ended_on: string | null;
};

function fromSessionRow(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    code: row.join_code,
    title: JSON.parse(row.title),
    definition: JSON.parse(row.definition) as LiveSessionInput,
    status: row.status,
    version: row.version,
    createdOn: row.created_on,
    endedOn: row.ended_on,
  };
}

const SESSION_COLUMNS = 'id, organisation_id, join_code, title, definition, status, version, created_on, ended_on';

export async function insertLiveSession(
  db: Db,
  session: { id: string; organisationId: string; code: string; definition: LiveSessionInput; day: string },
): Promise<void> {
  await db.run(
    db.prepare(
      'INSERT INTO live_sessions (id, organisation_id, join_code, title, definition, status, version, created_on) VALUES (?, ?, ?, ?, ?, ?, 1, ?)',
      session.id,
      session.organisationId,
      session.code,
      JSON.stringify(session.definition.title),
      JSON.stringify(session.definition),
      'draft',
      session.day,
    ),
  );
}

export async function liveSessionById(db: Db, id: string): Promise<SessionRecord | null> {
  const row = await db.first<SessionRow>(db.prepare(`SELECT ${SESSION_COLUMNS} FROM live_sessions WHERE id = ?`, id));
  return row && fromSessionRow(row);
}

/** The session's id, only if it belongs to the organisation. */
export async function liveSessionIdInOrganisation(db: Db, organisationId: string, id: string): Promise<string | null> {
  const row = await db.first<{ id: string }>(db.prepare('SELECT id FROM live_sessions WHERE id = ? AND organisation_id = ?', id, organisationId));
  return row?.id ?? null;
}

/** Whether a session exists (one indexed row, for ids the worker has not met yet). */
export async function liveSessionExists(db: Db, id: string): Promise<boolean> {
  return (await db.first<{ id: string }>(db.prepare('SELECT id FROM live_sessions WHERE id = ?', id))) !== null;
}

export async function liveSessionIdByCode(db: Db, code: string): Promise<string | null> {
  const row = await db.first<{ id: string }>(db.prepare('SELECT id FROM live_sessions WHERE join_code = ?', code));
  return row?.id ?? null;
}

export async function liveSessionSummaries(db: Db, organisationId: string): Promise<LiveSessionSummary[]> {
  const rows = await db.all<SessionRow>(
    db.prepare(`SELECT ${SESSION_COLUMNS} FROM live_sessions WHERE organisation_id = ? ORDER BY created_on DESC, id`, organisationId),
  );
  return rows.map((row) => {
    const s = fromSessionRow(row);
    return { id: s.id, code: s.code, title: s.title, status: s.status, questions: s.definition.questions.length, version: s.version };
  });
}

/** Replaces the definition only at the expected version; false when someone else saved first. */
export async function updateLiveDefinition(db: Db, id: string, definition: LiveSessionInput, version: number): Promise<boolean> {
  const result = await db.run(
    db.prepare(
      'UPDATE live_sessions SET definition = ?, title = ?, version = version + 1 WHERE id = ? AND version = ?',
      JSON.stringify(definition),
      JSON.stringify(definition.title),
      id,
      version,
    ),
  );
  return result.meta.changes === 1;
}

/** Ending dates the session (`day`, for retention); starting again clears the date. */
export function updateLiveStatusStatement(db: Db, id: string, status: SessionStatus, day: string | null = null): D1PreparedStatement {
  return db.prepare('UPDATE live_sessions SET status = ?, ended_on = ? WHERE id = ?', status, status === 'closed' ? day : null, id);
}

/** A session and everything recorded in it: votes, college counters, devices, ideas, upvotes, cards, question states (one transaction). */
export function deleteLiveSessionStatements(db: Db, id: string): D1PreparedStatement[] {
  return [
    ...['live_idea_votes', 'live_ideas', 'live_votes', 'live_college_tallies', 'live_devices', 'live_cards', 'live_question_states'].map((table) =>
      db.prepare(`DELETE FROM ${table} WHERE session_id = ?`, id),
    ),
    db.prepare('DELETE FROM live_sessions WHERE id = ?', id),
  ];
}

/** Ended sessions, with the day they ended, for the retention job. */
export async function endedLiveSessions(db: Db): Promise<{ id: string; endedOn: string }[]> {
  const rows = await db.all<{ id: string; ended_on: string }>(
    db.prepare("SELECT id, ended_on FROM live_sessions WHERE status = 'closed' AND ended_on IS NOT NULL"),
  );
  return rows.map((r) => ({ id: r.id, endedOn: r.ended_on }));
}

type StateRow = { question_id: string; state: LiveQuestionState; revealed: number; round: number; opened_order: number | null; published: string | null };

export async function liveQuestionStates(db: Db, sessionId: string): Promise<QuestionStateRecord[]> {
  const rows = await db.all<StateRow>(
    db.prepare('SELECT question_id, state, revealed, round, opened_order, published FROM live_question_states WHERE session_id = ?', sessionId),
  );
  return rows.map((r) => ({
    questionId: r.question_id,
    state: r.state,
    revealed: r.revealed === 1,
    round: r.round,
    openedOrder: r.opened_order,
    published: r.published ? publishedOf(JSON.parse(r.published) as Partial<PublishedState>) : null,
  }));
}

/** Rows written before the history was kept hold only `results`. */
const publishedOf = (stored: Partial<PublishedState>): PublishedState => ({
  results: stored.results ?? {},
  history: stored.history ?? { intervals: [], colleges: [] },
});

export function upsertLiveQuestionStateStatement(db: Db, sessionId: string, s: QuestionStateRecord): D1PreparedStatement {
  return db.prepare(
    `INSERT INTO live_question_states (session_id, question_id, state, revealed, round, opened_order, published) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (session_id, question_id) DO UPDATE SET state = excluded.state, revealed = excluded.revealed, round = excluded.round,
       opened_order = excluded.opened_order, published = excluded.published`,
    sessionId,
    s.questionId,
    s.state,
    s.revealed ? 1 : 0,
    s.round,
    s.openedOrder,
    s.published ? JSON.stringify(s.published) : null,
  );
}

export function updateLivePublishedStatement(db: Db, sessionId: string, questionId: string, published: PublishedState): D1PreparedStatement {
  return db.prepare('UPDATE live_question_states SET published = ? WHERE session_id = ? AND question_id = ?', JSON.stringify(published), sessionId, questionId);
}

export async function liveCards(db: Db, sessionId: string): Promise<CardRecord[]> {
  const rows = await db.all<{ code_hash: string; college: string | null }>(
    db.prepare('SELECT code_hash, college FROM live_cards WHERE session_id = ?', sessionId),
  );
  return rows.map((r) => ({ codeHash: r.code_hash, college: r.college }));
}

/** D1 binds at most 100 parameters: session and college once, then one hash per row. */
const CARDS_PER_STATEMENT = 98;

/** Inserts card hashes in one transaction: all land or none (e.g. on a collision). */
export async function insertLiveCards(db: Db, sessionId: string, college: string | null, codeHashes: string[]): Promise<void> {
  const statements: D1PreparedStatement[] = [];
  for (let start = 0; start < codeHashes.length; start += CARDS_PER_STATEMENT) {
    const chunk = codeHashes.slice(start, start + CARDS_PER_STATEMENT);
    const rows = chunk.map((_, i) => `(?1, ?${i + 3}, ?2)`).join(', ');
    statements.push(db.prepare(`INSERT INTO live_cards (session_id, code_hash, college) VALUES ${rows}`, sessionId, college, ...chunk));
  }
  if (statements.length > 0) await db.batch(statements);
}

export async function liveIdeas(db: Db, sessionId: string): Promise<IdeaRecord[]> {
  const rows = await db.all<{ id: string; question_id: string; text: string; status: IdeaRecord['status'] }>(
    db.prepare('SELECT id, question_id, text, status FROM live_ideas WHERE session_id = ?', sessionId),
  );
  return rows.map((r) => ({ id: r.id, questionId: r.question_id, text: r.text, status: r.status }));
}

/** An idea, written in one batch with its device's count of ideas. */
export function insertLiveIdeaStatement(db: Db, sessionId: string, idea: IdeaRecord): D1PreparedStatement {
  return db.prepare(
    'INSERT INTO live_ideas (session_id, question_id, id, text, status) VALUES (?, ?, ?, ?, ?)',
    sessionId,
    idea.questionId,
    idea.id,
    idea.text,
    idea.status,
  );
}

export async function updateLiveIdeaStatus(db: Db, sessionId: string, ideaId: string, status: IdeaRecord['status']): Promise<void> {
  await db.run(db.prepare('UPDATE live_ideas SET status = ? WHERE session_id = ? AND id = ?', status, sessionId, ideaId));
}

export async function liveIdeaVotes(db: Db, sessionId: string): Promise<IdeaVoteRecord[]> {
  const rows = await db.all<{ idea_id: string; voter_hash: string }>(
    db.prepare('SELECT idea_id, voter_hash FROM live_idea_votes WHERE session_id = ?', sessionId),
  );
  return rows.map((r) => ({ ideaId: r.idea_id, voterHash: r.voter_hash }));
}

export function insertLiveIdeaVoteStatement(db: Db, sessionId: string, ideaId: string, voterHash: string): D1PreparedStatement {
  return db.prepare('INSERT OR IGNORE INTO live_idea_votes (session_id, idea_id, voter_hash) VALUES (?, ?, ?)', sessionId, ideaId, voterHash);
}

export function deleteLiveIdeaVoteStatement(db: Db, sessionId: string, ideaId: string, voterHash: string): D1PreparedStatement {
  return db.prepare('DELETE FROM live_idea_votes WHERE session_id = ? AND idea_id = ? AND voter_hash = ?', sessionId, ideaId, voterHash);
}

/** Of these slugs, those naming a survey of the organisation whose results are public (what a survey slide may show). */
export async function publicSurveySlugsOfOrganisation(db: Db, organisationId: string, slugs: string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await db.all<{ slug: string }>(
    db.prepare(
      `SELECT slug FROM surveys WHERE organisation_id = ? AND json_extract(definition, '$.settings.resultsVisibility') = 'public'
         AND slug IN (SELECT value FROM json_each(?))`,
      organisationId,
      JSON.stringify(slugs),
    ),
  );
  return new Set(rows.map((r) => r.slug));
}
