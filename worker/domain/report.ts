import { instrumentBlocks, instrumentStatus } from '../../schema/instruments/instrument.ts';
import type { CodeBatch, CutoffShare, ReportBreakdown, ReportInstrument, ReportWave, ScaleFigure, ScaleKey, SurveyReport } from '../../schema/report.ts';
import type { ReleaseSummary } from '../../schema/results.ts';
import { questionsOf, type Survey } from '../../schema/survey.ts';
import { coarseShare } from './homogeneity.ts';
import { meanIntervalFromSums, wilsonInterval } from './intervals.ts';
import { RESPONDENTS, scoreMeasure } from './release/measures.ts';
import { EVERYONE, groupKey, type GroupKey } from './release/profile.ts';
import { viewResults, type MeasureState, type PublishedView } from './results.ts';
import { SCORED_SCALES, scaleAggregates, usableCount, type ScaleAggregate } from './scored-scales.ts';
import { RESPONSES_CELL, type TallyCell } from './tally.ts';

/**
 * The scored report, from published cells only: O(cells), never O(responses). Pure.
 * Which figures exist was decided when the release was made (worker/domain/release): a figure under
 * k, or one that would let a smaller group be worked out across groups and releases, was never
 * published; a share where nearly everyone is on one side of the cutoff shows only as a bound.
 */

/** One scale's figures for a group, or why there are none. */
export function scaleFigure(aggregate: ScaleAggregate | undefined, k: number, state: MeasureState | undefined): ScaleFigure {
  if (!state || state.release === null) return { suppressed: true, reason: state?.withheld ?? 'under_k' };
  if (!aggregate || aggregate.n < k) return { suppressed: true, reason: 'under_k' };
  const mean = meanIntervalFromSums(aggregate.n, aggregate.sum, aggregate.squares)!;
  const coarse = coarseShare(aggregate.pastCutoff, aggregate.n, k);
  let cutoff: CutoffShare;
  if (coarse) cutoff = { coarse, n: aggregate.n };
  else {
    const share = wilsonInterval(aggregate.pastCutoff, aggregate.n)!;
    cutoff = { count: share.count, n: share.n, proportion: share.proportion, lower: share.lower, upper: share.upper };
  }
  return {
    suppressed: false,
    release: state.release,
    ...(state.withheld ? { stale: state.withheld } : {}),
    n: aggregate.n,
    mean: mean.mean,
    sd: mean.sd,
    lower: mean.lower,
    upper: mean.upper,
    cutoff,
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
  return [...new Set(SCORED_SCALES.filter((s) => intact.has(s.instrument.id)).map((s) => s.instrument))].flatMap((i) =>
    instrumentBlocks(i).map((b) => b.questionId),
  );
}

function scaleFigures(view: PublishedView, keys: readonly ScaleKey[], k: number): Record<ScaleKey, ScaleFigure> {
  const aggregates = scaleAggregates(view.cells);
  return Object.fromEntries(keys.map((key) => [key, scaleFigure(aggregates.get(key), k, view.states.get(scoreMeasure(key)))]));
}

const count = (cells: readonly TallyCell[] | undefined, question: string, item = '', option = '') =>
  cells?.find((c) => c.question === question && c.item === item && c.option === option)?.count ?? 0;

const NOTHING: PublishedView = { cells: [], states: new Map() };

/** One breakdown: each group's scale figures as published (fresh, from an earlier release, or withheld and why). */
export function reportBreakdown(survey: Survey, by: string, views: ReadonlyMap<GroupKey, PublishedView>, keys: readonly ScaleKey[]): ReportBreakdown | null {
  const question = questionsOf(survey).find((q) => q.id === by);
  if (question?.type !== 'single' || !question.breakdown) return null;
  const k = survey.settings.k;
  return {
    question: by,
    label: question.label,
    groups: question.options.map((option) => {
      const view = views.get(groupKey(by, option.id)) ?? NOTHING;
      const state = view.states.get(RESPONDENTS);
      const shown = state?.release != null;
      return {
        option: option.id,
        label: option.label,
        respondents: shown ? count(view.cells, RESPONSES_CELL.question) : null,
        release: state?.release ?? null,
        ...(state?.withheld ? { withheld: state.withheld } : {}),
        scales: shown
          ? scaleFigures(view, keys, k)
          : Object.fromEntries(keys.map((key) => [key, { suppressed: true as const, reason: state?.withheld ?? ('under_k' as const) }])),
      };
    }),
  };
}

export type WaveInput = { survey: Survey; wave: number; view: PublishedView; release: ReleaseSummary | null };

export type ReportInput = {
  survey: Survey;
  wave: number;
  /** Everyone's published cells (items, profile, scores) and measure states. */
  overall: PublishedView;
  release: ReleaseSummary | null;
  nextReleaseAt: string | null;
  invited: number | null;
  codeBatches: CodeBatch[];
  /** The asked-for breakdown, with its groups' published views. */
  breakdown?: { by: string; views: ReadonlyMap<GroupKey, PublishedView> } | undefined;
  /** The other waves of the same survey, with their published score cells. */
  otherWaves: readonly WaveInput[];
};

export function surveyReport(input: ReportInput): SurveyReport {
  const { survey, overall } = input;
  const k = survey.settings.k;
  const { intact, instruments } = reportInstruments(survey);
  const scales = SCORED_SCALES.filter((s) => intact.has(s.instrument.id));
  const keys = scales.map((s) => s.key);
  const overallFigures = scaleFigures(overall, keys, k);

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
          overall: overallFigures[s.key]!,
        })),
    };
  });

  const itemQuestions = new Set(reported.flatMap((i) => i.scales.flatMap((s) => s.questions)));
  const released = input.release?.responses ?? 0;
  const results = viewResults(survey, EVERYONE, overall, { release: input.release, nextReleaseAt: input.nextReleaseAt });
  const breakdownQuestions = questionsOf(survey).filter((q) => q.type === 'single' && q.breakdown);

  const wave = (w: WaveInput, current: boolean): ReportWave => ({
    surveyId: w.survey.id,
    slug: w.survey.slug,
    title: w.survey.title,
    wave: w.wave,
    status: w.survey.status,
    released: w.release?.responses ?? 0,
    current,
    // A wave is compared only on scales it carries intact too (an altered copy has no scores).
    scales: scaleFigures(w.view, keys, Math.max(k, w.survey.settings.k)),
  });

  const { invited } = input;
  const usable = overall.states.get(RESPONDENTS)?.release != null ? usableCount(overall.cells) : null;
  return {
    surveyId: survey.id,
    slug: survey.slug,
    title: survey.title,
    status: survey.status,
    k,
    participation: {
      release: input.release,
      nextReleaseAt: input.nextReleaseAt,
      released,
      usable,
      invited,
      responseRate: invited ? released / invited : null,
      usableRate: invited && usable !== null ? usable / invited : null,
      codeBatches: input.codeBatches,
    },
    instruments: reported,
    items: results.questions.filter((q) => itemQuestions.has(q.id)),
    breakdowns: breakdownQuestions.map((q) => ({ question: q.id, label: q.label })),
    breakdown: input.breakdown ? reportBreakdown(survey, input.breakdown.by, input.breakdown.views, keys) : null,
    waves: [...input.otherWaves.map((w) => wave(w, false)), wave({ survey, wave: input.wave, view: overall, release: input.release }, true)].toSorted(
      (a, b) => a.wave - b.wave,
    ),
  };
}
