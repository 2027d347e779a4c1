import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useText } from '../../shared/i18n/lang.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { CoordinatorFrame } from '../frame/CoordinatorFrame.tsx';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { boxText } from './text.ts';

type Props = { orgId: string; rest: string };

let loaded: ComponentType<Props> | null = null;

/** The idea box's pages load on first use: coordinators who never open them never download them. */
export function IdeasPages(props: Props) {
  const text = useText(boxText);
  const [Area, setArea] = useState<ComponentType<Props> | null | 'failed'>(loaded);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (loaded) return;
    let current = true;
    import('./IdeasArea.tsx').then(
      (module) => current && setArea(() => (loaded = module.IdeasArea)),
      () => current && setArea('failed'),
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  if (Area && Area !== 'failed') return <Area {...props} />;
  return (
    <CoordinatorFrame title={text.listTitle} orgId={props.orgId}>
      {Area === 'failed' ? (
        <LoadError
          inPage
          onRetry={() => {
            setArea(null);
            setAttempt((n) => n + 1);
          }}
        />
      ) : (
        <Loading />
      )}
    </CoordinatorFrame>
  );
}
