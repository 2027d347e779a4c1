import { useEffect, useState } from 'preact/hooks';
import type { BoxPublic } from '../../schema/ideas.ts';
import type { Lang } from '../shared/i18n/lang.ts';
import { loadBox } from './api.ts';
import type { BoxAddress } from './paths.ts';

export type BoxLoad = { kind: 'loading' } | { kind: 'ok'; box: BoxPublic } | { kind: 'missing' } | { kind: 'failed' };

/** The box as its public pages show it; `reload` fetches it again (after a contribution, or a retry). */
export function useBox(address: BoxAddress, lang: Lang): [BoxLoad, () => Promise<void>] {
  const [state, setState] = useState<BoxLoad>({ kind: 'loading' });
  const reload = async () => {
    const loaded = await loadBox(address, lang);
    if (loaded.ok) setState({ kind: 'ok', box: loaded.data });
    // A reload that fails keeps what is shown; only a first load shows the failure.
    else setState((prev) => (prev.kind === 'ok' && loaded.status !== 404 ? prev : { kind: loaded.status === 404 ? 'missing' : 'failed' }));
  };
  useEffect(() => void reload(), [address.slug, address.key, lang]);
  return [state, reload];
}
