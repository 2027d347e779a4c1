import type { LiveQuestionState } from '../../../schema/live.ts';
import { moveValue, type Histogram } from './histogram.ts';
import { nothingReleased, release, type PublishedState, type QuestionSettings } from './release.ts';
import type { StoredValue } from './votes.ts';

/** A vote to record: its key (the voter hash of this question and round), the device's college ('' without colleges), its value. */
export type VoteChange = { voterHash: string; college: string; value: StoredValue };

/**
 * One question's state in memory: its current round's votes (values only), each college's histogram,
 * what screens were last released, and — in memory only, never stored — which devices changed their
 * vote since the last release and since each college's last published figures.
 *
 * Releases: the bars move once k distinct devices changed their vote since the last release (a k-step;
 * one device changing ten times counts once). A batch of votes releases once, at its last k-step: screens
 * see the votes up to it, the rest wait. Whatever the batching, the k-steps fall at the same votes.
 * After a restart these sets start empty: the next release waits for k changes made since (stricter).
 */
export class QuestionRuntime {
  state: LiveQuestionState = 'idle';
  revealed = false;
  round = 1;
  openedOrder: number | null = null;
  votes = new Map<string, { value: StoredValue; json: string }>();
  histograms = new Map<string, Histogram>();
  published: PublishedState;
  private step = new Set<string>();
  private interval = new Map<string, Set<string>>();
  private since = new Map<string, Set<string>>();
  /** Colleges published since this object started: their `since` is exact. */
  private certain = new Set<string>();

  constructor(
    private readonly settings: () => QuestionSettings,
    published: PublishedState | null = null,
  ) {
    this.published = published ?? nothingReleased(settings());
  }

  /** A new round: earlier votes count no more, nothing released yet. */
  newRound(): void {
    this.round++;
    this.votes = new Map();
    this.histograms = new Map();
    this.published = nothingReleased(this.settings());
    this.step = new Set();
    this.interval = new Map();
    this.since = new Map();
    this.certain = new Set();
  }

  /** Whether this vote is the one already recorded (a retry): nothing to write, nothing changes. */
  same(voterHash: string, value: StoredValue): boolean {
    return this.votes.get(voterHash)?.json === JSON.stringify(value);
  }

  /** Each touched college's histogram once these votes are recorded (to write them in the votes' batch), without recording them. */
  histogramsAfter(changes: readonly VoteChange[]): Map<string, Histogram> {
    const after = new Map<string, Histogram>();
    const latest = new Map<string, string>();
    for (const { voterHash, college, value } of changes) {
      if (!college) continue;
      const json = JSON.stringify(value);
      const before = latest.get(voterHash) ?? this.votes.get(voterHash)?.json ?? null;
      if (before === json) continue;
      latest.set(voterHash, json);
      let histogram = after.get(college);
      if (!histogram) after.set(college, (histogram = { ...this.histograms.get(college) }));
      moveValue(histogram, before, json);
    }
    return after;
  }

  /**
   * Records votes already written to D1, in their order; says for each whether it replaced a different
   * vote, and whether screens got a new release.
   */
  apply(changes: readonly VoteChange[]): { changed: boolean[]; released: boolean } {
    const { k } = this.settings();
    // Where the k-steps fall: distinct devices changed, counted from the last step.
    const counted: boolean[] = [];
    const seen = new Map<string, string>();
    let step = new Set(this.step);
    let lastStep = -1;
    changes.forEach(({ voterHash, value }, i) => {
      const json = JSON.stringify(value);
      counted.push((seen.get(voterHash) ?? this.votes.get(voterHash)?.json) !== json);
      seen.set(voterHash, json);
      if (!counted[i]) return;
      step.add(voterHash);
      if (step.size >= k) {
        lastStep = i;
        step = new Set();
      }
    });
    this.step = step;
    let released = false;
    const changed = changes.map(({ voterHash, college, value }, i) => {
      const before = this.votes.get(voterHash);
      if (counted[i]) {
        const json = JSON.stringify(value);
        this.votes.set(voterHash, { value, json });
        if (college) {
          let histogram = this.histograms.get(college);
          if (!histogram) this.histograms.set(college, (histogram = {}));
          moveValue(histogram, before?.json ?? null, json);
        }
        for (const sets of [this.interval, this.since]) {
          let set = sets.get(college);
          if (!set) sets.set(college, (set = new Set()));
          set.add(voterHash);
        }
      }
      if (i === lastStep) released = this.release();
      return counted[i]! && before !== undefined;
    });
    return { changed, released };
  }

  /** Publishes what may be published now; false when the disclosure check holds everything back. */
  private release(): boolean {
    const interval: Record<string, number> = {};
    for (const [college, devices] of this.interval) interval[college] = devices.size;
    const since = new Map<string, { count: number; certain: boolean }>();
    for (const college of this.settings().colleges ?? [])
      since.set(college.id, { count: this.since.get(college.id)?.size ?? 0, certain: this.certain.has(college.id) });
    const next = release({
      ...this.settings(),
      votes: [...this.votes.values()],
      histograms: this.histograms,
      previous: this.published,
      interval,
      since,
    });
    if (!next) return false;
    this.published = next;
    this.interval = new Map();
    for (const college of next.history.colleges.at(-1) ?? []) {
      this.since.delete(college);
      this.certain.add(college);
    }
    return true;
  }
}
