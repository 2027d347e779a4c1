import { useEffect, useState } from 'preact/hooks';

/**
 * The comparison shown, in the page's address (`…/report?by=profession`): it can be bookmarked and
 * passed on, and it survives a change of language (which loads the page's survey again).
 */
export function useBreakdownParam(): [string | null, (by: string | null) => void] {
  const [by, setBy] = useState<string | null>(() => new URLSearchParams(location.search).get('by'));
  useEffect(() => {
    const query = by ? `?${new URLSearchParams({ by })}` : '';
    if (location.search !== query) history.replaceState(null, '', `${location.pathname}${query}`);
  }, [by]);
  return [by, setBy];
}
