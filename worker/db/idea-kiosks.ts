import type { KioskSummary } from '../../schema/ideas.ts';
import type { Db } from './client.ts';

export async function insertKiosk(db: Db, kiosk: { id: string; boxId: string; label: string; tokenHash: string; day: string }): Promise<void> {
  await db.run(
    db.prepare(
      'INSERT INTO idea_kiosks (id, box_id, label, token_hash, created_on) VALUES (?, ?, ?, ?, ?)',
      kiosk.id,
      kiosk.boxId,
      kiosk.label,
      kiosk.tokenHash,
      kiosk.day,
    ),
  );
}

/** The box's kiosks, with today's contributions (a count only: nothing about who). */
export async function kiosksOfBox(db: Db, boxId: string, today: string): Promise<KioskSummary[]> {
  const rows = await db.all<{ id: string; label: string; created_on: string; day: string | null; today: number }>(
    db.prepare('SELECT id, label, created_on, day, today FROM idea_kiosks WHERE box_id = ? ORDER BY created_on, label, id', boxId),
  );
  return rows.map((r) => ({ id: r.id, label: r.label, createdOn: r.created_on, today: r.day === today ? r.today : 0 }));
}

/** Revokes a kiosk: its token stops working at once. Whether it existed. */
export async function deleteKiosk(db: Db, boxId: string, kioskId: string): Promise<boolean> {
  return (await db.run(db.prepare('DELETE FROM idea_kiosks WHERE id = ? AND box_id = ?', kioskId, boxId))).meta.changes === 1;
}

export async function kioskByToken(db: Db, boxId: string, tokenHash: string): Promise<{ id: string } | null> {
  return db.first<{ id: string }>(db.prepare('SELECT id FROM idea_kiosks WHERE token_hash = ? AND box_id = ?', tokenHash, boxId));
}

export type KioskTurn = { ok: true } | { ok: false; reason: 'paused'; until: string } | { ok: false; reason: 'capped' };

/**
 * Takes the kiosk's next turn, if its pause is over and its daily cap not reached: counts it and
 * starts the pause until `until`, in one statement (two requests at once cannot both pass).
 */
export async function claimKioskTurn(db: Db, kioskId: string, turn: { now: string; until: string; today: string; cap: number }): Promise<KioskTurn> {
  const claimed = await db.run(
    db.prepare(
      `UPDATE idea_kiosks SET today = CASE WHEN day = ?3 THEN today + 1 ELSE 1 END, day = ?3, paused_until = ?4
        WHERE id = ?1 AND (paused_until IS NULL OR paused_until <= ?2) AND NOT (day IS ?3 AND today >= ?5)`,
      kioskId,
      turn.now,
      turn.today,
      turn.until,
      turn.cap,
    ),
  );
  if (claimed.meta.changes === 1) return { ok: true };
  const row = await db.first<{ paused_until: string | null }>(db.prepare('SELECT paused_until FROM idea_kiosks WHERE id = ?', kioskId));
  return row?.paused_until && row.paused_until > turn.now ? { ok: false, reason: 'paused', until: row.paused_until } : { ok: false, reason: 'capped' };
}
