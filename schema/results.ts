import type { QuestionType, SurveyStatus } from './survey.ts';

/** One bar of a chart: an option, a scale point, a month or a range of numbers. */
export type Bar = { key: string; count: number; percent: number };

export type Summary = { mean: number; median: number };

type Shown<T extends QuestionType, Extra> = {
  id: string;
  type: T;
  suppressed: false;
  /** People who gave a real answer (not « préfère ne pas répondre »). */
  answered: number;
  preferNotToAnswer: number;
} & Extra;

export type MatrixItemResult =
  | ({ id: string; suppressed: false; answered: number; distribution: Bar[] } & Summary)
  | { id: string; suppressed: true };

export type RankingOptionResult = { id: string; ranked: number; meanRank: number | null; first: number };

export type QuestionResult =
  | Shown<'single' | 'multiple', { options: Bar[] }>
  | Shown<'scale', { distribution: Bar[] } & Summary>
  | Shown<'number', { distribution: (Bar & { from: number; to: number })[] } & Summary>
  | Shown<'matrix', { items: MatrixItemResult[] }>
  | Shown<'ranking', { options: RankingOptionResult[] }>
  | Shown<'date', { distribution: Bar[] }>
  | Shown<'short_text' | 'long_text', object>
  /** Fewer than k people answered: no figure at all. */
  | { id: string; type: QuestionType; suppressed: true };

export type SurveyResults = {
  slug: string;
  status: SurveyStatus;
  /** The anonymity threshold applied. */
  k: number;
  /** Total responses: always shown. */
  responses: number;
  /**
   * Responses the figures describe. Figures are released in steps of k responses, so that two
   * readings never differ by fewer than k people; the remainder waits for the next step.
   */
  released: number;
  questions: QuestionResult[];
};
