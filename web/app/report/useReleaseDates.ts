import { useLang } from '../../shared/i18n/lang.ts';
import { attempt, useApi } from '../api.ts';
import { useLoad } from '../survey/load.ts';

/** When each release of the survey was made (`GET …/activity`): the cover says over which days responses were released. */
export function useReleaseDates(orgId: string, surveyId: string): string[] {
  const api = useApi();
  const lang = useLang();
  const [activity] = useLoad(() => attempt(api.orgs[':orgId'].surveys[':id'].activity.$get({ param: { orgId, id: surveyId } }), lang), [orgId, surveyId, lang]);
  return activity.kind === 'ok' ? activity.data.releases.map((release) => release.madeAt) : [];
}
