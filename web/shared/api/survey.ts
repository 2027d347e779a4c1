import type { Lang } from '../../../schema/lang.ts';
import type { PrivacyNotice } from '../../../schema/privacy.ts';
import type { Survey } from '../../../schema/survey.ts';
import { fetchSurvey } from './public.ts';

/** A published survey as served to respondents: with its privacy notice, written by the worker. */
export type PublishedSurvey = Survey & { privacy?: Record<Lang, PrivacyNotice> };

export type SurveyLoad = { kind: 'ok'; survey: PublishedSurvey } | { kind: 'missing' } | { kind: 'failed' };

/** The published definition behind `/s/:slug`: both pages start from it. */
export async function loadSurvey(lang: Lang, slug: string): Promise<SurveyLoad> {
  try {
    const response = await fetchSurvey(lang, slug);
    if (response.status === 404) return { kind: 'missing' };
    if (!response.ok) return { kind: 'failed' };
    return { kind: 'ok', survey: await response.json() };
  } catch {
    return { kind: 'failed' };
  }
}

/** The slug from `/s/:slug` or `/s/:slug/results`. */
export function slugFromPath(pathname: string): string {
  return decodeURIComponent(pathname.split('/')[2] ?? '');
}
