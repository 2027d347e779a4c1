import type { Db } from '../db/client.ts';
import { endedLiveSessions } from '../db/live.ts';
import { closedSurveysWithRawData, purgeSurveyResponses } from '../db/retention.ts';
import { purgeIsDue } from '../domain/retention.ts';
import { liveStub } from '../services/live-common.ts';

/** Live sessions are kept as long as surveys' raw responses by default. */
export const LIVE_RETENTION_MONTHS = 12;

/**
 * Deletes the raw responses (with submission keys and participation codes) of every survey
 * closed for longer than its retention period, keeping its anonymous tallies and definition.
 * Returns the ids of the surveys purged. Each survey is purged in its own transaction, so one
 * failure leaves the others done and itself for the next run.
 */
export async function purgeExpired(db: Db, today: string): Promise<string[]> {
  const due = (await closedSurveysWithRawData(db, today)).filter((s) => purgeIsDue(s.closedOn, s.retentionMonths, today));
  for (const survey of due) await purgeSurveyResponses(db, survey.id, today);
  return due.map((s) => s.id);
}

/**
 * Deletes every live session ended longer than LIVE_RETENTION_MONTHS ago, with its votes, ideas and
 * cards (raw data, however anonymous, goes; its export goes with it: export it before). Each goes
 * through its Durable Object, which drops what it holds in memory and closes sockets. Returns their ids.
 */
export async function purgeExpiredLive(env: Env, db: Db, today: string): Promise<string[]> {
  const due = (await endedLiveSessions(db)).filter((s) => purgeIsDue(s.endedOn, LIVE_RETENTION_MONTHS, today));
  for (const session of due) await liveStub(env, session.id).remove(session.id);
  return due.map((s) => s.id);
}
