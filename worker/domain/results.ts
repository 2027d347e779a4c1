import type { Bar, MatrixItemResult, QuestionResult, ReleaseSummary, SurveyResults, Withheld } from '../../schema/results.ts';
import { questionsOf, type Question, type Survey } from '../../schema/survey.ts';
import { coarsenExclusive, coarsenIndependent } from './homogeneity.ts';
import { parseRange } from './release/digest.ts';
import { countMeasure, rowMeasure } from './release/measures.ts';
import { ANSWERED, EVERYONE, groupKey, parseGroup, type GroupKey } from './release/profile.ts';
import { percent, round, weightedMean, weightedMedian, type Weighted } from './stats.ts';
import { PREFER_NOT, type TallyCell } from './tally.ts';

/** Where one measure of a view stands: the release its figures come from (null: never), and why the latest did not refresh them. */
export type MeasureState = { release: number | null; withheld: Withheld | null };

/** A view as published: its cells and the state of each measure. */
export type PublishedView = { cells: readonly TallyCell[]; states: ReadonlyMap<string, MeasureState> };

/** Cells of one question, indexed for lookups. */
class QuestionCells {
  private readonly byKey = new Map<string, TallyCell>();
  constructor(cells: readonly TallyCell[]) {
    for (const cell of cells) this.byKey.set(`${cell.item}\u0000${cell.option}`, cell);
  }
  has(item: string, option: string): boolean {
    return this.byKey.has(`${item}\u0000${option}`);
  }
  count(item: string, option: string): number {
    return this.byKey.get(`${item}\u0000${option}`)?.count ?? 0;
  }
  total(item: string, option: string): number {
    return this.byKey.get(`${item}\u0000${option}`)?.total ?? 0;
  }
  /** Numeric options of one item, as (value, count). */
  numeric(item: string): Weighted {
    const points: [number, number][] = [];
    for (const cell of this.byKey.values()) {
      if (cell.item !== item || cell.option === '' || cell.option === PREFER_NOT) continue;
      const value = Number(cell.option);
      if (Number.isFinite(value) && cell.count > 0) points.push([value, cell.count]);
    }
    return points;
  }
  options(item: string): TallyCell[] {
    return [...this.byKey.values()].filter((c) => c.item === item && c.option !== '' && c.option !== PREFER_NOT);
  }
}

const bar = (key: string, count: number, of: number): Bar => ({ key, count, percent: percent(count, of) });

function scaleBars(points: Weighted, min: number, max: number, answered: number): Bar[] {
  const bars: Bar[] = [];
  for (let value = min; value <= max; value++) bars.push(bar(String(value), points.find(([v]) => v === value)?.[1] ?? 0, answered));
  return bars;
}

/** A distribution of one answer per person, coarsened when one answer holds nearly everyone (then mean and median would tell it too). */
function exclusive(bars: Bar[], answered: number, k: number) {
  return coarsenExclusive(bars, answered, k);
}

const suppressed = (question: Question, reason: Withheld): QuestionResult => ({ id: question.id, type: question.type, suppressed: true, reason });

function matrixItem(
  question: Extract<Question, { type: 'matrix' }>,
  item: string,
  cells: QuestionCells,
  state: MeasureState | undefined,
  k: number,
): MatrixItemResult {
  if (!state || state.release === null) return { id: item, suppressed: true, reason: state?.withheld ?? 'under_k' };
  const answered = cells.count(item, '');
  if (answered < k) return { id: item, suppressed: true, reason: 'under_k' };
  const points = cells.numeric(item);
  const { bars, coarsened } = exclusive(scaleBars(points, question.scale.min, question.scale.max, answered), answered, k);
  return {
    id: item,
    suppressed: false,
    release: state.release,
    answered,
    distribution: bars,
    mean: coarsened ? null : round(weightedMean(points) ?? 0, 2),
    median: coarsened ? null : (weightedMedian(points) ?? 0),
  };
}

/** The median range of a distribution over ranges. */
function medianRange(ranges: { from: number; to: number; count: number }[]): { from: number; to: number } | null {
  const n = ranges.reduce((s, r) => s + r.count, 0);
  let seen = 0;
  for (const r of ranges) {
    seen += r.count;
    if (seen * 2 >= n && n > 0) return { from: r.from, to: r.to };
  }
  return null;
}

/**
 * Figures for one question of a view, from its published cells; or why there are none.
 * Matrix rows are published, and withheld, one by one.
 */
export function questionResult(
  question: Question,
  cells: QuestionCells,
  state: MeasureState | undefined,
  k: number,
  rowStates: (row: string) => MeasureState | undefined,
): QuestionResult {
  if (!state || state.release === null) return suppressed(question, state?.withheld ?? 'under_k');
  const answered = cells.count('', '');
  // The measure counts people who answered or preferred not to; figures over the answers need k answers too.
  if (answered < k) return suppressed(question, 'under_k');
  const common = {
    id: question.id,
    suppressed: false as const,
    release: state.release,
    ...(state.withheld ? { stale: state.withheld } : {}),
    answered,
    preferNotToAnswer: cells.count('', PREFER_NOT),
  };

  switch (question.type) {
    case 'single': {
      const { bars } = exclusive(
        question.options.map((o) => bar(o.id, cells.count('', o.id), answered)),
        answered,
        k,
      );
      return { ...common, type: 'single', options: bars };
    }
    case 'multiple':
      return {
        ...common,
        type: 'multiple',
        options: coarsenIndependent(
          question.options.map((o) => bar(o.id, cells.count('', o.id), answered)),
          answered,
          k,
        ),
      };
    case 'scale': {
      const points = cells.numeric('');
      const { bars, coarsened } = exclusive(scaleBars(points, question.min, question.max, answered), answered, k);
      return {
        ...common,
        type: 'scale',
        distribution: bars,
        mean: coarsened ? null : round(weightedMean(points) ?? 0, 2),
        median: coarsened ? null : (weightedMedian(points) ?? 0),
      };
    }
    case 'number': {
      const ranges = cells
        .options('')
        .map((c) => ({ ...parseRange(c.option)!, key: c.option, count: c.count }))
        .filter((r) => Number.isFinite(r.from))
        .toSorted((a, b) => a.from - b.from);
      const { bars, coarsened } = exclusive(
        ranges.map((r) => bar(r.key, r.count, answered)),
        answered,
        k,
      );
      return {
        ...common,
        type: 'number',
        distribution: bars.map((b, i) => ({ ...b, from: ranges[i]!.from, to: ranges[i]!.to })),
        mean: coarsened ? null : round(cells.total('', '') / answered, 2),
        medianRange: coarsened ? null : medianRange(ranges),
      };
    }
    case 'matrix':
      return { ...common, type: 'matrix', items: question.items.map((item) => matrixItem(question, item.id, cells, rowStates(item.id), k)) };
    case 'ranking': {
      const firsts = exclusive(
        question.options.map((o) => bar(o.id, cells.count('1', o.id), answered)),
        answered,
        k,
      ).bars;
      return {
        ...common,
        type: 'ranking',
        options: question.options.map((o, i) => {
          const ranked = cells.count('', o.id);
          const first = firsts[i]!;
          return {
            id: o.id,
            ranked,
            meanRank: ranked ? round(cells.total('', o.id) / ranked, 2) : null,
            first: first.count,
            ...(first.coarse ? { coarse: first.coarse } : {}),
          };
        }),
      };
    }
    case 'date': {
      const months = cells.options('').toSorted((a, b) => a.option.localeCompare(b.option));
      return {
        ...common,
        type: 'date',
        distribution: exclusive(
          months.map((m) => bar(m.option, m.count, answered)),
          answered,
          k,
        ).bars,
      };
    }
    case 'short_text':
    case 'long_text':
      return { ...common, type: question.type };
  }
}

/**
 * A breakdown question among everyone's results: the size of each group, as this release could
 * publish it (a group under k reads « fewer than k », one hidden so that a smaller one cannot be
 * worked out says so).
 */
function profileCounts(
  question: Extract<Question, { type: 'single' }>,
  cells: QuestionCells,
  states: ReadonlyMap<string, MeasureState>,
  release: number,
): QuestionResult {
  const fresh = (group: GroupKey) => states.get(countMeasure(group))?.withheld === null && states.get(countMeasure(group))?.release === release;
  const why = (group: GroupKey): Withheld => states.get(countMeasure(group))?.withheld ?? 'under_k';
  const answered = fresh(groupKey(question.id, ANSWERED)) ? cells.count('', '') : null;
  const options = question.options.map((o): Bar => {
    const group = groupKey(question.id, o.id);
    if (!fresh(group)) return { key: o.id, count: null, percent: null, withheld: why(group) };
    const count = cells.count('', o.id);
    return { key: o.id, count, percent: answered ? percent(count, answered) : null };
  });
  const preferNot = fresh(groupKey(question.id, PREFER_NOT)) ? cells.count('', PREFER_NOT) : null;
  return { id: question.id, type: 'single', suppressed: false, release, answered, preferNotToAnswer: preferNot, options };
}

export type ResultsContext = { release: ReleaseSummary | null; nextReleaseAt: string | null };

/** The results of one view (everyone, or one group): O(cells), never O(responses). */
export function viewResults(survey: Survey, view: GroupKey, published: PublishedView, context: ResultsContext): SurveyResults {
  const byQuestion = new Map<string, TallyCell[]>();
  for (const cell of published.cells) {
    const list = byQuestion.get(cell.question);
    if (list) list.push(cell);
    else byQuestion.set(cell.question, [cell]);
  }
  const k = survey.settings.k;
  const filter = parseGroup(view);
  const cellsOf = (id: string) => new QuestionCells(byQuestion.get(id) ?? []);
  const respondents = view === EVERYONE ? (context.release?.responses ?? 0) : (byQuestion.get('')?.find((c) => c.item === '' && c.option === '')?.count ?? 0);
  return {
    slug: survey.slug,
    status: survey.status,
    k,
    release: context.release,
    nextReleaseAt: context.nextReleaseAt,
    responses: respondents,
    questions: questionsOf(survey).map((q) => {
      if (q.type === 'single' && q.breakdown) {
        if (view !== EVERYONE) return suppressed(q, q.id === filter?.question ? 'filter' : 'profile');
        return context.release ? profileCounts(q, cellsOf(q.id), published.states, context.release.number) : suppressed(q, 'under_k');
      }
      return questionResult(q, cellsOf(q.id), published.states.get(q.id), k, (row) => published.states.get(rowMeasure(q.id, row)));
    }),
  };
}
