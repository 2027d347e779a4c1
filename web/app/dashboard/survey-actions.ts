import type { SurveyInput } from '../../../schema/survey.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import type { Api } from '../../shared/api/client.ts';
import { attempt, messageOf } from '../api.ts';
import type { ListedSurvey } from './survey-list-view.ts';

export type Action = 'publish' | 'close' | 'reopen' | 'archive' | 'unarchive' | 'duplicate' | 'delete';

/** Actions that lose or expose something: they are confirmed first. */
export const CONFIRMED: ReadonlySet<Action> = new Set(['publish', 'close', 'archive', 'delete']);

export type ActionResult = { ok: true; /** The copy a duplicate made. */ copy?: { id: string; title: SurveyInput['title'] } } | { ok: false; message: string };

/** Runs one action of the list on a survey. */
export async function runAction(api: Api, orgId: string, action: Action, item: ListedSurvey, lang: Lang): Promise<ActionResult> {
  const param = { param: { orgId, id: item.id } };
  const survey = api.orgs[':orgId'].surveys[':id'];
  const outcome =
    action === 'publish' || action === 'reopen'
      ? await attempt(survey.publish.$post(param), lang)
      : action === 'close'
        ? await attempt(survey.close.$post(param), lang)
        : action === 'archive'
          ? await attempt(survey.archive.$post(param), lang)
          : action === 'unarchive'
            ? await attempt(survey.unarchive.$post(param), lang)
            : action === 'duplicate'
              ? await attempt(survey.duplicate.$post(param), lang)
              : await attempt(survey.$delete(param), lang);
  if (!outcome.ok) return { ok: false, message: messageOf(outcome) };
  if (action === 'duplicate') {
    const copy = outcome.data as { id: string; title: SurveyInput['title'] };
    return { ok: true, copy: { id: copy.id, title: copy.title } };
  }
  return { ok: true };
}

/** The definition of a survey, for the checklist shown before publishing it. */
export async function loadDefinition(api: Api, orgId: string, id: string, lang: Lang): Promise<SurveyInput | null> {
  const outcome = await attempt(api.orgs[':orgId'].surveys[':id'].$get({ param: { orgId, id } }), lang);
  return outcome.ok ? (outcome.data as SurveyInput) : null;
}
