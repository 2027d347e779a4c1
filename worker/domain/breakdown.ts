import type { MatrixItemResult, QuestionResult, SurveyResults } from '../../schema/results.ts';
import { questionsOf, type Survey } from '../../schema/survey.ts';
import { cellsToHide } from './anonymity.ts';
import { surveyResults } from './results.ts';
import type { TallyCell } from './tally.ts';

/** How many people a set of cells says answered `question` (or a matrix row); '' is the whole group. */
function answered(cells: readonly TallyCell[] | undefined, question: string, item = ''): number {
  return cells?.find((c) => c.question === question && c.item === item && c.option === '')?.count ?? 0;
}

export type BreakdownGroup = { option: string; available: boolean };

/**
 * Which groups of a breakdown question may be shown: none under k people, and — counting the
 * people who did not answer it, who are never shown — none recoverable by subtraction.
 */
export function breakdownGroups(survey: Survey, by: string, all: readonly TallyCell[], byOption: ReadonlyMap<string, TallyCell[]>): BreakdownGroup[] {
  const question = questionsOf(survey).find((q) => q.id === by);
  if (question?.type !== 'single') return [];
  const groups = question.options.map((o) => ({ key: o.id, count: answered(byOption.get(o.id), '') }));
  const total = answered(all, '');
  const unshown = total - groups.reduce((n, g) => n + g.count, 0);
  const hidden = cellsToHide(groups, survey.settings.k, unshown);
  return groups.map((g) => ({ option: g.key, available: g.count > 0 && !hidden.has(g.key) }));
}

export type Breakdown =
  | { ok: true; results: SurveyResults & { filter: { question: string; option: string; respondents: number } } }
  | { ok: false; reason: 'not_a_breakdown' | 'unknown_option' | 'too_few' };

/**
 * Results of one subgroup (people who answered `option` to `by`). A question — or matrix row — is
 * shown only if, across all the groups that can be shown, every group has k answers to it and
 * the people outside them are 0 or at least k: otherwise its figures for some small group could be
 * recovered from the overall results minus the groups'.
 */
export function breakdownResults(
  survey: Survey,
  by: string,
  option: string,
  all: readonly TallyCell[],
  byOption: ReadonlyMap<string, TallyCell[]>,
): Breakdown {
  const question = questionsOf(survey).find((q) => q.id === by);
  if (question?.type !== 'single' || !question.breakdown) return { ok: false, reason: 'not_a_breakdown' };
  if (!question.options.some((o) => o.id === option)) return { ok: false, reason: 'unknown_option' };
  const available = breakdownGroups(survey, by, all, byOption).filter((g) => g.available).map((g) => g.option);
  if (!available.includes(option)) return { ok: false, reason: 'too_few' };

  const k = survey.settings.k;
  const safe = (q: string, item = '') => {
    const counts = available.map((o) => answered(byOption.get(o), q, item));
    const outside = answered(all, q, item) - counts.reduce((n, c) => n + c, 0);
    return counts.every((c) => c >= k) && (outside === 0 || outside >= k);
  };

  const group = byOption.get(option) ?? [];
  const respondents = answered(group, '');
  const results = surveyResults(survey, group, respondents);
  const questions = results.questions.map((result): QuestionResult => {
    if (result.suppressed) return result;
    if (result.id === by || !safe(result.id)) return { id: result.id, type: result.type, suppressed: true };
    if (result.type !== 'matrix') return result;
    const items = result.items.map((item): MatrixItemResult => (item.suppressed || safe(result.id, item.id) ? item : { id: item.id, suppressed: true }));
    return { ...result, items };
  });
  return { ok: true, results: { ...results, questions, filter: { question: by, option, respondents } } };
}
