import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LoadError } from '../shared/ui/LoadError.tsx';
import { Loading } from '../shared/ui/Loading.tsx';

/**
 * A view loaded on demand: the phone that opens `/b/:slug` never downloads the kiosk's, the answers'
 * or the receipt's code. Plain state rather than Suspense: loading, shown, or failed (then a retry).
 */
export function Lazy<P extends object>({ load, props }: { load: () => Promise<ComponentType<P>>; props: P }) {
  const [view, setView] = useState<{ Component: ComponentType<P> } | 'loading' | 'failed'>('loading');
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (Component) => current && setView({ Component }),
      () => current && setView('failed'),
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  if (view === 'failed') return <LoadError onRetry={() => (setView('loading'), setAttempt((n) => n + 1))} />;
  if (view === 'loading') return <Loading />;
  return <view.Component {...props} />;
}
