import type { Db } from '../db/client.ts';
import { boxesWithSettledIdeas, purgeDeviceDays, purgeSettledIdeas } from '../db/idea-retention.ts';
import { monthsBefore } from '../domain/retention.ts';
import { parisDay } from '../domain/paris-time.ts';

export type IdeaPurge = { boxes: number; ideas: number; receipts: number; deviceDays: number };

/**
 * The idea boxes' share of the daily work: in each box, declined and withdrawn ideas (with their
 * supports and reports) and the receipt codes of settled ideas, once the box's retention period has
 * passed since they settled; and every per-device count of a day that is over. Each box in its own
 * transaction: one failure leaves the others done and itself for the next run.
 */
export async function purgeExpiredIdeas(db: Db, now: Date): Promise<IdeaPurge> {
  const purge: IdeaPurge = { boxes: 0, ideas: 0, receipts: 0, deviceDays: 0 };
  for (const box of await boxesWithSettledIdeas(db)) {
    const cutoff = parisDay(monthsBefore(now, box.retentionMonths));
    const done = await purgeSettledIdeas(db, box.id, cutoff);
    if (done.ideas + done.receipts > 0) purge.boxes++;
    purge.ideas += done.ideas;
    purge.receipts += done.receipts;
  }
  purge.deviceDays = await purgeDeviceDays(db, parisDay(now));
  return purge;
}
