import { useEffect, useState } from 'preact/hooks';
import type { GroupResults } from '../../../schema/results.ts';
import { useLang } from '../../shared/i18n/lang.ts';
import { attempt, messageOf, useApi } from '../api.ts';

export type Filter = { by: string; option: string };

/**
 * `?by=&option=` are read by the route itself (not through a validator), so the typed client does not
 * list them; hc sends any `query` it is given.
 */
const withQuery = <T extends object>(args: T, query: Record<string, string>): T => ({ ...args, query }) as T;

/** The filter in the page's address (`…/results?by=profession&option=nurse`): a group's view can be bookmarked and shared. */
function filterInAddress(): Filter | null {
  const query = new URLSearchParams(location.search);
  const by = query.get('by');
  const option = query.get('option');
  return by && option ? { by, option } : null;
}

function writeAddress(filter: Filter | null): void {
  const query = filter ? `?${new URLSearchParams({ by: filter.by, option: filter.option })}` : '';
  if (location.search !== query) history.replaceState(null, '', `${location.pathname}${query}`);
}

export type GroupState = { kind: 'none' } | { kind: 'loading' } | { kind: 'ok'; data: GroupResults };

/**
 * One group's results, as last released. A refusal (409: fewer than k, or a smaller group deducible)
 * comes back as a message saying which rule, and the page returns to everyone's results.
 */
export function useGroupResults(orgId: string, surveyId: string) {
  const api = useApi();
  const lang = useLang();
  const [filter, setFilter] = useState<Filter | null>(filterInAddress);
  const [group, setGroup] = useState<GroupState>({ kind: 'none' });
  const [refusal, setRefusal] = useState<{ message: string; key: number } | null>(null);

  useEffect(() => {
    writeAddress(filter);
    if (!filter) return setGroup({ kind: 'none' });
    setGroup({ kind: 'loading' });
    let current = true;
    void (async () => {
      const outcome = await attempt(api.orgs[':orgId'].surveys[':id'].results.$get(withQuery({ param: { orgId, id: surveyId } }, filter)), lang);
      if (!current) return;
      if (outcome.ok) {
        setRefusal(null);
        setGroup({ kind: 'ok', data: outcome.data as GroupResults });
      } else if (outcome.status !== 401) {
        // The address stops naming the refused group as the refusal shows, not a render later.
        writeAddress(null);
        setRefusal({ message: messageOf(outcome), key: Date.now() });
        setFilter(null);
      }
    })();
    return () => {
      current = false;
    };
  }, [filter?.by, filter?.option, lang]);

  return { filter, setFilter, group, refusal };
}
