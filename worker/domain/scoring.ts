import type { Answers } from '../../schema/answers.ts';
import { cbi, type CbiScaleId } from '../../schema/instruments/cbi.ts';
import { instrumentBlocks, instrumentIntact, type Instrument } from '../../schema/instruments/instrument.ts';
import type { SurveyDraft } from '../../schema/survey.ts';
import { who5 } from '../../schema/instruments/who5.ts';

/**
 * Scores of the validated instruments for one response. Pure. A survey is scored only where it
 * carries the instrument word for word (`scoreResponse`); an altered copy gets no score.
 */

type Text = { fr: string; en: string };

// ---- reading answers ----

/** Item id → stored value, for the items of an instrument that were answered with a point of their scale. */
export function instrumentItemValues(instrument: Instrument, answers: Answers): Map<string, number> {
  const values = new Map<string, number>();
  for (const block of instrumentBlocks(instrument)) {
    const answer = answers[block.questionId];
    if (!answer || typeof answer !== 'object' || Array.isArray(answer)) continue;
    const allowed = new Set(instrument.responseScales[block.response]!.points.map((point) => point.value));
    for (const item of block.items) {
      const value = answer[item.id];
      // Values are validated on submission; anything off the scale counts as unanswered.
      if (typeof value === 'number' && allowed.has(value)) values.set(item.id, value);
    }
  }
  return values;
}

// ---- Copenhagen Burnout Inventory ----

/**
 * A CBI answer as a score: stored 4 (« Toujours », « Dans une très large mesure ») → 100,
 * 3 → 75, 2 → 50, 1 → 25, 0 (« Jamais ou presque jamais », « Dans une très faible mesure ») → 0;
 * reversed item (work 7): 0 / 25 / 50 / 75 / 100 the other way round.
 */
export function cbiItemScore(value: number, reversed: boolean): number {
  return reversed ? 100 - 25 * value : 25 * value;
}

/**
 * Fewer answered items than this on a scale: the respondent is a non-responder for that scale
 * (no score). Personal and work: Kristensen et al. Patient: UNVERIFIED, set by analogy with the
 * personal scale (also 6 items) until a source confirms it.
 */
export const CBI_MIN_ANSWERED: Readonly<Record<CbiScaleId, number>> = { personal: 3, work: 4, patient: 3 };

/** A scale score of 50 or more = high degree of burnout (Borritz & Kristensen 2004): the validated cutoff. */
export const CBI_HIGH_CUTOFF = 50;

export type CbiBandId = 'moderate' | 'high' | 'severe';
/** A band runs from `from` (included) to the next band's `from` (excluded). */
export type CbiBand = { id: CbiBandId; from: number; label: Text; validated: false };

/**
 * Bands within the high range. Clinical conventions, NOT validated thresholds: wherever one is
 * shown, say so (`label` carries that mention).
 */
export const CBI_BANDS: readonly CbiBand[] = [
  {
    id: 'moderate',
    from: 50,
    label: { fr: 'Modéré (convention clinique, non validée)', en: 'Moderate (clinical convention, not validated)' },
    validated: false,
  },
  { id: 'high', from: 75, label: { fr: 'Élevé (convention clinique, non validée)', en: 'High (clinical convention, not validated)' }, validated: false },
  { id: 'severe', from: 100, label: { fr: 'Sévère (convention clinique, non validée)', en: 'Severe (clinical convention, not validated)' }, validated: false },
];

/** The conventional band of a scale score, `null` below 50 (a mean of 74.5 is « moderate », 99.5 « high »). */
export function cbiBand(score: number): CbiBand | null {
  return CBI_BANDS.findLast((band) => score >= band.from) ?? null;
}

export type CbiScaleScore =
  | {
      scale: CbiScaleId;
      status: 'scored';
      answered: number;
      items: number;
      /** Mean of the answered items' scores, 0–100 (unrounded). */
      score: number;
      /** At or above the validated cutoff (50): high degree of burnout. */
      high: boolean;
      /** Conventional band, not validated; `null` below 50. */
      band: CbiBand | null;
    }
  | { scale: CbiScaleId; status: 'non_responder'; answered: number; items: number; minimum: number };

export type CbiResult = Record<CbiScaleId, CbiScaleScore>;

/** The three CBI scale scores of one response. */
export function scoreCbi(answers: Answers): CbiResult {
  const values = instrumentItemValues(cbi, answers);
  const result = {} as CbiResult;
  for (const scale of cbi.scales) {
    const scores = scale.items.flatMap((item) => {
      const value = values.get(item.id);
      return value === undefined ? [] : [cbiItemScore(value, item.reversed)];
    });
    const minimum = CBI_MIN_ANSWERED[scale.id];
    const common = { scale: scale.id, answered: scores.length, items: scale.items.length };
    if (scores.length < minimum) {
      result[scale.id] = { ...common, status: 'non_responder', minimum };
      continue;
    }
    const score = scores.reduce((a, b) => a + b, 0) / scores.length;
    result[scale.id] = { ...common, status: 'scored', score, high: score >= CBI_HIGH_CUTOFF, band: cbiBand(score) };
  }
  return result;
}

// ---- WHO-5 Well-Being Index ----

/** A percentage score of 50 or less (raw below 13) = poor well-being: screening for depression recommended. */
export const WHO5_POOR_CUTOFF = 50;

export type Who5Result =
  | {
      status: 'scored';
      /** Sum of the 5 items, 0–25. */
      raw: number;
      /** raw × 4, 0–100. A change of 10 points is clinically significant. */
      percentage: number;
      /** percentage ≤ 50: poor well-being, screening for depression recommended. */
      poorWellBeing: boolean;
    }
  | { status: 'incomplete'; answered: number; items: number };

/**
 * The WHO-5 score of one response, only when all 5 items are answered: the index defines no
 * rule for missing items, so a partial response gets no score rather than an extrapolated one.
 */
export function scoreWho5(answers: Answers): Who5Result {
  const values = instrumentItemValues(who5, answers);
  const items = who5.scales.flatMap((scale) => scale.items);
  if (values.size < items.length) return { status: 'incomplete', answered: values.size, items: items.length };
  const raw = [...values.values()].reduce((a, b) => a + b, 0);
  const percentage = raw * 4;
  return { status: 'scored', raw, percentage, poorWellBeing: percentage <= WHO5_POOR_CUTOFF };
}

// ---- a whole response ----

export type ResponseScores = {
  /** `null` when the survey does not carry the CBI unchanged. */
  cbi: CbiResult | null;
  /** `null` when the survey does not carry the WHO-5 unchanged. */
  who5: Who5Result | null;
};

type Intact = { cbi: boolean; who5: boolean };
// Definitions are immutable once loaded (a change is a new object), so the check runs once per definition.
const intactBySurvey = new WeakMap<object, Intact>();

function intactInstruments(survey: Pick<SurveyDraft, 'pages'>): Intact {
  let intact = intactBySurvey.get(survey);
  if (!intact) intactBySurvey.set(survey, (intact = { cbi: instrumentIntact(survey, cbi), who5: instrumentIntact(survey, who5) }));
  return intact;
}

/** Scores every instrument the survey carries word for word; altered or absent instruments get none. */
export function scoreResponse(survey: Pick<SurveyDraft, 'pages'>, answers: Answers): ResponseScores {
  const intact = intactInstruments(survey);
  return {
    cbi: intact.cbi ? scoreCbi(answers) : null,
    who5: intact.who5 ? scoreWho5(answers) : null,
  };
}
