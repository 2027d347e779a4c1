import type { Db } from './client.ts';

/** Boxes holding ideas or receipt codes that may be due, with their retention period. */
export async function boxesWithSettledIdeas(db: Db): Promise<{ id: string; retentionMonths: number }[]> {
  const rows = await db.all<{ id: string; retention: number | null }>(
    db.prepare(
      `SELECT b.id, json_extract(b.definition, '$.retentionMonths') AS retention FROM idea_boxes b
        WHERE EXISTS (SELECT 1 FROM ideas i WHERE i.box_id = b.id AND i.settled_on IS NOT NULL
          AND (i.status IN ('declined', 'withdrawn') OR i.receipt_hash IS NOT NULL))`,
    ),
  );
  return rows.map((r) => ({ id: r.id, retentionMonths: r.retention ?? 12 }));
}

/**
 * Deletes a box's declined and withdrawn ideas settled on `cutoff` or before — with the ideas merged
 * into them, their supports and reports — and the receipt codes of every idea settled by then.
 * One transaction. How many ideas were deleted and receipts forgotten.
 */
export async function purgeSettledIdeas(db: Db, boxId: string, cutoff: string): Promise<{ ideas: number; receipts: number }> {
  const due = `(SELECT id FROM ideas WHERE box_id = ?1 AND status IN ('declined', 'withdrawn') AND settled_on <= ?2)`;
  const family = `(SELECT id FROM ideas WHERE root_id IN ${due})`;
  const results = await db.batch([
    db.prepare(`DELETE FROM ideas_fts WHERE rowid IN (SELECT search_id FROM ideas WHERE id IN ${family})`, boxId, cutoff),
    db.prepare(`DELETE FROM idea_supports WHERE idea_id IN ${family}`, boxId, cutoff),
    db.prepare(`DELETE FROM idea_reports WHERE idea_id IN ${family}`, boxId, cutoff),
    db.prepare(`DELETE FROM idea_promotions WHERE idea_id IN ${family}`, boxId, cutoff),
    db.prepare(`DELETE FROM ideas WHERE id IN ${family}`, boxId, cutoff),
    db.prepare('UPDATE ideas SET receipt_hash = NULL WHERE box_id = ?1 AND settled_on <= ?2 AND receipt_hash IS NOT NULL', boxId, cutoff),
  ]);
  return { ideas: results[4]!.meta.changes, receipts: results[5]!.meta.changes };
}

/** Yesterday's per-device counts of ideas: their day is over. */
export async function purgeDeviceDays(db: Db, today: string): Promise<number> {
  return (await db.run(db.prepare('DELETE FROM idea_device_days WHERE day < ?', today))).meta.changes;
}
