import { useEffect, useRef, useState } from 'preact/hooks';
import type { LiveVoteInput } from '../../schema/live.ts';
import type { Lang } from '../shared/i18n/lang.ts';
import { sendUntilFinal } from '../shared/retry.ts';
import { postVote, readErrors } from './api.ts';

export type VoteStatus =
  { kind: 'idle' } | { kind: 'sending'; retryIn: number | null } | { kind: 'stored'; at: number } | { kind: 'closed' } | { kind: 'refused'; message: string };

class Superseded extends Error {}

/**
 * Sends a vote until the server acknowledges or refuses it, as the questionnaire does (web/respond/retry.ts):
 * network failures, 5xx and 429 are retried after a countdown the person can skip, cut short when the device
 * comes back online. A vote replaces the device's previous one, so repeating it is harmless; a newer vote
 * supersedes one still being retried in the same lane (ideas: one lane per idea, so upvoting a second idea does not
 * drop the first one's retries); the status shown is the last vote sent's. « Vote enregistré » only on 201.
 */
export function useVote(sessionId: string, token: string, lang: Lang, onStored: (vote: LiveVoteInput) => void) {
  const [status, setStatus] = useState<VoteStatus>({ kind: 'idle' });
  const lanes = useRef(new Map<string, { generation: number; skipWait: (() => void) | null }>());
  const shown = useRef('');
  useEffect(
    () => () => {
      for (const lane of lanes.current.values()) {
        lane.generation++;
        lane.skipWait?.();
      }
    },
    [],
  );

  const send = async (vote: LiveVoteInput, laneKey = ''): Promise<void> => {
    let lane = lanes.current.get(laneKey);
    if (!lane) lanes.current.set(laneKey, (lane = { generation: 0, skipWait: null }));
    const own = lane;
    const mine = ++own.generation;
    own.skipWait?.();
    shown.current = laneKey;
    const current = () => own.generation === mine;
    const show = (next: VoteStatus) => {
      if (current() && shown.current === laneKey) setStatus(next);
    };
    show({ kind: 'sending', retryIn: null });
    const wait = (seconds: number) =>
      new Promise<void>((resolve, reject) => {
        if (!current()) return reject(new Superseded());
        let left = seconds;
        show({ kind: 'sending', retryIn: left });
        const done = () => {
          clearInterval(timer);
          removeEventListener('online', done);
          if (own.skipWait === done) own.skipWait = null;
          if (!current()) return reject(new Superseded());
          show({ kind: 'sending', retryIn: null });
          resolve();
        };
        const timer = setInterval(() => {
          left -= 1;
          if (left <= 0) done();
          else show({ kind: 'sending', retryIn: left });
        }, 1000);
        addEventListener('online', done);
        own.skipWait = done;
      });
    let response: Response;
    try {
      response = await sendUntilFinal(() => postVote(sessionId, token, lang, vote), wait);
    } catch (error) {
      if (error instanceof Superseded) return;
      throw error;
    }
    if (!current()) return;
    if (response.status === 201) {
      onStored(vote);
      return show({ kind: 'stored', at: Date.now() });
    }
    const errors = await readErrors(response);
    // A question locked or closed meanwhile (or the session); other refusals (a college already fixed, a cap) say why.
    if (response.status === 423 || (response.status === 409 && ['questionId', 'status'].includes(errors[0]?.path ?? ''))) return show({ kind: 'closed' });
    show({ kind: 'refused', message: errors.map((e) => e.message).join(' ') });
  };

  const retryNow = () => {
    for (const lane of lanes.current.values()) lane.skipWait?.();
  };
  return { status, send, retryNow, reset: () => setStatus({ kind: 'idle' }) };
}
