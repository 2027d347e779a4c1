import type { SurveyResults } from '../../schema/results.ts';
import type { Survey } from '../../schema/survey.ts';
import { surveyResults } from '../domain/results.ts';
import type { Db } from '../db/client.ts';
import { publishedTalliesForSurvey, responseTotal } from '../db/tallies.ts';

/** A survey's results as released: the live total plus the figures of the last multiple of k. */
export async function releasedResults(db: Db, survey: Survey): Promise<SurveyResults> {
  const [cells, total] = await Promise.all([publishedTalliesForSurvey(db, survey.id), responseTotal(db, survey.id)]);
  return surveyResults(survey, cells, total);
}
