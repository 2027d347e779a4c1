import type { IdeaHistoryEntry, IdeaSource, IdeaStatus } from '../../schema/ideas.ts';
import { PUBLIC_STATUSES } from '../../schema/ideas.ts';
import type { LocalizedText } from '../../schema/lang.ts';
import type { StoredIdea } from '../domain/ideas/model.ts';
import type { IdeaChange } from '../domain/ideas/moderation.ts';
import type { Db } from './client.ts';

/** `status IN (…)` of the statuses the public sees, for SQL written here. */
export const PUBLIC_SQL = `(${PUBLIC_STATUSES.map((s) => `'${s}'`).join(', ')})`;

type IdeaRow = {
  id: string;
  box_id: string;
  theme: string;
  text: string;
  source: IdeaSource;
  status: IdeaStatus;
  hidden_from: IdeaStatus | null;
  must_reword: number;
  answer: string | null;
  decline_reason: string | null;
  merged_into: string | null;
  root_id: string;
  reports: number;
  supports: number;
  supports_max: number;
  kiosk_supports: number;
  history: string;
  created_on: string;
  answered_on: string | null;
  settled_on: string | null;
};

export const IDEA_COLUMNS =
  'id, box_id, theme, text, source, status, hidden_from, must_reword, answer, decline_reason, merged_into, root_id, reports, supports, supports_max, kiosk_supports, history, created_on, answered_on, settled_on';

export function fromIdeaRow(row: IdeaRow): StoredIdea {
  const merged = row.root_id !== row.id;
  return {
    id: row.id,
    boxId: row.box_id,
    theme: row.theme,
    text: row.text,
    source: row.source,
    status: row.status,
    hiddenFrom: row.hidden_from,
    mustReword: row.must_reword === 1,
    answer: row.answer === null ? null : (JSON.parse(row.answer) as LocalizedText),
    declineReason: row.decline_reason,
    mergedInto: row.merged_into,
    rootId: row.root_id,
    reports: row.reports,
    // Counters live on the idea a merged family counts for.
    supports: merged ? 0 : row.supports,
    supportsAtMost: merged ? 0 : row.kiosk_supports + row.supports_max,
    history: JSON.parse(row.history) as IdeaHistoryEntry[],
    createdOn: row.created_on,
    answeredOn: row.answered_on,
    settledOn: row.settled_on,
  };
}

export type NewIdea = {
  id: string;
  boxId: string;
  searchId: number;
  theme: string;
  text: string;
  source: IdeaSource;
  day: string;
  receiptHash: string | null;
  mustReword?: boolean;
  sourceKey?: string;
  history: IdeaHistoryEntry[];
};

const insertColumns = 'id, box_id, search_id, theme, text, source, status, must_reword, root_id, receipt_hash, source_key, history, created_on';
const insertValues = (idea: NewIdea) => [
  idea.id,
  idea.boxId,
  idea.searchId,
  idea.theme,
  idea.text,
  idea.source,
  'pending',
  idea.mustReword ? 1 : 0,
  idea.id,
  idea.receiptHash,
  idea.sourceKey ?? null,
  JSON.stringify(idea.history),
  idea.day,
];

/** A pending idea (paper slips; survey texts go through insertImportedIdeas). */
export async function insertIdea(db: Db, idea: NewIdea): Promise<void> {
  await db.run(db.prepare(`INSERT INTO ideas (${insertColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, ...insertValues(idea)));
}

/**
 * A device's idea and its count of the day, in one transaction: the idea is written only while the
 * device stays within `cap` ideas today. Whether it was written.
 */
export async function insertDeviceIdea(db: Db, idea: NewIdea, device: { hash: string; cap: number }): Promise<boolean> {
  const results = await db.batch([
    db.prepare(
      `INSERT INTO idea_device_days (box_id, device_hash, day, ideas) VALUES (?1, ?2, ?3, 1)
       ON CONFLICT (box_id, device_hash) DO UPDATE SET ideas = ideas + 1`,
      idea.boxId,
      device.hash,
      idea.day,
    ),
    db.prepare(
      `INSERT INTO ideas (${insertColumns}) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
        WHERE (SELECT ideas FROM idea_device_days WHERE box_id = ?14 AND device_hash = ?15) <= ?16`,
      ...insertValues(idea),
      idea.boxId,
      device.hash,
      device.cap,
    ),
  ]);
  return results[1]!.meta.changes === 1;
}

/** Statements per D1 batch when importing texts. */
const IMPORT_BATCH = 50;

/** A survey's texts as pending ideas, each skipped when that text was already imported into the box; how many were added. */
export async function insertImportedIdeas(db: Db, ideas: readonly NewIdea[]): Promise<number> {
  const statements = ideas.map((idea) =>
    db.prepare(`INSERT OR IGNORE INTO ideas (${insertColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, ...insertValues(idea)),
  );
  let created = 0;
  for (let start = 0; start < statements.length; start += IMPORT_BATCH)
    for (const result of await db.batch(statements.slice(start, start + IMPORT_BATCH))) created += result.meta.changes;
  return created;
}

export async function ideaInBox(db: Db, boxId: string, ideaId: string): Promise<StoredIdea | null> {
  const row = await db.first<IdeaRow>(db.prepare(`SELECT ${IDEA_COLUMNS} FROM ideas WHERE id = ? AND box_id = ?`, ideaId, boxId));
  return row && fromIdeaRow(row);
}

/** Every idea of a box, optionally of one status and theme (the moderation queue). */
export async function ideasOfBox(db: Db, boxId: string, filter: { status?: IdeaStatus; theme?: string } = {}): Promise<StoredIdea[]> {
  const rows = await db.all<IdeaRow>(
    db.prepare(
      `SELECT ${IDEA_COLUMNS} FROM ideas WHERE box_id = ?1 AND (?2 IS NULL OR status = ?2) AND (?3 IS NULL OR theme = ?3) ORDER BY created_on DESC, id`,
      boxId,
      filter.status ?? null,
      filter.theme ?? null,
    ),
  );
  return rows.map(fromIdeaRow);
}

/** The published ideas of a box: one indexed read, counters already aggregated. */
export async function publicIdeasOfBox(db: Db, boxId: string): Promise<StoredIdea[]> {
  const rows = await db.all<IdeaRow>(db.prepare(`SELECT ${IDEA_COLUMNS} FROM ideas WHERE box_id = ? AND status IN ${PUBLIC_SQL}`, boxId));
  return rows.map(fromIdeaRow);
}

export async function ideaByReceipt(db: Db, boxId: string, receiptHash: string): Promise<StoredIdea | null> {
  const row = await db.first<IdeaRow>(db.prepare(`SELECT ${IDEA_COLUMNS} FROM ideas WHERE receipt_hash = ? AND box_id = ?`, receiptHash, boxId));
  return row && fromIdeaRow(row);
}

/** The idea supports of `ideaId` go to (itself, or the one it was merged into) and every idea of its family, in one read. */
export async function supportFamily(db: Db, boxId: string, ideaId: string): Promise<{ root: StoredIdea; family: string[] } | null> {
  const row = await db.first<IdeaRow & { family: string }>(
    db.prepare(
      `SELECT ${IDEA_COLUMNS.split(', ')
        .map((c) => `r.${c}`)
        .join(', ')}, (SELECT json_group_array(m.id) FROM ideas m WHERE m.root_id = r.id) AS family
        FROM ideas i JOIN ideas r ON r.id = i.root_id WHERE i.id = ? AND i.box_id = ?`,
      ideaId,
      boxId,
    ),
  );
  return row && { root: fromIdeaRow(row), family: JSON.parse(row.family) as string[] };
}

/** The ideas whose supports count for `rootId` (itself and those merged into it). */
export async function ideaFamily(db: Db, rootId: string): Promise<string[]> {
  return (await db.all<{ id: string }>(db.prepare('SELECT id FROM ideas WHERE root_id = ?', rootId))).map((r) => r.id);
}

/** Keeps the full-text index to the published ideas: out, then back in if the idea is public. */
export function searchIndexStatements(db: Db, ideaId: string): D1PreparedStatement[] {
  return [
    db.prepare('DELETE FROM ideas_fts WHERE rowid = (SELECT search_id FROM ideas WHERE id = ?)', ideaId),
    db.prepare(`INSERT INTO ideas_fts (rowid, text) SELECT search_id, text FROM ideas WHERE id = ? AND status IN ${PUBLIC_SQL}`, ideaId),
  ];
}

/** What the public pages show changed: the display's ETag moves. */
export const bumpShownStatement = (db: Db, boxId: string) => db.prepare('UPDATE idea_boxes SET shown = shown + 1 WHERE id = ?', boxId);

/**
 * A moderator's change, written only if the idea still has the status it was read with (false
 * otherwise: someone acted first), with the search index and the display's version in the same
 * transaction. Redacting overwrites the text: the original is kept nowhere.
 */
export async function applyIdeaChange(db: Db, idea: StoredIdea, change: IdeaChange): Promise<boolean> {
  const has = <K extends keyof IdeaChange>(key: K) => Object.hasOwn(change, key);
  const answer = has('answer') ? change.answer : idea.answer;
  const results = await db.batch([
    db.prepare(
      `UPDATE ideas SET status = ?, text = ?, theme = ?, answer = ?, decline_reason = ?, hidden_from = ?, must_reword = ?, answered_on = ?, settled_on = ?,
         reports = CASE WHEN ?10 THEN 0 ELSE reports END,
         history = CASE WHEN ?11 IS NULL THEN history ELSE json_insert(history, '$[#]', json(?11)) END
       WHERE id = ?12 AND status = ?13`,
      change.status,
      change.text ?? idea.text,
      change.theme ?? idea.theme,
      answer ? JSON.stringify(answer) : null,
      has('declineReason') ? change.declineReason : idea.declineReason,
      has('hiddenFrom') ? change.hiddenFrom : idea.hiddenFrom,
      (change.mustReword ?? idea.mustReword) ? 1 : 0,
      has('answeredOn') ? change.answeredOn : idea.answeredOn,
      has('settledOn') ? change.settledOn : idea.settledOn,
      change.resetReports ? 1 : 0,
      change.entry ? JSON.stringify(change.entry) : null,
      idea.id,
      idea.status,
    ),
    db.prepare('DELETE FROM idea_reports WHERE idea_id = ? AND ?2 = 1', idea.id, change.resetReports ? 1 : 0),
    ...searchIndexStatements(db, idea.id),
    bumpShownStatement(db, idea.boxId),
  ]);
  return results[0]!.meta.changes === 1;
}

/** The author withdraws their idea: out of every page and the index, its supports deleted. */
export async function withdrawIdea(db: Db, idea: StoredIdea, entry: IdeaHistoryEntry): Promise<void> {
  await db.batch([
    ...searchIndexStatements(db, idea.id).slice(0, 1),
    db.prepare(
      `UPDATE ideas SET status = 'withdrawn', hidden_from = NULL, settled_on = ?, history = json_insert(history, '$[#]', json(?)) WHERE id = ?`,
      entry.on,
      JSON.stringify(entry),
      idea.id,
    ),
    db.prepare('DELETE FROM idea_supports WHERE idea_id IN (SELECT id FROM ideas WHERE root_id = ?)', idea.id),
    db.prepare('DELETE FROM idea_reports WHERE idea_id = ?', idea.id),
    bumpShownStatement(db, idea.boxId),
  ]);
}

/** Published ideas of the box whose text matches the FTS5 query, best first (bm25). */
export async function similarIdeas(
  db: Db,
  boxId: string,
  match: string,
  statuses: readonly IdeaStatus[],
  theme: string | null,
  limit: number,
): Promise<StoredIdea[]> {
  const rows = await db.all<IdeaRow>(
    db.prepare(
      `SELECT ${IDEA_COLUMNS.split(', ')
        .map((c) => `i.${c}`)
        .join(', ')} FROM ideas_fts JOIN ideas i ON i.search_id = ideas_fts.rowid
        WHERE ideas_fts MATCH ?1 AND i.box_id = ?2 AND i.status IN (SELECT value FROM json_each(?3)) AND (?4 IS NULL OR i.theme = ?4)
        ORDER BY bm25(ideas_fts) LIMIT ?5`,
      match,
      boxId,
      JSON.stringify(statuses),
      theme,
      limit,
    ),
  );
  return rows.map(fromIdeaRow);
}
