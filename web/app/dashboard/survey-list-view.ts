import type { Lang, LocalizedText } from '../../../schema/lang.ts';
import type { SurveyStatus } from '../../../schema/survey.ts';

/** A survey of the dashboard's list, as `GET …/surveys` gives it. */
export type ListedSurvey = {
  id: string;
  slug: string;
  status: SurveyStatus;
  version: number;
  title: LocalizedText;
  responses: number;
  archived: boolean;
  /** Told to editors and owners only. */
  answered?: boolean;
};

export const SORTS = ['recent', 'title', 'status', 'responses'] as const;
export type Sort = (typeof SORTS)[number];

/** Lowercase, without accents or extra spaces: « Évaluation  CPTS » and « evaluation cpts » are the same search. */
export function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const titleIn = (survey: ListedSurvey, lang: Lang) => (lang === 'en' && survey.title.en?.trim() ? survey.title.en : survey.title.fr);

/** Whether every word searched is in the title (either language) or the address. */
export function matchesSearch(survey: ListedSurvey, search: string): boolean {
  const words = folded(search).split(' ').filter(Boolean);
  const haystack = folded(`${survey.title.fr} ${survey.title.en ?? ''} ${survey.slug}`);
  return words.every((word) => haystack.includes(word));
}

/** Open first (they are collecting), then drafts (still to publish), then closed. */
const STATUS_ORDER: Record<SurveyStatus, number> = { open: 0, draft: 1, closed: 2 };

/**
 * The list as chosen: `recent` keeps the server's order (newest first); titles sort in the reader's
 * language and its alphabet (accents and case aside); ties keep the newest first.
 */
export function sortSurveys(surveys: readonly ListedSurvey[], sort: Sort, lang: Lang): ListedSurvey[] {
  const collator = new Intl.Collator(lang === 'en' ? 'en-GB' : 'fr-FR', { sensitivity: 'base', numeric: true });
  const recency = new Map(surveys.map((survey, index) => [survey.id, index]));
  const byRecency = (a: ListedSurvey, b: ListedSurvey) => recency.get(a.id)! - recency.get(b.id)!;
  const compare: Record<Sort, (a: ListedSurvey, b: ListedSurvey) => number> = {
    recent: byRecency,
    title: (a, b) => collator.compare(titleIn(a, lang), titleIn(b, lang)) || byRecency(a, b),
    status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byRecency(a, b),
    responses: (a, b) => b.responses - a.responses || byRecency(a, b),
  };
  return [...surveys].sort(compare[sort]);
}
