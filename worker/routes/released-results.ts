import * as v from 'valibot';
import type { Lang } from '../../schema/lang.ts';
import type { SurveyResults } from '../../schema/results.ts';
import { Id, questionsOf, type Survey } from '../../schema/survey.ts';
import type { Db } from '../db/client.ts';
import { publishedCrossTallies } from '../db/cross-tallies.ts';
import { publishedTalliesForSurvey, responseTotal } from '../db/tallies.ts';
import { breakdownGroups, breakdownResults, type BreakdownGroup } from '../domain/breakdown.ts';
import { surveyResults } from '../domain/results.ts';
import { apiError } from '../middleware/errors.ts';

/** A survey's results as released: the live total plus the figures of the last multiple of k. */
export async function releasedResults(db: Db, survey: Survey): Promise<SurveyResults> {
  const [cells, total] = await Promise.all([publishedTalliesForSurvey(db, survey.id), responseTotal(db, survey.id)]);
  return surveyResults(survey, cells, total);
}

export const BreakdownQuery = v.strictObject({ by: Id, option: Id });

/** One subgroup's results, refused (with the reason) when k does not allow showing it. */
export async function subgroupResults(db: Db, survey: Survey, query: v.InferOutput<typeof BreakdownQuery>, lang: Lang) {
  const [all, byOption] = await Promise.all([publishedTalliesForSurvey(db, survey.id), publishedCrossTallies(db, survey.id, query.by)]);
  const breakdown = breakdownResults(survey, query.by, query.option, all, byOption);
  if (breakdown.ok) return breakdown.results;
  const k = survey.settings.k;
  switch (breakdown.reason) {
    case 'not_a_breakdown':
      throw apiError(400, 'by', { fr: 'Cette question ne sert pas de filtre', en: 'This question is not a breakdown' }, lang);
    case 'unknown_option':
      throw apiError(400, 'option', { fr: 'Option inconnue pour cette question', en: 'Unknown option for this question' }, lang);
    case 'too_few':
      throw apiError(
        409,
        'option',
        {
          fr: `Filtre refusé : ce groupe compte moins de ${k} personnes, ou permettrait de deviner un groupe plus petit`,
          en: `Filter refused: this group has fewer than ${k} people, or would let a smaller group be inferred`,
        },
        lang,
      );
  }
}

/** Each breakdown question with the groups that can be shown now. */
export async function availableBreakdowns(db: Db, survey: Survey): Promise<{ question: string; groups: BreakdownGroup[] }[]> {
  const questions = questionsOf(survey).filter((q) => q.type === 'single' && q.breakdown);
  if (questions.length === 0) return [];
  const all = await publishedTalliesForSurvey(db, survey.id);
  return Promise.all(
    questions.map(async (q) => ({ question: q.id, groups: breakdownGroups(survey, q.id, all, await publishedCrossTallies(db, survey.id, q.id)) })),
  );
}
