import { openSurveyBySlug, surveyBySlug, type StoredSurvey } from '../db/surveys.ts';
import type { AppEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';

/** A survey respondents may see (drafts stay invisible), read fresh or, for submissions, from the cache of open surveys. */
export async function publishedSurvey(c: { var: AppEnv['Variables'] }, slug: string, cached = false): Promise<StoredSurvey> {
  const survey = cached ? await openSurveyBySlug(c.var.db, slug) : await surveyBySlug(c.var.db, slug);
  if (!survey || survey.status === 'draft') throw apiError(404, 'slug', { fr: 'Questionnaire introuvable', en: 'Survey not found' }, c.var.lang);
  return survey;
}
