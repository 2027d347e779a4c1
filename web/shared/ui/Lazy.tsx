import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LoadFailed } from './LoadScreens.tsx';
import { Loading } from './Loading.tsx';

type Props<P> = {
  load: () => Promise<ComponentType<P>>;
  props: P;
  /** Shown while the code loads: the spinner unless said. */
  loading?: ComponentChildren;
  /** Shown when the code cannot be fetched: the retry screen unless said. */
  failed?: ComponentChildren;
};

/**
 * A view loaded on demand (the idea box's answers and receipt, the coordinators' editor): a page never
 * downloads the code of views it does not show. Plain state rather than Suspense: loading, shown, or failed.
 */
export function Lazy<P extends object>({ load, props, loading, failed }: Props<P>) {
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
  if (view === 'failed') return failed ?? <LoadFailed onRetry={() => (setView('loading'), setAttempt((n) => n + 1))} />;
  if (view === 'loading') return loading ?? <Loading />;
  return <view.Component {...props} />;
}
