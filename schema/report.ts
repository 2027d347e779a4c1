import * as v from 'valibot';
import type { LocalizedText } from './lang.ts';
import { say } from './messages.ts';
import type { Wording } from './instruments/instrument.ts';
import type { Coarse, QuestionResult, ReleaseSummary, Withheld } from './results.ts';
import type { SurveyStatus } from './survey.ts';

/**
 * The scored report of a survey carrying validated instruments (CBI, WHO-5): what
 * `GET /api/orgs/:orgId/surveys/:id/report[?by=<question>]` returns. Every figure carries its n;
 * any figure about fewer than k people is replaced by `{ suppressed: true }`.
 */

/** `cbi.personal`, `cbi.work`, `cbi.patient`, `who5.wellbeing`. */
export type ScaleKey = `${string}.${string}`;

/**
 * A share of respondents at or above (CBI) / at or below (WHO-5) the cutoff, with its 95% Wilson
 * interval (0–1); or, when all or all but fewer than k of them are on one side, only a bound (`coarse`, in percent).
 */
export type CutoffShare = { count: number; n: number; proportion: number; lower: number; upper: number } | { coarse: Coarse; n: number };

/** A scale's figures for one group of at least k scored respondents. */
export type ScaleFigure =
  | {
      suppressed: false;
      /** The release they come from (older than the latest when this one could not refresh them), and why. */
      release: number;
      stale?: Withheld;
      /** Respondents scored on this scale. */
      n: number;
      /** Mean score, 0–100, with its 95% t-interval (`lower`/`upper` null when n = 1, never shown since n ≥ k). */
      mean: number;
      sd: number | null;
      lower: number | null;
      upper: number | null;
      cutoff: CutoffShare;
    }
  | { suppressed: true; reason: Withheld };

export type ReportScale = {
  key: ScaleKey;
  instrument: string;
  scale: string;
  name: Wording;
  /** Items on the scale. */
  items: number;
  /** The survey questions (matrix blocks) holding its items, for item distributions. */
  questions: string[];
  /** Scores run 0–100; `direction` says which end is worse. */
  direction: 'higher_is_worse' | 'higher_is_better';
  cutoff: { value: number; rule: 'at_or_above' | 'at_or_below'; meaning: Wording; source: string };
  overall: ScaleFigure;
};

export type ReportInstrument = {
  id: string;
  name: Wording;
  /** `altered`: the survey changed the instrument's items or scales, so it is neither called validated nor scored. */
  status: 'intact' | 'altered';
  validatedTranslation: { fr: boolean };
  translationNote: Wording;
  source: Wording;
  licence: Wording;
  citation: string;
  scales: ReportScale[];
};

export type ReportGroup = {
  option: string;
  label: LocalizedText;
  /** Respondents in the group as last published; null when never (`withheld` says why). */
  respondents: number | null;
  /** The release the group's figures come from, and why the latest did not refresh them. */
  release: number | null;
  withheld?: Withheld;
  scales: Record<ScaleKey, ScaleFigure>;
};

export type ReportBreakdown = {
  question: string;
  label: LocalizedText;
  groups: ReportGroup[];
  /** People who gave no answer or preferred not to: never shown as a group, counted in the suppression. */
};

export type ReportWave = {
  surveyId: string;
  slug: string;
  title: LocalizedText;
  wave: number;
  status: SurveyStatus;
  /** Responses these figures describe (released). */
  released: number;
  current: boolean;
  scales: Record<ScaleKey, ScaleFigure>;
};

export type SurveyReport = {
  surveyId: string;
  slug: string;
  title: LocalizedText;
  status: SurveyStatus;
  k: number;
  participation: {
    /** The latest release: every figure describes it or an earlier one. Never a live count. */
    release: ReleaseSummary | null;
    nextReleaseAt: string | null;
    /** Responses the latest release describes. */
    released: number;
    /** Released responses scored on every scale of every intact instrument (null when not published). */
    usable: number | null;
    /** The declared population (people invited or present), as the coordinator entered it; null until entered. */
    invited: number | null;
    /** released / invited and usable / invited, 0–1; null without `invited`. */
    responseRate: number | null;
    usableRate: number | null;
    /** Participation codes issued, batch by batch: who, when, how many. */
    codeBatches: CodeBatch[];
  };
  instruments: ReportInstrument[];
  /** Item distributions of the instruments' questions (released results, k applied per question and row). */
  items: QuestionResult[];
  /** Breakdown questions the report can be split by (single choice, marked `breakdown`). */
  breakdowns: { question: string; label: LocalizedText }[];
  /** The breakdown asked for with `?by=`, else null. */
  breakdown: ReportBreakdown | null;
  /** Every wave of the same survey (same slug before `-vague-N`) in the organisation, in wave order, this one included. */
  waves: ReportWave[];
};

/** A batch of participation codes, as everyone in the organisation sees it. */
export type CodeBatch = { issuedAt: string; issuedBy: string; count: number; population: number };

/** `PUT …/report/invited`: how many people were invited or present (null to clear). */
export const InvitedCount = v.strictObject({
  invited: v.nullable(
    v.pipe(
      v.number(say('Nombre attendu', 'A number is expected')),
      v.integer(say('Nombre entier attendu', 'A whole number is expected')),
      v.minValue(1, say('Au moins 1 personne', 'At least 1 person')),
      v.maxValue(1_000_000, say('1 000 000 au plus', '1,000,000 at most')),
    ),
  ),
});
export type InvitedCount = v.InferOutput<typeof InvitedCount>;

/** What the respondent sees of their own scores after sending: never stored, never linked to the response. */
export type PersonalFeedback = {
  scales: {
    key: ScaleKey;
    name: string;
    /** Rounded score, 0–100. */
    score: number;
    /** At or past the instrument's cutoff. */
    attention: boolean;
    /** How pressing: nothing to flag, worth talking about, or see a doctor soon (WHO-5 at 28 or below). */
    severity: 'none' | 'attention' | 'see_doctor';
    /** One plain-language sentence. */
    summary: string;
  }[];
  /** Plain-language caveats: a screening tool, not a diagnosis. */
  note: string;
  /** Emergency (15, 112) first, then SPS and 3114: every number is dialled as written. */
  resources: { name: string; phones: string[]; description: string }[];
  /** The organisation's own contacts, as the coordinator wrote them. */
  contacts: string | null;
};
