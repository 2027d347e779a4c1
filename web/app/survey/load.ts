import { useEffect, useRef, useState } from 'preact/hooks';
import { useLang } from '../../shared/i18n/lang.ts';
import type { Outcome } from '../api.ts';

export type Load<T> = { kind: 'loading' } | { kind: 'ok'; data: T } | { kind: 'missing' } | { kind: 'failed'; message: string; status: number };

/**
 * Runs `loader` now and whenever `deps` change; `reload` runs it again (after a change). A change of
 * language alone reloads in place: what is on screen stays until the answer in the new language
 * arrives, so a search typed or a control focused meanwhile is not swept away by a « Chargement… ».
 * Only the latest run's answer is shown.
 */
export function useLoad<T>(loader: () => Promise<Outcome<T>>, deps: unknown[]): [Load<T>, () => Promise<void>] {
  const lang = useLang();
  const [state, setState] = useState<Load<T>>({ kind: 'loading' });
  const latest = useRef(0);
  const loadedFor = useRef<unknown[] | null>(null);
  const run = async () => {
    const ticket = ++latest.current;
    const outcome = await loader();
    if (ticket !== latest.current) return;
    if (outcome.ok) setState({ kind: 'ok', data: outcome.data });
    else if (outcome.status === 404) setState({ kind: 'missing' });
    else if (outcome.status !== 401) setState({ kind: 'failed', status: outcome.status, message: outcome.errors.map((e) => e.message).join(' · ') });
  };
  useEffect(() => {
    const identity = deps.filter((dep) => dep !== lang);
    const previous = loadedFor.current;
    loadedFor.current = identity;
    const sameThing = previous !== null && previous.length === identity.length && identity.every((dep, i) => Object.is(dep, previous[i]));
    if (!sameThing) setState({ kind: 'loading' });
    void run();
  }, deps);
  return [state, run];
}
