import type { Survey } from '../../../schema/survey.ts';
import { intactScaleKeys } from '../scored-scales.ts';
import { shuffled } from '../shuffle.ts';
import { PREFER_NOT, type TallyCell } from '../tally.ts';
import { digestResponses, type AtomTable, type CoarseRow } from './digest.ts';
import { countMeasure, measureOfCell, measuresOfSurvey, questionTypes } from './measures.ts';
import { planRelease, type PastRelease, type ReleasePlan, type Withheld } from './plan.ts';
import { ANSWERED, EVERYONE, parseGroup, type GroupKey } from './profile.ts';
import type { Answers } from '../../../schema/answers.ts';

/**
 * A release, ready to store: the plan, the cells each published (view, measure) now shows, the
 * reasons for what it withheld, the texts and rows it releases. Pure.
 */

export type PublishedCell = TallyCell & { view: GroupKey; measure: string };

/** Where a (view, measure) stands after this release: refreshed now, or withheld and why. */
export type MeasureState = { view: GroupKey; measure: string; fresh: boolean; withheld: Withheld | null };

export type Snapshot = {
  plan: ReleasePlan;
  atoms: AtomTable;
  responses: number;
  /** Cells replacing those of the (view, measure) pairs in `replaced`. */
  cells: PublishedCell[];
  replaced: { view: GroupKey; measure: string }[];
  states: MeasureState[];
  /** Texts replacing those of these questions. */
  texts: Map<string, string[]>;
  rows: CoarseRow[];
};

/** The count cell of a group: the breakdown question's option (or its answered / « prefer not » cell). */
function countCell(group: GroupKey, count: number): PublishedCell {
  const { question, option } = parseGroup(group)!;
  const key = option === ANSWERED ? '' : option;
  return { view: EVERYONE, measure: countMeasure(group), question, item: '', option: key === PREFER_NOT ? PREFER_NOT : key, count, total: 0 };
}

export function makeSnapshot(survey: Pick<Survey, 'pages' | 'settings'>, responses: readonly Answers[], past: readonly PastRelease[]): Snapshot {
  const digest = digestResponses(survey, responses);
  const measures = measuresOfSurvey(survey, intactScaleKeys(survey));
  const plan = planRelease(survey, past, digest.atoms, measures);
  const types = questionTypes(survey);

  const cells: PublishedCell[] = [];
  const replaced: { view: GroupKey; measure: string }[] = [];
  const states: MeasureState[] = [];
  for (const [measure, views] of Object.entries(plan.figures)) {
    for (const view of views) {
      replaced.push({ view, measure });
      states.push({ view, measure, fresh: true, withheld: null });
      const own = [...(digest.views.get(view)?.values() ?? [])].filter((cell) => measureOfCell(cell, types) === measure);
      for (const cell of own) cells.push({ ...cell, view, measure });
      // Every range of a number chart, the empty ones too, so the chart keeps its gaps.
      for (const range of digest.ranges.get(measure) ?? [])
        if (!own.some((c) => c.item === '' && c.option === range))
          cells.push({ view, measure, question: measure, item: '', option: range, count: 0, total: 0 });
    }
    for (const [view, why] of Object.entries(plan.withheld[measure] ?? {})) states.push({ view, measure, fresh: false, withheld: why });
  }

  // Breakdown questions' counts: only those this release could publish are shown, the others say why.
  const sizes = new Map<GroupKey, number>();
  for (const cell of digest.views.get(EVERYONE)?.values() ?? []) sizes.set(`${cell.question}\u0000${cell.item}\u0000${cell.option}`, cell.count);
  const sizeOf = (group: GroupKey) => {
    const { question, option } = parseGroup(group)!;
    return sizes.get(`${question}\u0000\u0000${option === ANSWERED ? '' : option}`) ?? 0;
  };
  for (const group of plan.counts) {
    replaced.push({ view: EVERYONE, measure: countMeasure(group) });
    states.push({ view: EVERYONE, measure: countMeasure(group), fresh: true, withheld: null });
    cells.push(countCell(group, sizeOf(group)));
  }
  for (const [group, why] of Object.entries(plan.withheldCounts)) {
    // A count is shown only as of this release: a withheld one goes (no stale size beside fresh ones).
    replaced.push({ view: EVERYONE, measure: countMeasure(group) });
    states.push({ view: EVERYONE, measure: countMeasure(group), fresh: false, withheld: why });
  }

  const texts = new Map<string, string[]>();
  for (const [question, written] of digest.texts) if (plan.figures[question]?.includes(EVERYONE)) texts.set(question, shuffled(written));

  return { plan, atoms: digest.atoms, responses: responses.length, cells, replaced, states, texts, rows: shuffled(digest.rows) };
}
