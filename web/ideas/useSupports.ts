import { useEffect, useRef, useState } from 'preact/hooks';
import { isRetryable, retryDelay } from '../shared/retry.ts';
import type { Lang } from '../shared/i18n/lang.ts';
import { putSupport, type Contributor } from './api.ts';
import type { BoxAddress } from './paths.ts';
import { ideasText } from './text.ts';

/** A 429 asking to wait this long or more is a kiosk's daily cap (schema/ideas.ts: until the next day). */
export const CAP_SECONDS = 600;

export type SupportOutcome = 'saved' | 'removed' | 'refused' | 'capped' | 'revoked';

type Options = {
  address: BoxAddress;
  lang: Lang;
  who: Contributor;
  /** The ideas this person supports already (kept on a phone; none on a kiosk). */
  initial: string[];
  /** Keeps the list after each change (a phone), or nothing (a kiosk). */
  keep?: (ids: string[]) => void;
  /** Told once the server took a support (the kiosk pauses then). */
  onDone?: (outcome: SupportOutcome, ideaId: string) => void;
};

/**
 * Supports as a person sees them: pressing sets the state at once, and `{on}` is sent until the server
 * answers (retried after a failure, as votes are: web/respond/retry.ts). `on` sets rather than toggles,
 * so a request repeated after a lost answer changes nothing. The counts the server sends back replace
 * the page's until the next reload. One message line tells what happened, for every idea.
 */
export function useSupports({ address, lang, who, initial, keep, onDone }: Options) {
  const text = ideasText[lang];
  const [supported, setSupported] = useState<string[]>(initial);
  const [counts, setCounts] = useState<Record<string, number | null>>({});
  const [message, setMessage] = useState('');
  const generations = useRef(new Map<string, number>());
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  /** Waits before the next try, saying why: no connection, or the server asked for a moment (429). */
  const wait = (seconds: number, busy: boolean) =>
    new Promise<void>((resolve) => {
      let left = seconds;
      const say = () => setMessage(busy ? text.supportBusy(left) : text.supportRetry(left));
      say();
      const timer = setInterval(() => {
        left -= 1;
        if (left > 0 && alive.current) say();
        if (left > 0 && alive.current) return;
        clearInterval(timer);
        resolve();
      }, 1000);
    });

  const set = async (ideaId: string, on: boolean) => {
    const generation = (generations.current.get(ideaId) ?? 0) + 1;
    generations.current.set(ideaId, generation);
    setSupported((prev) => {
      const next = on ? [...prev.filter((id) => id !== ideaId), ideaId] : prev.filter((id) => id !== ideaId);
      keep?.(next);
      return next;
    });
    setMessage('');
    const current = () => alive.current && generations.current.get(ideaId) === generation;
    let response: Response | null = null;
    // As web/respond/retry.ts sendUntilFinal, but a kiosk's 429 past its daily cap ends the loop.
    for (let failures = 0; current(); failures++) {
      response = await putSupport(address, lang, who, ideaId, on).catch(() => null);
      if (response && !isRetryable(response.status)) break;
      const asked = response?.headers.get('Retry-After') ?? null;
      if (response?.status === 429 && Number(asked) >= CAP_SECONDS) break;
      await wait(retryDelay(failures, asked), response?.status === 429);
    }
    if (!response || !current()) return;
    if (response.ok) {
      const body = (await response.json().catch(() => null)) as { on?: boolean; supports?: number | null } | null;
      if (body && 'supports' in body) setCounts((prev) => ({ ...prev, [ideaId]: body.supports ?? null }));
      setMessage(on ? text.supportSaved : text.supportRemoved);
      onDone?.(on ? 'saved' : 'removed', ideaId);
      return;
    }
    // Refused: the button shows the state it had.
    setSupported((prev) => {
      const next = on ? prev.filter((id) => id !== ideaId) : [...prev, ideaId];
      keep?.(next);
      return next;
    });
    setMessage(text.supportRefused);
    onDone?.(response.status === 401 || response.status === 403 ? 'revoked' : response.status === 429 ? 'capped' : 'refused', ideaId);
  };

  return { supported, counts, message, set, toggle: (ideaId: string) => set(ideaId, !supported.includes(ideaId)) };
}
