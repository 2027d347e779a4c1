import type { Answers, AnswerValue } from '../../../schema/answers.ts';
import { questionsOf, type QuestionOf, type Survey } from '../../../schema/survey.ts';
import { scaleScores, scoreCells } from '../scored-scales.ts';
import { scoreResponse } from '../scoring.ts';
import { numberBinning } from '../stats.ts';
import { cellsForResponse, type NumberRanges, type TallyCell } from '../tally.ts';
import { measuresOfCells, questionTypes } from './measures.ts';
import { breakdownQuestions, EVERYONE, groupKey, NOT_SAID, profileKey, profileOf, type Profile } from './profile.ts';

/**
 * Everything a release needs from the raw responses, in one pass. Pure.
 * The raw responses are read only here, when a release is made: reading results reads what this
 * produced, O(cells) whatever the number of responses.
 */

/** Per profile: how many people each measure concerns. */
export type AtomTable = Map<string, Map<string, number>>;

/** A response as row exports may carry it: numbers as ranges, dates as months, no free text, scores rounded. */
export type CoarseRow = { profile: Profile; answers: Record<string, AnswerValue>; scores: Record<string, number> };

export type Digest = {
  atoms: AtomTable;
  /** Per view ('' and each group `<question>=<option>`): the cells summed over its people. */
  views: Map<string, Map<string, TallyCell>>;
  /** Per text question, the texts written (never per group). */
  texts: Map<string, string[]>;
  rows: CoarseRow[];
  /** Per number question, every range of its chart (empty ones too), as `from|to`. */
  ranges: Map<string, string[]>;
};

export const cellKey = (c: Pick<TallyCell, 'question' | 'item' | 'option'>) => `${c.question}\u0000${c.item}\u0000${c.option}`;

export const rangeKey = (from: number, to: number) => `${from}|${to}`;

export function parseRange(key: string): { from: number; to: number } | null {
  const [from, to] = key.split('|').map(Number);
  return from !== undefined && to !== undefined && Number.isFinite(from) && Number.isFinite(to) ? { from, to } : null;
}

/** The ranges numbers are counted in, from every answer given (edges from the question's bounds when set). */
export function numberRanges(survey: Pick<Survey, 'pages'>, responses: readonly Answers[]): { rangeOf: NumberRanges; all: Map<string, string[]> } {
  const rangeOf = new Map<string, (value: number) => string | undefined>();
  const all = new Map<string, string[]>();
  for (const question of questionsOf(survey)) {
    if (question.type !== 'number') continue;
    const values = responses.map((a) => a[question.id]).filter((v): v is number => typeof v === 'number');
    const { bins, indexOf } = numberBinning(values, { min: question.min, max: question.max, integer: question.integer });
    rangeOf.set(question.id, (value) => {
      const bin = bins[indexOf(value) ?? -1];
      return bin && rangeKey(bin.from, bin.to);
    });
    all.set(
      question.id,
      bins.map((b) => rangeKey(b.from, b.to)),
    );
  }
  return { rangeOf, all };
}

function coarseAnswers(survey: Pick<Survey, 'pages'>, answers: Answers, ranges: NumberRanges): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = Object.create(null);
  for (const question of questionsOf(survey)) {
    const value = answers[question.id];
    if (value === undefined || question.type === 'short_text' || question.type === 'long_text') continue;
    if (value === null) out[question.id] = null;
    else if (question.type === 'number') out[question.id] = ranges.get(question.id)?.(value as number) ?? null;
    else if (question.type === 'date') out[question.id] = (value as string).slice(0, 7);
    else out[question.id] = value;
  }
  return out;
}

function addCells(target: Map<string, TallyCell>, cells: readonly TallyCell[]) {
  for (const cell of cells) {
    const key = cellKey(cell);
    const existing = target.get(key);
    if (existing) {
      existing.count += cell.count;
      existing.total += cell.total;
    } else target.set(key, { ...cell });
  }
}

export function digestResponses(survey: Pick<Survey, 'pages'>, responses: readonly Answers[]): Digest {
  const types = questionTypes(survey);
  const breakdowns = breakdownQuestions(survey);
  const textQuestions = questionsOf(survey).filter((q): q is QuestionOf<'short_text' | 'long_text'> => q.type === 'short_text' || q.type === 'long_text');
  const { rangeOf: ranges, all } = numberRanges(survey, responses);
  const digest: Digest = {
    atoms: new Map(),
    views: new Map([[EVERYONE, new Map()]]),
    texts: new Map(textQuestions.map((q) => [q.id, []])),
    rows: [],
    ranges: all,
  };

  for (const answers of responses) {
    const profile = profileOf(breakdowns, answers);
    const scores = scoreResponse(survey, answers);
    const cells = [...cellsForResponse(survey, answers, ranges), ...scoreCells(scores)];

    const key = profileKey(profile);
    let atom = digest.atoms.get(key);
    if (!atom) digest.atoms.set(key, (atom = new Map()));
    for (const measure of measuresOfCells(cells, types)) atom.set(measure, (atom.get(measure) ?? 0) + 1);

    addCells(digest.views.get(EVERYONE)!, cells);
    breakdowns.forEach((question, index) => {
      const option = profile[index]!;
      if (option === NOT_SAID || !question.options.some((o) => o.id === option)) return;
      const view = groupKey(question.id, option);
      let target = digest.views.get(view);
      if (!target) digest.views.set(view, (target = new Map()));
      addCells(target, cells);
    });

    for (const question of textQuestions) {
      const text = answers[question.id];
      if (typeof text === 'string') digest.texts.get(question.id)!.push(text);
    }
    const rounded: Record<string, number> = {};
    for (const { key: scale, score } of scaleScores(scores)) rounded[scale] = Math.round(score * 10) / 10;
    digest.rows.push({ profile, answers: coarseAnswers(survey, answers, ranges), scores: rounded });
  }
  return digest;
}
