import * as v from 'valibot';
import type { Lang } from '../../schema/lang.ts';
import type { GroupResults, SurveyResults, Withheld } from '../../schema/results.ts';
import { Id, type Survey } from '../../schema/survey.ts';
import type { Db } from '../db/client.ts';
import { groupStates, publishedView } from '../db/published.ts';
import { latestRelease } from '../db/releases.ts';
import { surveyReleaseState } from '../db/surveys.ts';
import { RESPONDENTS } from '../domain/release/measures.ts';
import { breakdownQuestions, EVERYONE, groupKey } from '../domain/release/profile.ts';
import { viewResults } from '../domain/results.ts';
import { apiError } from '../middleware/errors.ts';

/** A survey's results as its latest release published them: never a live count. */
export async function everyoneResults(db: Db, survey: Survey): Promise<SurveyResults> {
  const [view, release, state] = await Promise.all([publishedView(db, survey.id, EVERYONE), latestRelease(db, survey.id), surveyReleaseState(db, survey.id)]);
  return viewResults(survey, EVERYONE, view, { release, nextReleaseAt: state.nextReleaseAt });
}

export const GroupQuery = v.strictObject({ by: Id, option: Id });

const refusal = (why: Withheld, k: number) =>
  why === 'deducible'
    ? {
        fr: `Filtre refusé : ce groupe a au moins ${k} personnes, mais ses chiffres permettraient de déduire ceux d’un groupe plus petit (par différence avec d’autres chiffres publiés)`,
        en: `Filter refused: this group has at least ${k} people, but its figures would let a smaller group’s be worked out (by difference with other published figures)`,
      }
    : { fr: `Filtre refusé : ce groupe compte moins de ${k} personnes`, en: `Filter refused: this group has fewer than ${k} people` };

/** One group's results as last published, or a refusal saying which rule keeps them hidden. */
export async function groupResults(db: Db, survey: Survey, query: v.InferOutput<typeof GroupQuery>, lang: Lang): Promise<GroupResults> {
  const question = breakdownQuestions(survey).find((q) => q.id === query.by);
  if (!question) throw apiError(400, 'by', { fr: 'Cette question ne sert pas de filtre', en: 'This question is not a breakdown' }, lang);
  if (!question.options.some((o) => o.id === query.option))
    throw apiError(400, 'option', { fr: 'Option inconnue pour cette question', en: 'Unknown option for this question' }, lang);
  const group = groupKey(query.by, query.option);
  const [view, release, state] = await Promise.all([publishedView(db, survey.id, group), latestRelease(db, survey.id), surveyReleaseState(db, survey.id)]);
  const count = view.states.get(RESPONDENTS);
  if (!count || count.release === null) throw apiError(409, 'option', refusal(count?.withheld ?? 'under_k', survey.settings.k), lang);
  const results = viewResults(survey, group, view, { release, nextReleaseAt: state.nextReleaseAt });
  return { ...results, filter: { question: query.by, option: query.option, respondents: results.responses, release: count.release } };
}

export type BreakdownGroup = { option: string; available: boolean; respondents: number | null; release: number | null; withheld: Withheld | null };

/** Each breakdown question with its groups as published: which can be opened, as of which release, and why not. */
export async function breakdownList(db: Db, survey: Survey): Promise<{ question: string; groups: BreakdownGroup[] }[]> {
  const questions = breakdownQuestions(survey);
  if (questions.length === 0) return [];
  const states = await groupStates(db, survey.id);
  return questions.map((q) => ({
    question: q.id,
    groups: q.options.map((o) => {
      const state = states.get(groupKey(q.id, o.id));
      const available = state?.release != null;
      return {
        option: o.id,
        available,
        respondents: available ? (state!.respondents ?? 0) : null,
        release: state?.release ?? null,
        withheld: state?.withheld ?? (available ? null : 'under_k'),
      };
    }),
  }));
}
