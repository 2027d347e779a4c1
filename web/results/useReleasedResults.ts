import { useEffect, useRef, useState } from 'preact/hooks';
import type { SurveyResults } from '../../schema/results.ts';
import { apiFor } from '../shared/api/client.ts';
import type { Lang } from '../shared/i18n/lang.ts';

export type ResultsState =
  | { kind: 'loading' }
  | { kind: 'forbidden' }
  | { kind: 'missing' }
  | { kind: 'failed' }
  /** `stale`: the last refresh failed, these are the previous figures. */
  | { kind: 'ok'; results: SurveyResults; at: Date; stale: boolean };

/**
 * The survey's latest release. Releases come at most once a day, so there is nothing to poll for:
 * the figures are read again when the page becomes visible again, or on demand.
 */
export function useReleasedResults(slug: string, lang: Lang) {
  const [state, setState] = useState<ResultsState>({ kind: 'loading' });
  const current = useRef(state);
  current.current = state;

  const refresh = async (): Promise<SurveyResults | null> => {
    const previous = current.current;
    try {
      const response = await apiFor(lang).s[':slug'].results.$get({ param: { slug } });
      if (response.status === 403) return (setState({ kind: 'forbidden' }), null);
      if (response.status === 404) return (setState({ kind: 'missing' }), null);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const results = await response.json();
      setState({ kind: 'ok', results, at: new Date(), stale: false });
      return results;
    } catch {
      setState(previous.kind === 'ok' ? { ...previous, stale: true } : { kind: 'failed' });
      return null;
    }
  };

  useEffect(() => {
    void refresh();
    const onVisible = () => {
      if (!document.hidden) void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  return { state, refresh };
}
