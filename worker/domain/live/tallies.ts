import type { BlockVote, College, CollegeTally, LiveBar, LiveQuestion, LiveTally } from '../../../schema/live.ts';
import { histogramValues, type Histogram } from './histogram.ts';
import type { StoredValue } from './votes.ts';
import { wordKey, wordLabel } from './words.ts';

/** One participant's current vote on a question (in the current round): only its value, never its college. */
export type VoteEntry = { value: StoredValue };

/** Everything a screen may show about a question's votes, k already applied. */
export type Results = { tally?: LiveTally; byCollege?: CollegeTally[]; block?: BlockVote };

const round2 = (x: number) => Math.round(x * 100) / 100;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Whether a question type has a tally at all (ideas show their upvotes, survey slides show a survey). */
export const hasTally = (question: LiveQuestion) => question.type !== 'ideas' && question.type !== 'survey_results';

/** The bars of a question's votes, with k applied to the whole (fewer than k voters: only that fact). */
export function tally(question: LiveQuestion, votes: readonly VoteEntry[], k: number): LiveTally {
  if (votes.length < k) return { suppressed: true, voters: null };
  const voters = votes.length;
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'dots': {
      const totals = new Map<string, number>(question.options.map((o) => [o.id, 0]));
      for (const { value } of votes) {
        if (typeof value === 'string') totals.set(value, (totals.get(value) ?? 0) + 1);
        else if (Array.isArray(value)) for (const id of value) totals.set(id, (totals.get(id) ?? 0) + 1);
        else if (typeof value === 'object') for (const [id, points] of Object.entries(value)) totals.set(id, (totals.get(id) ?? 0) + (points as number));
      }
      return { suppressed: false, voters, bars: question.options.map((o) => ({ key: o.id, value: totals.get(o.id) ?? 0 })) };
    }
    case 'ranking': {
      const m = question.options.length;
      const borda = new Map<string, number>(question.options.map((o) => [o.id, 0]));
      const rankSum = new Map<string, number>(question.options.map((o) => [o.id, 0]));
      for (const { value } of votes) {
        (value as string[]).forEach((id, index) => {
          borda.set(id, (borda.get(id) ?? 0) + (m - (index + 1)));
          rankSum.set(id, (rankSum.get(id) ?? 0) + index + 1);
        });
      }
      const bars: LiveBar[] = question.options.map((o) => ({ key: o.id, value: borda.get(o.id)!, meanRank: round2(rankSum.get(o.id)! / voters) }));
      return { suppressed: false, voters, bars };
    }
    case 'scale': {
      const counts = new Map<number, number>();
      let sum = 0;
      for (const { value } of votes) {
        counts.set(value as number, (counts.get(value as number) ?? 0) + 1);
        sum += value as number;
      }
      const bars: LiveBar[] = [];
      for (let point = question.min; point <= question.max; point++) bars.push({ key: String(point), value: counts.get(point) ?? 0 });
      return { suppressed: false, voters, bars, mean: round2(sum / voters) };
    }
    case 'words': {
      // Only words given by at least k people: a rarer word could name whoever wrote it.
      const words = new Map<string, { label: string; value: number }>();
      const keysOf = votes.map(({ value }) => (value as string[]).map(wordKey));
      votes.forEach(({ value }, i) =>
        (value as string[]).forEach((word, j) => {
          const key = keysOf[i]![j]!;
          const entry = words.get(key);
          if (entry) entry.value++;
          else words.set(key, { label: wordLabel(word), value: 1 });
        }),
      );
      const bars = [...words]
        .filter(([, w]) => w.value >= k)
        .map(([key, w]) => ({ key, label: w.label, value: w.value }))
        .toSorted((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'fr'));
      const waiting = new Set([...words].filter(([, w]) => w.value < k).map(([key]) => key));
      if (waiting.size === 0) return { suppressed: false, voters, bars };
      // How many words wait is told only when at least k people gave one: a figure about fewer could point at them.
      const writers = keysOf.filter((keys) => keys.some((key) => waiting.has(key))).length;
      return { suppressed: false, voters, bars, waitingWords: writers >= k ? waiting.size : null };
    }
    case 'ideas':
    case 'survey_results':
      return { suppressed: false, voters, bars: [] };
  }
}

/** One college's tally from its histogram, k applied as to the whole. */
export function collegeTally(question: LiveQuestion, histogram: Histogram, k: number): LiveTally {
  return tally(question, histogramValues(histogram), k);
}

/**
 * Block vote (single choice with colleges): each college's plurality option is its vote, a tie
 * splitting its weight equally between the tied options; options score the sum of their colleges'
 * weights. Shown only when every college that voted has at least k voters and, when `current` is
 * given, its figures of this release.
 */
export function blockVote(
  question: Extract<LiveQuestion, { type: 'single' }>,
  histograms: ReadonlyMap<string, Histogram>,
  colleges: readonly College[],
  k: number,
  current?: ReadonlySet<string>,
): BlockVote {
  const perCollege = colleges.map((college) => {
    const counts = new Map<string, number>();
    let voters = 0;
    for (const { value } of histogramValues(histograms.get(college.id) ?? {})) {
      if (typeof value !== 'string') continue;
      voters++;
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return { college, counts, voters };
  });
  const voted = perCollege.filter((c) => c.voters > 0);
  if (voted.length === 0) return { suppressed: true, reason: 'no_votes' };
  if (voted.some((c) => c.voters < k)) return { suppressed: true, reason: 'college_under_k' };
  if (current && voted.some((c) => !current.has(c.college.id))) return { suppressed: true, reason: 'college_withheld' };
  const scores = new Map<string, number>(question.options.map((o) => [o.id, 0]));
  const collegeVotes = voted.map(({ college, counts }) => {
    const top = Math.max(...counts.values());
    const choice = question.options.filter((o) => counts.get(o.id) === top).map((o) => o.id);
    for (const id of choice) scores.set(id, scores.get(id)! + college.weight / choice.length);
    return { college: college.id, choice, weight: college.weight };
  });
  const options = question.options.map((o) => ({ option: o.id, weight: round6(scores.get(o.id)!) }));
  const best = Math.max(...options.map((o) => o.weight));
  return { suppressed: false, colleges: collegeVotes, options, winner: options.filter((o) => o.weight === best).map((o) => o.option) };
}

/** An idea's upvotes as shown: fewer than k is shown as null. */
export const shownUpvotes = (count: number, k: number): number | null => (count >= k ? count : null);
