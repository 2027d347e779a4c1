import type { Db } from '../db/client.ts';
import { liveCards, liveIdeas, liveIdeaVotes, liveQuestionStates, liveSessionById } from '../db/live.ts';
import { liveCollegeTallies, liveCurrentVotes, liveDevices } from '../db/live-votes.ts';
import { LiveModel } from '../domain/live/model.ts';
import type { PresenceStore } from './presence-store.ts';

/** The whole session from D1 (the record) and the object's own presence storage, as a new model: after eviction. */
export async function liveModelFromRecord(db: Db, sessionId: string, presence: PresenceStore): Promise<LiveModel | null> {
  const session = await liveSessionById(db, sessionId);
  if (!session) return null;
  const [states, votes, collegeTallies, cards, ideas, ideaVotes, devices, presenceRecords] = await Promise.all([
    liveQuestionStates(db, sessionId),
    liveCurrentVotes(db, sessionId),
    liveCollegeTallies(db, sessionId),
    liveCards(db, sessionId),
    liveIdeas(db, sessionId),
    liveIdeaVotes(db, sessionId),
    liveDevices(db, sessionId),
    presence.read(),
  ]);
  return new LiveModel(session, { states, votes, collegeTallies, cards, ideas, ideaVotes, devices, presence: presenceRecords });
}
