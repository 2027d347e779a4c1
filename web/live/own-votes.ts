import { readStoredJson, removeStored, writeStored } from '../shared/storage.ts';

/**
 * The device's own choices, kept on the device only (the server never sends a device its votes
 * back): the last vote stored per session, question and round (for ideas, the list of ideas it
 * upvotes), and whether its first vote fixed its college.
 */
const voteKey = (sessionId: string, questionId: string, round: number) => `pouls:live:${sessionId}:vote:${questionId}:${round}`;
const fixedKey = (sessionId: string) => `pouls:live:${sessionId}:college-fixed`;

export function readOwnVote(sessionId: string, questionId: string, round: number): unknown {
  return readStoredJson<unknown>(voteKey(sessionId, questionId, round)) ?? undefined;
}

export function writeOwnVote(sessionId: string, questionId: string, round: number, value: unknown): void {
  writeStored(voteKey(sessionId, questionId, round), JSON.stringify(value));
}

export const collegeFixed = (sessionId: string) => readStoredJson<boolean>(fixedKey(sessionId)) === true;
export const fixCollege = (sessionId: string) => writeStored(fixedKey(sessionId), 'true');

/** Everything kept for a session (it was deleted). */
export function forgetSession(sessionId: string): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(`pouls:live:${sessionId}:`)) removeStored(key);
  } catch {
    // Storage unavailable: nothing was kept.
  }
}
