import type { CollegeTallyRecord, DeviceRecord, Quota, VoteRecord } from '../domain/live/model.ts';
import type { Histogram } from '../domain/live/histogram.ts';
import type { StoredValue } from '../domain/live/votes.ts';
import type { Db } from './client.ts';

/**
 * Live votes and what is kept beside them: per-college counters and devices. A vote row holds the
 * question, round, voter hash and value, nothing else (no college, no time); the statements here go
 * into the session object's group-commit batches (one D1 transaction per batch).
 */

type VoteRow = { question_id: string; round: number; voter_hash: string; value: string };

/** Every vote of the session's current rounds (older rounds stay in D1 but are not read back). */
export async function liveCurrentVotes(db: Db, sessionId: string): Promise<VoteRecord[]> {
  const rows = await db.all<VoteRow>(
    db.prepare(
      `SELECT v.question_id, v.round, v.voter_hash, v.value FROM live_votes v
        LEFT JOIN live_question_states s ON s.session_id = v.session_id AND s.question_id = v.question_id
        WHERE v.session_id = ? AND v.round = COALESCE(s.round, 1)`,
      sessionId,
    ),
  );
  return rows.map((r) => ({ questionId: r.question_id, round: r.round, voterHash: r.voter_hash, value: JSON.parse(r.value) as StoredValue }));
}

/** Writes a vote, replacing the same voter's earlier one on that question and round (so a retry or a change counts once). */
export function upsertLiveVoteStatement(db: Db, sessionId: string, vote: VoteRecord): D1PreparedStatement {
  return db.prepare(
    `INSERT INTO live_votes (session_id, question_id, round, voter_hash, value) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (session_id, question_id, round, voter_hash) DO UPDATE SET value = excluded.value`,
    sessionId,
    vote.questionId,
    vote.round,
    vote.voterHash,
    JSON.stringify(vote.value),
  );
}

type CollegeTallyRow = { question_id: string; round: number; college: string; counts: string };

/** Each college's counters for the session's current rounds. */
export async function liveCollegeTallies(db: Db, sessionId: string): Promise<CollegeTallyRecord[]> {
  const rows = await db.all<CollegeTallyRow>(
    db.prepare(
      `SELECT t.question_id, t.round, t.college, t.counts FROM live_college_tallies t
        LEFT JOIN live_question_states s ON s.session_id = t.session_id AND s.question_id = t.question_id
        WHERE t.session_id = ? AND t.round = COALESCE(s.round, 1)`,
      sessionId,
    ),
  );
  return rows.map((r) => ({ questionId: r.question_id, round: r.round, college: r.college, counts: JSON.parse(r.counts) as Histogram }));
}

/** A college's counters on a question round, as they stand after the batch it goes with. */
export function upsertLiveCollegeTallyStatement(db: Db, sessionId: string, record: CollegeTallyRecord): D1PreparedStatement {
  return db.prepare(
    `INSERT INTO live_college_tallies (session_id, question_id, round, college, counts) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (session_id, question_id, round, college) DO UPDATE SET counts = excluded.counts`,
    sessionId,
    record.questionId,
    record.round,
    record.college,
    JSON.stringify(record.counts),
  );
}

type DeviceRow = { device_hash: string; college: string | null; quota: string };

export async function liveDevices(db: Db, sessionId: string): Promise<DeviceRecord[]> {
  const rows = await db.all<DeviceRow>(db.prepare('SELECT device_hash, college, quota FROM live_devices WHERE session_id = ?', sessionId));
  return rows.map((r) => ({ deviceHash: r.device_hash, college: r.college, quota: JSON.parse(r.quota) as Quota }));
}

/** A device as it stands after the batch it goes with (its first write adds it). */
export function upsertLiveDeviceStatement(db: Db, sessionId: string, device: DeviceRecord): D1PreparedStatement {
  return db.prepare(
    `INSERT INTO live_devices (session_id, device_hash, college, quota) VALUES (?, ?, ?, ?)
     ON CONFLICT (session_id, device_hash) DO UPDATE SET college = excluded.college, quota = excluded.quota`,
    sessionId,
    device.deviceHash,
    device.college,
    JSON.stringify(device.quota),
  );
}
