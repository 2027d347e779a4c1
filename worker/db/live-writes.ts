import type { DeviceRecord, IdeaRecord, QuestionStateRecord } from '../domain/live/model.ts';
import type { PublishedState } from '../domain/live/release.ts';
import type { Db } from './client.ts';
import {
  deleteLiveSessionStatements,
  insertLiveIdeaStatement,
  updateLivePublishedStatement,
  updateLiveStatusStatement,
  upsertLiveQuestionStateStatement,
} from './live.ts';
import { upsertLiveDeviceStatement } from './live-votes.ts';

/** What screens were last shown of one question. */
export type PublishedRecord = { questionId: string; published: PublishedState };

/** Ends a session, all or nothing: its open questions closed (their last release is final) and the session dated `day`. */
export async function closeLiveSession(db: Db, sessionId: string, closing: readonly QuestionStateRecord[], day: string): Promise<void> {
  await db.batch([
    ...closing.map((record) => upsertLiveQuestionStateStatement(db, sessionId, record)),
    updateLiveStatusStatement(db, sessionId, 'closed', day),
  ]);
}

/** Deletes a session and all it recorded, all or nothing; whether it existed. */
export async function deleteLiveSession(db: Db, sessionId: string): Promise<boolean> {
  const results = await db.batch(deleteLiveSessionStatements(db, sessionId));
  return (results.at(-1)?.meta.changes ?? 0) > 0;
}

/** A participant's idea with the device's updated quota, together: a failed write spends no quota. */
export async function recordLiveIdea(db: Db, sessionId: string, idea: IdeaRecord, device: DeviceRecord): Promise<void> {
  await db.batch([insertLiveIdeaStatement(db, sessionId, idea), upsertLiveDeviceStatement(db, sessionId, device)]);
}

/**
 * One group commit of votes (`writes`: vote rows, tallies, devices, from worker/live/vote-batch.ts) with
 * what screens were last shown, in one transaction: a restarted object must not release early.
 */
export async function storeLiveVoteBatch(
  db: Db,
  sessionId: string,
  writes: readonly D1PreparedStatement[],
  published: readonly PublishedRecord[],
): Promise<void> {
  await db.batch([...writes, ...published.map((p) => updateLivePublishedStatement(db, sessionId, p.questionId, p.published))]);
}

/** What screens were last shown, on its own (no votes waiting to carry it). */
export async function saveLivePublished(db: Db, sessionId: string, published: readonly PublishedRecord[]): Promise<void> {
  await db.batch(published.map((p) => updateLivePublishedStatement(db, sessionId, p.questionId, p.published)));
}
