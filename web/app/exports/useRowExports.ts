import { useLang } from '../../shared/i18n/lang.ts';
import { attempt, useApi } from '../api.ts';
import { useLoad } from '../survey/load.ts';

/** `GET …/exports`: which row exports can be had now and why not, and whether the reader is an owner. */
export function useRowExports(orgId: string, surveyId: string, status: string) {
  const api = useApi();
  const lang = useLang();
  return useLoad(() => attempt(api.orgs[':orgId'].surveys[':id'].exports.$get({ param: { orgId, id: surveyId } }), lang), [orgId, surveyId, status, lang]);
}

export type RowExports = Extract<ReturnType<typeof useRowExports>[0], { kind: 'ok' }>['data'];
