import type { QuestionType, SurveyStatus } from './survey.ts';

/**
 * Why a figure is not shown:
 * - `under_k`: fewer than k people;
 * - `deducible`: showing it would let a smaller group be worked out from other published figures
 *   (across groups or releases);
 * - `filter`: the question the results are filtered on (every respondent gave the same answer);
 * - `profile`: another breakdown question, never crossed with a group (crossed profiles point at people).
 */
export type Withheld = 'under_k' | 'deducible' | 'filter' | 'profile';

/**
 * A share coarsened because all, or all but fewer than k, of the people counted gave the same
 * answer (ℓ-diversity): only a bound is shown, in percent.
 */
export type Coarse = { atLeast: number } | { atMost: number };

/** One bar of a chart: an option, a scale point, a range of numbers or a month. */
export type Bar = {
  key: string;
  /** null when hidden: `withheld` or `coarse` says how. */
  count: number | null;
  percent: number | null;
  withheld?: Withheld;
  coarse?: Coarse;
};

/** Mean and median; null when the distribution is coarsened (they would give it away). */
export type Summary = { mean: number | null; median: number | null };

type Shown<T extends QuestionType, Extra> = {
  id: string;
  type: T;
  suppressed: false;
  /** The release these figures come from: older than the latest when they could not be refreshed. */
  release: number;
  /** Why the latest release did not refresh them, when it did not. */
  stale?: Withheld;
  /** People who gave a real answer (not « préfère ne pas répondre »); null when withheld. */
  answered: number | null;
  preferNotToAnswer: number | null;
} & Extra;

export type MatrixItemResult =
  ({ id: string; suppressed: false; release: number; answered: number; distribution: Bar[] } & Summary) | { id: string; suppressed: true; reason: Withheld };

export type RankingOptionResult = { id: string; ranked: number; meanRank: number | null; first: number | null; coarse?: Coarse };

export type QuestionResult =
  | Shown<'single' | 'multiple', { options: Bar[] }>
  | Shown<'scale', { distribution: Bar[] } & Summary>
  | Shown<'number', { distribution: (Bar & { from: number; to: number })[]; mean: number | null; medianRange: { from: number; to: number } | null }>
  | Shown<'matrix', { items: MatrixItemResult[] }>
  | Shown<'ranking', { options: RankingOptionResult[] }>
  | Shown<'date', { distribution: Bar[] }>
  | Shown<'short_text' | 'long_text', object>
  | { id: string; type: QuestionType; suppressed: true; reason: Withheld };

/** A release: a frozen snapshot of the figures, made on a schedule and at closing. */
export type ReleaseSummary = { number: number; madeAt: string; kind: 'scheduled' | 'closing'; responses: number };

export type SurveyResults = {
  slug: string;
  status: SurveyStatus;
  /** The anonymity threshold applied. */
  k: number;
  /** The latest release (null before the first): every figure describes it or an earlier one. */
  release: ReleaseSummary | null;
  /** When the next release may happen (ISO), if one is planned. */
  nextReleaseAt: string | null;
  /** Respondents the figures describe: the latest release's (or the group's, when filtered). */
  responses: number;
  questions: QuestionResult[];
};

/** One group's results: `GET …/results?by=&option=`. */
export type GroupResults = SurveyResults & { filter: { question: string; option: string; respondents: number; release: number } };
