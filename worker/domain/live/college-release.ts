import { familyLeaks } from './prefix-audit.ts';

/**
 * What a question has released so far, as the disclosure check needs it (kept in D1 with the release,
 * so an object restarted after eviction goes on from it): no device, no time, only counts.
 */
export type ReleaseHistory = {
  /** For each release, the distinct devices that changed their vote in the interval it closed, by college. */
  intervals: Record<string, number>[];
  /** For each release, the colleges whose tally it published. */
  colleges: string[][];
};

export const emptyHistory = (): ReleaseHistory => ({ intervals: [], colleges: [] });

/** A college at a release, as the check sees it. */
export type CollegeCandidate = {
  id: string;
  /** Voters of the college now. */
  voters: number;
  /** Whether its fresh tally shows figures (at least k voters). */
  shown: boolean;
  /**
   * Distinct devices of the college that changed their vote since its last published tally: exact
   * when `certain`, a lower bound after the object restarted (it counts again from zero).
   */
  since: number;
  certain: boolean;
  /** Whether some release already published its tally. */
  published: boolean;
};

/**
 * Which figures a release publishes, for a question with colleges. People are grouped into atoms
 * (college, release interval): the devices of the college that changed their vote in that interval.
 * The overall tally at release r is the sum of the atoms of intervals ≤ r; a college's, of its own
 * atoms of intervals ≤ r. The new overall tally is always published (its difference with the last one
 * rests on the k or more devices of the new interval; it combines with nothing else); then each
 * college's fresh tally, largest first, is published only if no combination of everything published
 * (across colleges and releases) then rests on 1 to k − 1 people (prefix-audit.ts: the disclosure
 * audit of worker/domain/disclosure, specialised to these figures).
 *
 * The audit counts a device once per interval in which it changed, so a combination spanning
 * several intervals of one college may describe fewer distinct people than it counts. Two exact
 * checks close the direct ways to such a combination: a college's new tally against its previous one
 * needs k distinct devices changed in between, and the overall tally minus the colleges' latest
 * figures (the hidden colleges' voters and the changes since the stale colleges' figures) must rest
 * on none or at least k people.
 *
 * Returns the colleges to publish, or null when even the overall tally must wait (never, in practice:
 * kept for safety).
 */
export function collegesToPublish(
  history: ReleaseHistory,
  interval: Record<string, number>,
  colleges: readonly CollegeCandidate[],
  k: number,
): string[] | null {
  const release = history.intervals.length + 1;
  const sizes = [...history.intervals, interval];
  const before = new Map<string, number[]>();
  history.colleges.forEach((list, r) => {
    for (const college of list) before.set(college, [...(before.get(college) ?? []), r + 1]);
  });
  // Unchanged colleges publish the figures they had; changed ones need k distinct changes since (or none before).
  let pool = colleges
    .filter((c) => c.shown && (!c.published || c.since >= k || (c.certain && c.since === 0)))
    .toSorted((a, b) => b.voters - a.voters || a.id.localeCompare(b.id));
  for (;;) {
    const publications = new Map([...before].map(([college, at]) => [college, [...at]]));
    const accepted = pool.filter((c) => {
      publications.set(c.id, [...(publications.get(c.id) ?? []), release]);
      if (!familyLeaks({ sizes, publications }, k)) return true;
      publications.get(c.id)!.pop();
      return false;
    });
    const chosen = new Set(accepted.map((c) => c.id));
    // The overall tally minus every college's latest figures: what the colleges not refreshed hold.
    let mass = 0;
    let exact = true;
    for (const college of colleges) {
      if (chosen.has(college.id)) continue;
      mass += college.published ? college.since : college.voters;
      if (college.published && !college.certain) exact = false;
    }
    if (mass >= k || (mass === 0 && exact)) return accepted.map((c) => c.id);
    // Hide one more changed college (the smallest): its k or more people join the mass.
    // (With nothing changed left to hide, the overall tally itself would tell the rest: it waits.)
    const smallest = accepted.toReversed().find((c) => !(c.certain && c.since === 0));
    if (!smallest) return null;
    pool = pool.filter((c) => c !== smallest);
  }
}
