import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../shared/i18n/format.ts';
import type { Lang } from '../shared/i18n/lang.ts';
import { resultsText } from './text.ts';
import type { useReleasedResults } from './useReleasedResults.ts';

/**
 * What the status region says about refreshes: a refresh the person asked for is always confirmed,
 * a new release found by itself is announced politely, and the first load not at all.
 */
export function useRefreshAnnouncement(released: ReturnType<typeof useReleasedResults>, lang: Lang) {
  const [announcement, setAnnouncement] = useState('');
  const askedRefresh = useRef(false);
  const lastRelease = useRef<number | null | undefined>(undefined);

  useEffect(() => {
    if (released.state.kind !== 'ok') return;
    const text = resultsText[lang];
    const release = released.state.results.release;
    const described = release && text.refreshed(formatNumber(lang, release.number), formatNumber(lang, release.responses));
    if (askedRefresh.current) setAnnouncement(released.state.stale ? text.refreshFailed : (described ?? text.refreshedNone));
    else if (lastRelease.current !== undefined && release && release.number !== lastRelease.current)
      setAnnouncement(text.newRelease(formatNumber(lang, release.number), formatNumber(lang, release.responses)));
    askedRefresh.current = false;
    lastRelease.current = release?.number ?? null;
  }, [released.state]);

  const refreshNow = () => {
    askedRefresh.current = true;
    void released.refresh();
  };

  return { announcement, refreshNow };
}
