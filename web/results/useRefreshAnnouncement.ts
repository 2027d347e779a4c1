import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../shared/i18n/format.ts';
import type { Lang } from '../shared/i18n/lang.ts';
import { resultsText } from './text.ts';
import type { useLiveResults } from './useLiveResults.ts';

/**
 * What the status region says about refreshes: a refresh the person asked for is always confirmed,
 * new responses arriving by themselves are announced politely, and the first load not at all.
 */
export function useRefreshAnnouncement(live: ReturnType<typeof useLiveResults>, lang: Lang) {
  const [announcement, setAnnouncement] = useState('');
  const askedRefresh = useRef(false);
  const lastTotal = useRef<number | null>(null);

  useEffect(() => {
    if (live.state.kind !== 'ok') return;
    const text = resultsText[lang];
    const total = live.state.results.responses;
    const count = formatNumber(lang, total);
    if (askedRefresh.current) setAnnouncement(live.state.stale ? text.refreshFailed : text.refreshed(count));
    else if (lastTotal.current !== null && total !== lastTotal.current) setAnnouncement(text.newResponses(count));
    askedRefresh.current = false;
    lastTotal.current = total;
  }, [live.state]);

  const refreshNow = () => {
    askedRefresh.current = true;
    void live.refresh();
  };

  return { announcement, refreshNow };
}
