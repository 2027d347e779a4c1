import { useEffect, useState } from 'preact/hooks';
import type { Outcome } from '../api.ts';

export type Load<T> = { kind: 'loading' } | { kind: 'ok'; data: T } | { kind: 'missing' } | { kind: 'failed'; message: string; status: number };

/** Runs `loader` now and whenever `deps` change; `reload` runs it again (after a change). */
export function useLoad<T>(loader: () => Promise<Outcome<T>>, deps: unknown[]): [Load<T>, () => Promise<void>] {
  const [state, setState] = useState<Load<T>>({ kind: 'loading' });
  const run = async () => {
    const outcome = await loader();
    if (outcome.ok) setState({ kind: 'ok', data: outcome.data });
    else if (outcome.status === 404) setState({ kind: 'missing' });
    else if (outcome.status !== 401) setState({ kind: 'failed', status: outcome.status, message: outcome.errors.map((e) => e.message).join(' · ') });
  };
  useEffect(() => {
    setState({ kind: 'loading' });
    void run();
  }, deps);
  return [state, run];
}
