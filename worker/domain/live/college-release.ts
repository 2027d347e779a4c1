import { DisclosureAudit, membersOf } from '../disclosure/audit.ts';

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

type Atom = { college: string; release: number };

/**
 * Which figures a release publishes, for a question with colleges. People are grouped into atoms
 * (college, release interval): the devices of the college that changed their vote in that interval
 * (`DisclosureAudit` in worker/domain/disclosure). The overall tally at release r is the sum of the
 * atoms of intervals ≤ r; a college's, of its own atoms of intervals ≤ r. Everything published so
 * far is admitted, then the new overall tally is offered, then each college's fresh tally, largest
 * first: a college is published only if no combination of published figures (across colleges and
 * releases) then rests on 1 to k − 1 people.
 *
 * The audit counts a device once per interval in which it changed, so a combination spanning
 * several intervals of one college may describe fewer distinct people than it counts. Two exact
 * checks close the direct ways to such a combination: a college's new tally against its previous one
 * needs k distinct devices changed in between, and the overall tally minus the colleges' latest
 * figures (the hidden colleges' voters and the changes since the stale colleges' figures) must rest
 * on none or at least k people.
 *
 * Returns null when the overall tally itself cannot be published (the release waits for more changes).
 */
export function collegesToPublish(history: ReleaseHistory, interval: Record<string, number>, colleges: readonly CollegeCandidate[], k: number): string[] | null {
  const release = history.intervals.length + 1;
  const intervals = [...history.intervals, interval];
  const keys = new Set<string>(colleges.map((c) => c.id));
  for (const sizes of intervals) for (const key of Object.keys(sizes)) keys.add(key);
  const atoms: Atom[] = [];
  for (let r = 1; r <= release; r++) for (const college of keys) atoms.push({ college, release: r });
  const sizes = atoms.map((a) => intervals[a.release - 1]![a.college] ?? 0);
  const overall = (r: number) => membersOf(atoms, (a) => a.release <= r);
  const ofCollege = (college: string, r: number) => membersOf(atoms, (a) => a.college === college && a.release <= r);

  // Unchanged colleges publish the figures they had; changed ones need k distinct changes since (or none before).
  let pool = colleges
    .filter((c) => c.shown && (!c.published || c.since >= k || (c.certain && c.since === 0)))
    .toSorted((a, b) => b.voters - a.voters || a.id.localeCompare(b.id));
  for (;;) {
    const audit = new DisclosureAudit(sizes, k);
    for (let r = 1; r < release; r++) {
      audit.admit(overall(r));
      for (const college of history.colleges[r - 1] ?? []) audit.admit(ofCollege(college, r));
    }
    if (!audit.offer(overall(release))) return null;
    const accepted = pool.filter((c) => audit.offer(ofCollege(c.id, release)));
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
