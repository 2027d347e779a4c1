import type { IdeaHistoryEntry } from '../../schema/ideas.ts';
import type { Db } from './client.ts';
import { bumpShownStatement, PUBLIC_SQL, searchIndexStatements } from './ideas.ts';

/**
 * Supports, counted so that nobody is counted twice, even across merges.
 *
 * A device's support of idea X is one row keyed by SHA-256(token, box, X): its supports of two ideas
 * cannot be linked, so when X is merged into Y nobody can tell which of X's supporters also supported
 * Y. The merged family (the ideas whose root_id is Y) therefore keeps, on Y:
 *   sole_rows    rows known to be their device's only row in the family (every row, until a merge);
 *   open_rows    per member, rows under its hash whose device may also have a row under another member;
 *   floor_count  a lower bound on its devices, as the last merge left it (the larger side) and moved
 *                since by changes whose effect is known (+1 a new device, −1 a withdrawal);
 *   supports     = kiosk_supports + MAX(floor_count, sole_rows + the largest open_rows of a member).
 * Each term is a count of distinct devices, so `supports` never counts a device twice. When a device
 * acts on the family again, the server computes its hash under every member, finds all its rows and
 * folds them into one sole row: the count becomes exact for every device that comes back. Without a
 * merge, supports = kiosk_supports + rows, exactly. `supports_max` (+ kiosk_supports) is the upper bound.
 *
 * Every statement of a device's batch holds only while the family is the one the request hashed
 * (GUARD: same root, same size; merges only grow families): otherwise nothing is written and the
 * route hashes again.
 */

/** The device's rows in the family: ?1 is a JSON array of [ideaId, hash] for every member. */
const MINE = '(idea_id, supporter_hash) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?1))';
/** The family is still rooted at ?2 and has as many members as were hashed. */
const GUARD = '(SELECT COUNT(*) FROM ideas g WHERE g.root_id = ?2) = json_array_length(?1)';
/** The devices a family counts at least (rows of the root `alias`). */
const lowerBound = (alias: string) =>
  `MAX(${alias}.floor_count, ${alias}.sole_rows + (SELECT COALESCE(MAX(m.open_rows), 0) FROM ideas m WHERE m.root_id = ${alias}.id))`;
const SHOWN = `(ideas.kiosk_supports + ${lowerBound('ideas')})`;

export type SupportTarget = { boxId: string; rootId: string; k: number };
/** After the batch: the root's count, or `stale` when the family changed since it was hashed. */
export type SupportOutcome = { stale: true } | { stale: false; supports: number };

/** Members' open rows lose those of the device (they are about to be deleted). */
const openRowsStatement = (db: Db, family: string, rootId: string) =>
  db.prepare(
    `UPDATE ideas SET open_rows = open_rows - (SELECT COUNT(*) FROM idea_supports s WHERE s.idea_id = ideas.id AND s.sole = 0
        AND s.supporter_hash = (SELECT value ->> 1 FROM json_each(?1) WHERE value ->> 0 = ideas.id))
      WHERE root_id = ?2 AND ${GUARD}`,
    family,
    rootId,
  );

/** The display moves only if what it shows moves: a count from k, or one crossing k. */
const displayStatements = (db: Db, target: SupportTarget) => [
  db.prepare(
    `UPDATE idea_boxes SET shown = shown + 1 WHERE id = ?1
       AND EXISTS (SELECT 1 FROM ideas WHERE id = ?2 AND status IN ${PUBLIC_SQL} AND supports != ${SHOWN} AND MAX(supports, ${SHOWN}) >= ?3)`,
    target.boxId,
    target.rootId,
    target.k,
  ),
  db.prepare(`UPDATE ideas SET supports = ${SHOWN} WHERE id = ?1`, target.rootId),
  db.prepare('SELECT supports, (SELECT COUNT(*) FROM ideas g WHERE g.root_id = ?1) AS members, root_id FROM ideas WHERE id = ?1', target.rootId),
];

async function run(db: Db, statements: D1PreparedStatement[], target: SupportTarget, members: number): Promise<SupportOutcome> {
  const results = await db.batch(statements);
  const row = results.at(-1)!.results[0] as { supports: number; members: number; root_id: string } | undefined;
  if (!row || row.root_id !== target.rootId || row.members !== members) return { stale: true };
  return { stale: false, supports: row.supports };
}

/**
 * Sets a device's support of a family on or off. `hashes` holds the device's hash under every member
 * (ideaId → hash); `rootHash` is its hash under the root. One transaction.
 */
export function setDeviceSupport(db: Db, target: SupportTarget, hashes: Map<string, string>, on: boolean): Promise<SupportOutcome> {
  const family = JSON.stringify([...hashes]);
  const { rootId } = target;
  const merged = hashes.size > 1;
  const writes = on
    ? [
        // A device new to the family: one more, for sure.
        db.prepare(
          `UPDATE ideas SET sole_rows = sole_rows + 1, floor_count = floor_count + 1, supports_max = supports_max + 1
            WHERE id = ?2 AND ${GUARD} AND NOT EXISTS (SELECT 1 FROM idea_supports WHERE ${MINE})`,
          family,
          rootId,
        ),
        // A device already there: its rows become one sole row (it was counted; now it is known to be one).
        ...(merged ? [openRowsStatement(db, family, rootId)] : []),
        db.prepare(
          `UPDATE ideas SET sole_rows = sole_rows - (SELECT COUNT(*) FROM idea_supports WHERE ${MINE} AND sole = 1) + 1,
              supports_max = supports_max - (SELECT COUNT(*) FROM idea_supports WHERE ${MINE}) + 1
            WHERE id = ?2 AND ${GUARD} AND EXISTS (SELECT 1 FROM idea_supports WHERE ${MINE})`,
          family,
          rootId,
        ),
        db.prepare(`DELETE FROM idea_supports WHERE ${MINE} AND ${GUARD}`, family, rootId),
        db.prepare(`INSERT INTO idea_supports (idea_id, supporter_hash, sole) SELECT ?2, ?3, 1 WHERE ${GUARD}`, family, rootId, hashes.get(rootId)!),
      ]
    : [
        // A withdrawal: one device fewer, whatever rows it had.
        db.prepare(
          `UPDATE ideas SET floor_count = MAX(floor_count - 1, 0), sole_rows = sole_rows - (SELECT COUNT(*) FROM idea_supports WHERE ${MINE} AND sole = 1),
              supports_max = supports_max - (SELECT COUNT(*) FROM idea_supports WHERE ${MINE})
            WHERE id = ?2 AND ${GUARD} AND EXISTS (SELECT 1 FROM idea_supports WHERE ${MINE})`,
          family,
          rootId,
        ),
        ...(merged ? [openRowsStatement(db, family, rootId)] : []),
        db.prepare(`DELETE FROM idea_supports WHERE ${MINE} AND ${GUARD}`, family, rootId),
      ];
  return run(db, [...writes, ...displayStatements(db, target)], target, hashes.size);
}

/** One more support from a kiosk: a person, counted without any key (a kiosk never withdraws). */
export function addKioskSupport(db: Db, target: SupportTarget, members: number): Promise<SupportOutcome> {
  return run(
    db,
    [db.prepare('UPDATE ideas SET kiosk_supports = kiosk_supports + 1 WHERE id = ?1 AND root_id = ?1', target.rootId), ...displayStatements(db, target)],
    target,
    members,
  );
}

/** Both families hold device rows (then nobody knows who is in both). ?1 and ?2 are the roots. */
const BOTH =
  '(EXISTS (SELECT 1 FROM idea_supports WHERE idea_id IN (SELECT id FROM ideas WHERE root_id = ?1)) AND EXISTS (SELECT 1 FROM idea_supports WHERE idea_id IN (SELECT id FROM ideas WHERE root_id = ?2)))';

/**
 * Merges the family of `fromId` (a root) into that of `intoId` (a root), in one transaction: the
 * larger lower bound stays the floor, kiosk supports add up, every row becomes « open » (unless one
 * side had none), the members follow, and `fromId` is marked merged.
 */
export async function mergeIdeas(
  db: Db,
  m: { boxId: string; fromId: string; intoId: string; entry: IdeaHistoryEntry; intoEntry: IdeaHistoryEntry },
): Promise<void> {
  const { fromId, intoId } = m;
  await db.batch([
    db.prepare(
      `UPDATE ideas SET floor_count = MAX(${lowerBound('ideas')}, (SELECT ${lowerBound('a')} FROM ideas a WHERE a.id = ?1)),
          supports_max = supports_max + (SELECT a.supports_max FROM ideas a WHERE a.id = ?1),
          kiosk_supports = kiosk_supports + (SELECT a.kiosk_supports FROM ideas a WHERE a.id = ?1)
        WHERE id = ?2`,
      fromId,
      intoId,
    ),
    db.prepare(
      `UPDATE ideas SET open_rows = open_rows + (SELECT COUNT(*) FROM idea_supports s WHERE s.idea_id = ideas.id AND s.sole = 1) WHERE root_id IN (?1, ?2) AND ${BOTH}`,
      fromId,
      intoId,
    ),
    db.prepare(`UPDATE idea_supports SET sole = 0 WHERE sole = 1 AND idea_id IN (SELECT id FROM ideas WHERE root_id IN (?1, ?2)) AND ${BOTH}`, fromId, intoId),
    db.prepare(
      `UPDATE ideas SET sole_rows = CASE WHEN ${BOTH} THEN 0 ELSE sole_rows + (SELECT a.sole_rows FROM ideas a WHERE a.id = ?1) END WHERE id = ?2`,
      fromId,
      intoId,
    ),
    db.prepare('UPDATE ideas SET root_id = ?2 WHERE root_id = ?1', fromId, intoId),
    db.prepare(
      `UPDATE ideas SET status = 'merged', merged_into = ?2, hidden_from = NULL, sole_rows = 0, floor_count = 0, supports_max = 0, kiosk_supports = 0, supports = 0,
          settled_on = ?3, history = json_insert(history, '$[#]', json(?4)) WHERE id = ?1`,
      fromId,
      intoId,
      m.entry.on,
      JSON.stringify(m.entry),
    ),
    db.prepare(`UPDATE ideas SET supports = ${SHOWN}, history = json_insert(history, '$[#]', json(?2)) WHERE id = ?1`, intoId, JSON.stringify(m.intoEntry)),
    ...searchIndexStatements(db, fromId),
    bumpShownStatement(db, m.boxId),
  ]);
}

/**
 * A report from a device (once per device and idea); the idea is hidden, pending review, once
 * `hideAt` distinct devices reported it. Whether it is hidden now.
 */
export async function reportIdea(
  db: Db,
  r: { boxId: string; ideaId: string; reporterHash: string; hideAt: number; entry: IdeaHistoryEntry },
): Promise<boolean> {
  const results = await db.batch([
    db.prepare('INSERT OR IGNORE INTO idea_reports (idea_id, reporter_hash) VALUES (?, ?)', r.ideaId, r.reporterHash),
    db.prepare('UPDATE ideas SET reports = (SELECT COUNT(*) FROM idea_reports WHERE idea_id = ?1) WHERE id = ?1', r.ideaId),
    db.prepare(
      `UPDATE ideas SET hidden_from = status, status = 'hidden', history = json_insert(history, '$[#]', json(?3))
        WHERE id = ?1 AND status IN ${PUBLIC_SQL} AND reports >= ?2`,
      r.ideaId,
      r.hideAt,
      JSON.stringify(r.entry),
    ),
    ...searchIndexStatements(db, r.ideaId),
    // The route takes reports on public ideas only: hidden now means hidden by this report.
    db.prepare("UPDATE idea_boxes SET shown = shown + 1 WHERE id = ?1 AND EXISTS (SELECT 1 FROM ideas WHERE id = ?2 AND status = 'hidden')", r.boxId, r.ideaId),
  ]);
  return results[2]!.meta.changes === 1;
}
