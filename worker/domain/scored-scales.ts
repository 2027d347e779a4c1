import { instrumentStatus, type Wording } from '../../schema/instruments/instrument.ts';
import type { SurveyInput } from '../../schema/survey.ts';
import { cbi } from '../../schema/instruments/cbi.ts';
import { who5 } from '../../schema/instruments/who5.ts';
import type { ScaleKey } from '../../schema/report.ts';
import { CBI_HIGH_CUTOFF, WHO5_POOR_CUTOFF, type ResponseScores } from './scoring.ts';
import type { TallyCell } from './tally.ts';

/**
 * The scales Pouls scores, described once for tallies, reports and personal feedback, and how
 * one response's scores become pre-aggregated counters. Pure.
 */

export type ScoredScale = {
  key: ScaleKey;
  instrument: typeof cbi | typeof who5;
  scale: string;
  name: Wording;
  direction: 'higher_is_worse' | 'higher_is_better';
  cutoff: { value: number; rule: 'at_or_above' | 'at_or_below'; meaning: Wording; source: string };
};

const cbiCutoff = {
  value: CBI_HIGH_CUTOFF,
  rule: 'at_or_above',
  meaning: { fr: 'épuisement élevé (score ≥ 50)', en: 'high burnout (score ≥ 50)' },
  source: 'Borritz M, Kristensen TS (2004), Copenhagen Burnout Inventory: normative data.',
} as const;

export const SCORED_SCALES: readonly ScoredScale[] = [
  ...cbi.scales.map((scale): ScoredScale => ({
    key: `cbi.${scale.id}`,
    instrument: cbi,
    scale: scale.id,
    name: scale.name,
    direction: 'higher_is_worse',
    cutoff: cbiCutoff,
  })),
  {
    key: 'who5.wellbeing',
    instrument: who5,
    scale: 'wellbeing',
    name: { fr: 'Bien-être (WHO-5, 0–100)', en: 'Well-being (WHO-5, 0–100)' },
    direction: 'higher_is_better',
    cutoff: {
      value: WHO5_POOR_CUTOFF,
      rule: 'at_or_below',
      meaning: {
        fr: 'bien-être faible (score ≤ 50) : un dépistage de la dépression est recommandé',
        en: 'poor well-being (score ≤ 50): screening for depression recommended',
      },
      source: 'WHO-5 Well-Being Index scoring guidance (Psychiatric Centre North Zealand).',
    },
  },
];

export type ScaleScore = { key: ScaleKey; score: number; pastCutoff: boolean };

/** The scores of one response, scale by scale (non-responders and altered instruments have none). */
export function scaleScores(scores: ResponseScores): ScaleScore[] {
  const out: ScaleScore[] = [];
  if (scores.cbi)
    for (const result of Object.values(scores.cbi))
      if (result.status === 'scored') out.push({ key: `cbi.${result.scale}`, score: result.score, pastCutoff: result.high });
  if (scores.who5?.status === 'scored') out.push({ key: 'who5.wellbeing', score: scores.who5.percentage, pastCutoff: scores.who5.poorWellBeing });
  return out;
}

/** How many scales a response to this survey must be scored on to be « usable »: every scale of every intact instrument. */
export function scalesExpected(scores: ResponseScores): number {
  return (scores.cbi ? cbi.scales.length : 0) + (scores.who5 ? 1 : 0);
}

/**
 * Scores live in the tallies under this pseudo-question (survey question ids cannot start with
 * '#'), so they are released in steps of k and split by breakdown answers like every other counter:
 * - item = scale key, option '': count = people scored, total = sum of scores;
 * - option SQUARES: total = sum of squared scores (for the standard deviation);
 * - option PAST_CUTOFF: count = people at or past the cutoff;
 * - item '', option USABLE: count = responses scored on every expected scale.
 */
export const SCORES_QUESTION = '#score';
export const SQUARES = '#sq';
export const PAST_CUTOFF = '#cut';
export const USABLE = '#usable';

/** The counters one response's scores add to. */
export function scoreCells(scores: ResponseScores): TallyCell[] {
  const expected = scalesExpected(scores);
  if (expected === 0) return [];
  const scored = scaleScores(scores);
  const cells: TallyCell[] = [];
  const add = (item: string, option: string, total = 0) => cells.push({ question: SCORES_QUESTION, item, option, count: 1, total });
  for (const { key, score, pastCutoff } of scored) {
    add(key, '', score);
    add(key, SQUARES, score * score);
    if (pastCutoff) add(key, PAST_CUTOFF);
  }
  if (scored.length === expected) add('', USABLE);
  return cells;
}

/** Per scale, the aggregates a set of tally cells holds. */
export type ScaleAggregate = { n: number; sum: number; squares: number; pastCutoff: number };

export function scaleAggregates(cells: readonly TallyCell[]): Map<string, ScaleAggregate> {
  const aggregates = new Map<string, ScaleAggregate>();
  for (const cell of cells) {
    if (cell.question !== SCORES_QUESTION || cell.item === '') continue;
    let aggregate = aggregates.get(cell.item);
    if (!aggregate) aggregates.set(cell.item, (aggregate = { n: 0, sum: 0, squares: 0, pastCutoff: 0 }));
    if (cell.option === '') {
      aggregate.n = cell.count;
      aggregate.sum = cell.total;
    } else if (cell.option === SQUARES) aggregate.squares = cell.total;
    else if (cell.option === PAST_CUTOFF) aggregate.pastCutoff = cell.count;
  }
  return aggregates;
}

export function usableCount(cells: readonly TallyCell[]): number {
  return cells.find((c) => c.question === SCORES_QUESTION && c.item === '' && c.option === USABLE)?.count ?? 0;
}

/** The keys of the scales a survey carries word for word (an altered instrument is not scored). */
export function intactScaleKeys(survey: Pick<SurveyInput, 'pages'>): string[] {
  return SCORED_SCALES.filter((s) => instrumentStatus(survey, s.instrument) === 'intact').map((s) => s.key);
}
