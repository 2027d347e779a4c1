import { useEffect, useRef, useState } from 'preact/hooks';
import type { LiveVoteInput } from '../../schema/live.ts';
import type { Lang } from '../shared/i18n/lang.ts';
import { sendUntilFinal } from '../respond/retry.ts';
import { postVote, readErrors } from './api.ts';

export type VoteStatus =
  | { kind: 'idle' }
  | { kind: 'sending'; retryIn: number | null }
  | { kind: 'stored'; at: number }
  | { kind: 'closed' }
  | { kind: 'refused'; message: string };

class Superseded extends Error {}

/**
 * Sends a vote until the server acknowledges or refuses it, as the questionnaire does (web/respond/retry.ts):
 * network failures, 5xx and 429 are retried after a countdown the person can skip, cut short when the device
 * comes back online. A vote replaces the device's previous one, so repeating it is harmless; a newer vote
 * supersedes one still being retried. « Vote enregistré » only on 201.
 */
export function useVote(sessionId: string, token: string, lang: Lang, onStored: (vote: LiveVoteInput) => void) {
  const [status, setStatus] = useState<VoteStatus>({ kind: 'idle' });
  const generation = useRef(0);
  const skipWait = useRef<(() => void) | null>(null);
  useEffect(
    () => () => {
      generation.current++;
      skipWait.current?.();
    },
    [],
  );

  const send = async (vote: LiveVoteInput): Promise<void> => {
    const mine = ++generation.current;
    skipWait.current?.();
    setStatus({ kind: 'sending', retryIn: null });
    const wait = (seconds: number) =>
      new Promise<void>((resolve, reject) => {
        if (generation.current !== mine) return reject(new Superseded());
        let left = seconds;
        setStatus({ kind: 'sending', retryIn: left });
        const done = () => {
          clearInterval(timer);
          removeEventListener('online', done);
          if (skipWait.current === done) skipWait.current = null;
          if (generation.current !== mine) return reject(new Superseded());
          setStatus({ kind: 'sending', retryIn: null });
          resolve();
        };
        const timer = setInterval(() => {
          left -= 1;
          if (left <= 0) done();
          else if (generation.current === mine) setStatus({ kind: 'sending', retryIn: left });
        }, 1000);
        addEventListener('online', done);
        skipWait.current = done;
      });
    let response: Response;
    try {
      response = await sendUntilFinal(() => postVote(sessionId, token, lang, vote), wait);
    } catch (error) {
      if (error instanceof Superseded) return;
      throw error;
    }
    if (generation.current !== mine) return;
    if (response.status === 201) {
      onStored(vote);
      return setStatus({ kind: 'stored', at: Date.now() });
    }
    if (response.status === 409 || response.status === 423) return setStatus({ kind: 'closed' });
    const errors = await readErrors(response);
    setStatus({ kind: 'refused', message: errors.map((e) => e.message).join(' ') });
  };

  return { status, send, retryNow: () => skipWait.current?.(), reset: () => setStatus({ kind: 'idle' }) };
}
