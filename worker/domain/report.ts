import { instrumentBlocks, instrumentStatus } from '../../schema/instruments/instrument.ts';
import type {
  ReportBreakdown,
  ReportInstrument,
  ReportWave,
  ScaleFigure,
  ScaleKey,
  SurveyReport,
} from '../../schema/report.ts';
import { questionsOf, type Survey } from '../../schema/survey.ts';
import { cellsToHide } from './anonymity.ts';
import { breakdownGroups } from './breakdown.ts';
import { meanIntervalFromSums, wilsonInterval } from './intervals.ts';
import { surveyResults } from './results.ts';
import { SCORED_SCALES, scaleAggregates, usableCount, type ScaleAggregate } from './scored-scales.ts';
import { RESPONSES_CELL, type TallyCell } from './tally.ts';

/**
 * The scored report, from released tally cells only: O(cells), never O(responses). Pure.
 * Any figure about fewer than k people is suppressed; in a breakdown, groups are hidden with
 * complementary suppression so that none can be recovered from the total minus the others.
 */

const SUPPRESSED: ScaleFigure = { suppressed: true };

/** One scale's figures for a group, or suppressed under k. */
export function scaleFigure(aggregate: ScaleAggregate | undefined, k: number): ScaleFigure {
  if (!aggregate || aggregate.n < k) return SUPPRESSED;
  const mean = meanIntervalFromSums(aggregate.n, aggregate.sum, aggregate.squares)!;
  const share = wilsonInterval(aggregate.pastCutoff, aggregate.n)!;
  return {
    suppressed: false,
    n: aggregate.n,
    mean: mean.mean,
    sd: mean.sd,
    lower: mean.lower,
    upper: mean.upper,
    cutoff: { count: share.count, n: share.n, proportion: share.proportion, lower: share.lower, upper: share.upper },
  };
}

/** The scales of the instruments a survey carries intact, and those it carries altered (unscored). */
export function reportInstruments(survey: Pick<Survey, 'pages'>): { intact: Set<string>; instruments: Omit<ReportInstrument, 'scales'>[] } {
  const intact = new Set<string>();
  const instruments: Omit<ReportInstrument, 'scales'>[] = [];
  for (const instrument of new Set(SCORED_SCALES.map((s) => s.instrument))) {
    const status = instrumentStatus(survey, instrument);
    if (status === 'absent') continue;
    if (status === 'intact') intact.add(instrument.id);
    instruments.push({
      id: instrument.id,
      name: instrument.name,
      status,
      validatedTranslation: instrument.validatedTranslation,
      translationNote: instrument.translationNote,
      source: instrument.source,
      licence: instrument.licence,
      citation: instrument.citation,
    });
  }
  return { intact, instruments };
}

/** The survey questions holding the items of its intact instruments: the report's item distributions. */
export function reportQuestionIds(survey: Pick<Survey, 'pages'>): string[] {
  const { intact } = reportInstruments(survey);
  return [...new Set(SCORED_SCALES.filter((s) => intact.has(s.instrument.id)).map((s) => s.instrument))].flatMap((i) => instrumentBlocks(i).map((b) => b.questionId));
}

function scaleFigures(cells: readonly TallyCell[], keys: readonly ScaleKey[], k: number): Record<ScaleKey, ScaleFigure> {
  const aggregates = scaleAggregates(cells);
  return Object.fromEntries(keys.map((key) => [key, scaleFigure(aggregates.get(key), k)]));
}

const count = (cells: readonly TallyCell[] | undefined, question: string, item = '', option = '') =>
  cells?.find((c) => c.question === question && c.item === item && c.option === option)?.count ?? 0;

/**
 * One breakdown: a group's respondents are shown as `breakdownGroups` allows; each scale then hides,
 * on top of the groups already hidden, every group under k and enough others that the hidden
 * mass (with the people outside every group) reaches k.
 */
export function reportBreakdown(
  survey: Survey,
  by: string,
  all: readonly TallyCell[],
  byOption: ReadonlyMap<string, TallyCell[]>,
  keys: readonly ScaleKey[],
): ReportBreakdown | null {
  const question = questionsOf(survey).find((q) => q.id === by);
  if (question?.type !== 'single' || !question.breakdown) return null;
  const k = survey.settings.k;
  const shownGroups = new Set(breakdownGroups(survey, by, all, byOption).filter((g) => g.available).map((g) => g.option));
  const overall = scaleAggregates(all);
  const groupAggregates = new Map(question.options.map((o) => [o.id, scaleAggregates(byOption.get(o.id) ?? [])]));

  const hiddenByScale = new Map<ScaleKey, Set<string>>();
  for (const key of keys) {
    const sizes = question.options.map((o) => ({ key: o.id, n: groupAggregates.get(o.id)!.get(key)?.n ?? 0 }));
    const forced = sizes.filter((s) => !shownGroups.has(s.key));
    const outside = (overall.get(key)?.n ?? 0) - sizes.reduce((n, s) => n + s.n, 0);
    const candidates = sizes.filter((s) => shownGroups.has(s.key)).map((s) => ({ key: s.key, count: s.n }));
    const hidden = cellsToHide(candidates, k, outside + forced.reduce((n, s) => n + s.n, 0));
    for (const s of forced) hidden.add(s.key);
    hiddenByScale.set(key, hidden);
  }

  return {
    question: by,
    label: question.label,
    groups: question.options.map((option) => {
      const aggregates = groupAggregates.get(option.id)!;
      const figures: Record<ScaleKey, ScaleFigure> = Object.fromEntries(keys.map((key) => [key, scaleFigure(aggregates.get(key), k)]));
      for (const key of keys) if (hiddenByScale.get(key)!.has(option.id)) figures[key] = SUPPRESSED;
      return {
        option: option.id,
        label: option.label,
        respondents: shownGroups.has(option.id) ? count(byOption.get(option.id), RESPONSES_CELL.question) : null,
        scales: figures,
      };
    }),
  };
}

export type WaveInput = { survey: Survey; wave: number; cells: readonly TallyCell[] };

export type ReportInput = {
  survey: Survey;
  wave: number;
  /** Released tally cells of the survey (all of them: items, profile, scores). */
  cells: readonly TallyCell[];
  /** Responses received so far. */
  collected: number;
  invited: number | null;
  /** The asked-for breakdown, with that question's released subgroup cells. */
  breakdown?: { by: string; byOption: ReadonlyMap<string, TallyCell[]> } | undefined;
  /** The other waves of the same survey, with their released score cells. */
  otherWaves: readonly WaveInput[];
};

export function surveyReport(input: ReportInput): SurveyReport {
  const { survey, cells } = input;
  const k = survey.settings.k;
  const { intact, instruments } = reportInstruments(survey);
  const scales = SCORED_SCALES.filter((s) => intact.has(s.instrument.id));
  const keys = scales.map((s) => s.key);
  const overall = scaleFigures(cells, keys, k);

  const reported: ReportInstrument[] = instruments.map((instrument) => {
    const blocks = instrument.status === 'intact' ? instrumentBlocks(scales.find((s) => s.instrument.id === instrument.id)!.instrument) : [];
    return {
      ...instrument,
      scales: scales
        .filter((s) => s.instrument.id === instrument.id)
        .map((s) => ({
          key: s.key,
          instrument: instrument.id,
          scale: s.scale,
          name: s.name,
          items: s.instrument.scales.find((scale) => scale.id === s.scale)!.items.length,
          questions: blocks.filter((b) => b.scale === s.scale).map((b) => b.questionId),
          direction: s.direction,
          cutoff: s.cutoff,
          overall: overall[s.key]!,
        })),
    };
  });

  const itemQuestions = new Set(reported.flatMap((i) => i.scales.flatMap((s) => s.questions)));
  const released = count(cells, RESPONSES_CELL.question);
  const results = surveyResults(survey, [...cells], input.collected);
  const breakdownQuestions = questionsOf(survey).filter((q) => q.type === 'single' && q.breakdown);

  const wave = (w: WaveInput, current: boolean): ReportWave => ({
    surveyId: w.survey.id,
    slug: w.survey.slug,
    title: w.survey.title,
    wave: w.wave,
    status: w.survey.status,
    released: count(w.cells, RESPONSES_CELL.question),
    current,
    // A wave is compared only on scales it carries intact too (an altered copy has no scores).
    scales: scaleFigures(w.cells, keys, Math.max(k, w.survey.settings.k)),
  });

  const { invited, collected } = input;
  const usable = usableCount(cells);
  return {
    surveyId: survey.id,
    slug: survey.slug,
    title: survey.title,
    status: survey.status,
    k,
    participation: {
      collected,
      released,
      usable,
      invited,
      responseRate: invited ? collected / invited : null,
      usableRate: invited ? usable / invited : null,
    },
    instruments: reported,
    items: results.questions.filter((q) => itemQuestions.has(q.id)),
    breakdowns: breakdownQuestions.map((q) => ({ question: q.id, label: q.label })),
    breakdown: input.breakdown ? reportBreakdown(survey, input.breakdown.by, cells, input.breakdown.byOption, keys) : null,
    waves: [...input.otherWaves.map((w) => wave(w, false)), wave({ survey, wave: input.wave, cells }, true)].toSorted((a, b) => a.wave - b.wave),
  };
}
