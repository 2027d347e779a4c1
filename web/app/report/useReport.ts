import { useEffect, useRef, useState } from 'preact/hooks';
import type { SurveyReport } from '../../../schema/report.ts';
import { useLang } from '../../shared/i18n/lang.ts';
import { attempt, messageOf, useApi } from '../api.ts';

export type ReportState = { report: SurveyReport | null; busy: boolean; failed: string | null };

/**
 * `?by=` is read by the route itself (not through a validator), so the typed client may not list it;
 * hc sends any `query` it is given.
 */
const withQuery = <T extends object>(args: T, query: Record<string, string>): T => ({ ...args, query }) as T;

/**
 * The survey's report, split by `by` when set. Unlike useLoad, the last report stays shown while the
 * next one loads, so choosing a breakdown does not blank the page (nor lose the focus on the choice).
 */
export function useReport(orgId: string, surveyId: string, by: string | null): [ReportState, () => Promise<void>] {
  const api = useApi();
  const lang = useLang();
  const [state, setState] = useState<ReportState>({ report: null, busy: true, failed: null });
  const latest = useRef(0);
  const run = async () => {
    const call = ++latest.current;
    setState((s) => ({ ...s, busy: true }));
    const param = { param: { orgId, id: surveyId } };
    const outcome = await attempt(api.orgs[':orgId'].surveys[':id'].report.$get(withQuery(param, by ? { by } : {})), lang);
    if (call !== latest.current) return;
    if (outcome.ok) setState({ report: outcome.data as SurveyReport, busy: false, failed: null });
    else if (outcome.status !== 401) setState((s) => ({ ...s, busy: false, failed: messageOf(outcome) }));
  };
  useEffect(() => {
    void run();
  }, [orgId, surveyId, by, lang]);
  return [state, run];
}
