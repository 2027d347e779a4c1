import type { College, CollegeTally, LiveQuestion } from '../../../schema/live.ts';
import { collegesToPublish, emptyHistory, type ReleaseHistory } from './college-release.ts';
import { histogramVoters, type Histogram } from './histogram.ts';
import { blockVote, collegeTally, hasTally, tally, type Results, type VoteEntry } from './tallies.ts';

/**
 * What every screen shows of a question (projector, phones, console, CSV export: the same), and the
 * history the next release's disclosure check needs. Stored in live_question_states.published.
 */
export type PublishedState = { results: Results; history: ReleaseHistory };

export type QuestionSettings = { question: LiveQuestion; k: number; colleges: readonly College[] | undefined };

const suppressed = { suppressed: true, voters: null } as const;

/** Before any release (a question never asked, or a new round): figures suppressed, no history. */
export function nothingReleased({ question, colleges }: QuestionSettings): PublishedState {
  if (!hasTally(question)) return { results: {}, history: emptyHistory() };
  const results: Results = { tally: suppressed };
  if (colleges) {
    results.byCollege = colleges.map((c) => ({ college: c.id, label: c.label, weight: c.weight, tally: suppressed }));
    if (question.type === 'single') results.block = { suppressed: true, reason: 'no_votes' };
  }
  return { results, history: emptyHistory() };
}

export type ReleaseInput = QuestionSettings & {
  /** Every current vote of the round. */
  votes: readonly VoteEntry[];
  /** Each college's histogram now. */
  histograms: ReadonlyMap<string, Histogram>;
  previous: PublishedState;
  /** Distinct devices that changed their vote since the last release, by college ('' without colleges). */
  interval: Record<string, number>;
  /** Distinct devices changed since each college's last published tally (`certain`: counted since then without a restart). */
  since: ReadonlyMap<string, { count: number; certain: boolean }>;
};

/**
 * A release, once at least k distinct devices changed their vote since the last one (the caller
 * counts them): the overall tally, then with colleges each college's fresh tally where the
 * disclosure check allows it (college-release.ts), the others keeping their last published figures
 * (`previous`) or staying suppressed; the block vote only when every college that voted shows its
 * figures of this release. Null when nothing may be published yet.
 */
export function release(input: ReleaseInput): PublishedState | null {
  const { question, k, colleges, previous } = input;
  if (!hasTally(question)) return previous;
  const results: Results = { tally: tally(question, input.votes, k) };
  if (!colleges) return { results, history: previous.history };
  const before = new Map((previous.results.byCollege ?? []).map((c) => [c.college, c]));
  const candidates = colleges.map((college) => {
    const voters = histogramVoters(input.histograms.get(college.id) ?? {});
    const since = input.since.get(college.id) ?? { count: 0, certain: true };
    const last = before.get(college.id);
    return { id: college.id, voters, shown: voters >= k, since: since.count, certain: since.certain, published: !!last && !last.tally.suppressed };
  });
  const published = collegesToPublish(previous.history, input.interval, candidates, k);
  if (!published) return null;
  const current = new Set(published);
  results.byCollege = colleges.map((college): CollegeTally => {
    const base = { college: college.id, label: college.label, weight: college.weight };
    if (current.has(college.id)) return { ...base, tally: collegeTally(question, input.histograms.get(college.id) ?? {}, k) };
    const last = before.get(college.id);
    return last && !last.tally.suppressed ? { ...base, tally: last.tally, previous: true } : { ...base, tally: suppressed };
  });
  if (question.type === 'single') results.block = blockVote(question, input.histograms, colleges, k, current);
  return {
    results,
    history: { intervals: [...previous.history.intervals, input.interval], colleges: [...previous.history.colleges, published] },
  };
}
