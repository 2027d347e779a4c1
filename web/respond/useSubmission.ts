import { useRef, useState } from 'preact/hooks';
import type { Answers } from '../../schema/answers.ts';
import type { Lang } from '../../schema/lang.ts';
import type { ErrorItem } from '../../schema/messages.ts';
import type { PersonalFeedback } from '../../schema/report.ts';
import { errorsOf, postResponse } from '../shared/api/public.ts';
import { sendUntilFinal } from '../shared/retry.ts';

export type SendStatus = { sending: false } | { sending: true; retryIn: number | null };

export type SendOutcome =
  /** `feedback`: the person's own scores, for surveys carrying an intact validated instrument; kept in memory only. */
  | { kind: 'recorded'; feedback?: PersonalFeedback }
  | { kind: 'invalid'; errors: ErrorItem[] }
  | { kind: 'closed' }
  | { kind: 'refused'; message: string; path?: string };

/**
 * Sends the answers until the server acknowledges or refuses them: network failures, 5xx and 429
 * are retried after a countdown the person can skip, and cut short when the device comes back online.
 */
export function useSubmission(slug: string, lang: Lang) {
  const [status, setStatus] = useState<SendStatus>({ sending: false });
  const skipWait = useRef<(() => void) | null>(null);

  const wait = (seconds: number) =>
    new Promise<void>((resolve) => {
      let left = seconds;
      setStatus({ sending: true, retryIn: left });
      const done = () => {
        clearInterval(timer);
        removeEventListener('online', done);
        skipWait.current = null;
        setStatus({ sending: true, retryIn: null });
        resolve();
      };
      const timer = setInterval(() => {
        left -= 1;
        if (left <= 0) done();
        else setStatus({ sending: true, retryIn: left });
      }, 1000);
      addEventListener('online', done);
      skipWait.current = done;
    });

  const send = async (answers: Answers, key: string, code?: string): Promise<SendOutcome> => {
    setStatus({ sending: true, retryIn: null });
    const response = await sendUntilFinal(() => postResponse(lang, slug, code ? { answers, code } : { answers }, key), wait);
    setStatus({ sending: false });
    if (response.status === 201) {
      // An unreadable acknowledgement still means the answers were recorded, just without feedback.
      const body = await response.json().catch(() => null);
      return { kind: 'recorded', feedback: body && 'feedback' in body ? body.feedback : undefined };
    }
    if (response.status === 409) return { kind: 'closed' };
    const errors = await errorsOf(response);
    if (response.status === 422 && errors.every((e) => e.path.startsWith('answers.'))) return { kind: 'invalid', errors };
    return { kind: 'refused', message: errors.map((e) => e.message).join(' '), path: errors[0]?.path };
  };

  return { status, send, retryNow: () => skipWait.current?.() };
}
