import { describe, expect, it } from 'vitest';
import type { College, LiveQuestion } from '../../../schema/live.ts';
import { seededRng } from '../../../scripts/lib/prng.ts';
import { linearAttack, literalAttack, type Published } from '../../../tests/support/disclosure-oracle.ts';
import { QuestionRuntime, type VoteChange } from './question-runtime.ts';

const fr = (text: string) => ({ fr: text });
const single = {
  id: 'q',
  label: fr('Q'),
  type: 'single',
  options: [
    { id: 'a', label: fr('A') },
    { id: 'b', label: fr('B') },
  ],
} as const satisfies LiveQuestion;
const collegesOf = (...ids: string[]): College[] => ids.map((id) => ({ id, label: fr(id), weight: 10 }));
const runtimeOf = (colleges: College[], k = 3) => new QuestionRuntime(() => ({ question: single, k, colleges }));
const vote = (voterHash: string, college: string, value: string): VoteChange => ({ voterHash, college, value });
const shownOf = (runtime: QuestionRuntime) =>
  Object.fromEntries(
    (runtime.published.results.byCollege ?? []).map((c) => [c.college, c.tally.suppressed ? null : `${c.tally.voters}${c.previous ? ' (previous)' : ''}`]),
  );

/** The sets the releases published, over atoms (college, release interval), for the independent attacker. */
function publishedSets(runtime: QuestionRuntime) {
  const { intervals, colleges } = runtime.published.history;
  const keys = [...new Set(intervals.flatMap((sizes) => Object.keys(sizes)))];
  const atoms = intervals.flatMap((sizes, r) => keys.map((college) => ({ college, release: r + 1, size: sizes[college] ?? 0 })));
  const published: Published[] = [];
  intervals.forEach((_, r) => {
    published.push({ label: `all@${r + 1}`, members: atoms.map((a) => a.release <= r + 1) });
    for (const college of colleges[r]!)
      published.push({ label: `${college}@${r + 1}`, members: atoms.map((a) => a.college === college && a.release <= r + 1) });
  });
  return { sizes: atoms.map((a) => a.size), published };
}

describe('per-college figures across releases', () => {
  it('a college of two whose members change their votes cannot be read as the total minus the other college', () => {
    const runtime = runtimeOf(collegesOf('big', 'small'));
    const big = Array.from({ length: 10 }, (_, i) => `big${i}`);
    runtime.apply([...big.map((d) => vote(d, 'big', 'a')), vote('s1', 'small', 'a'), vote('s2', 'small', 'b')]);
    expect(runtime.published.results.tally).toMatchObject({ voters: 12 });
    // The total minus the big college would be the small one's two votes: the big one stays hidden.
    expect(shownOf(runtime)).toEqual({ big: null, small: null });
    // Both members of the small college change, and one of the big one: the interval holds k = 3 devices,
    // but the audit alone would count the small college's two members twice (once per interval).
    runtime.apply([vote('s1', 'small', 'b'), vote('s2', 'small', 'a'), vote('big0', 'big', 'b')]);
    expect(runtime.published.history.intervals).toHaveLength(2);
    expect(shownOf(runtime)).toEqual({ big: null, small: null });
    expect(runtime.published.results.block).toEqual({ suppressed: true, reason: 'college_under_k' });
  });

  it('a college refreshes only once k of its devices changed since its last figures; meanwhile it shows those, marked as previous', () => {
    const runtime = runtimeOf(collegesOf('u', 'p'));
    runtime.apply(['u1', 'u2', 'u3', 'u4', 'p1', 'p2', 'p3', 'p4', 'p5'].map((d) => vote(d, d.slice(0, 1), d.startsWith('u') ? 'a' : 'b')));
    expect(shownOf(runtime)).toEqual({ u: '4', p: '5' });
    expect(runtime.published.results.block).toMatchObject({ suppressed: false, winner: ['a', 'b'] });
    // Two devices of u, one of p: the overall figures move, neither college's.
    runtime.apply([vote('u1', 'u', 'b'), vote('u5', 'u', 'b'), vote('p6', 'p', 'a')]);
    expect(runtime.published.results.tally).toMatchObject({ voters: 11 });
    expect(shownOf(runtime)).toEqual({ u: '4 (previous)', p: '5 (previous)' });
    expect(runtime.published.results.block).toEqual({ suppressed: true, reason: 'college_withheld' });
    // Three more changes in each: both can move again (no combination now isolates the lone changes of the last interval).
    runtime.apply(['u2', 'u3', 'u4', 'p1', 'p2', 'p3'].map((d) => vote(d, d.slice(0, 1), d.startsWith('u') ? 'b' : 'a')));
    expect(shownOf(runtime)).toEqual({ u: '5', p: '6' });
    expect(runtime.published.results.block).toMatchObject({ suppressed: false });
  });

  it('never lets a release publish anything an attacker can bring under k, across colleges and releases (random sessions)', () => {
    const rng = seededRng('live-college-releases');
    let collegeFigures = 0;
    for (let round = 0; round < 30; round++) {
      const k = rng.int(3, 5);
      const colleges = collegesOf(...['u', 'p', 'e', 'x'].slice(0, rng.int(2, 4)));
      const runtime = runtimeOf(colleges, k);
      const devices = Array.from({ length: rng.int(8, 24) }, (_, i) => ({ id: `d${i}`, college: colleges[rng.int(0, colleges.length - 1)]!.id }));
      // Which release interval each device changed in, to check the figures against the truth.
      const changedIn = new Map<string, Set<number>>(devices.map((d) => [d.id, new Set()]));
      const value = new Map<string, string>();
      for (let step = 0; step < 25; step++) {
        const batch = Array.from({ length: rng.int(1, 4) }, () => {
          const device = devices[rng.int(0, devices.length - 1)]!;
          return vote(device.id, device.college, rng.chance(0.5) ? 'a' : 'b');
        });
        // One by one, so that each change's interval is known (batching is tested apart).
        for (const change of batch) {
          if (value.get(change.voterHash) !== change.value) {
            value.set(change.voterHash, change.value as string);
            changedIn.get(change.voterHash)!.add(runtime.published.history.intervals.length + 1);
          }
          runtime.apply([change]);
        }
      }
      const { sizes, published } = publishedSets(runtime);
      collegeFigures += runtime.published.history.colleges.flat().length;
      expect(linearAttack(sizes, published, k), `round ${round}`).toBeNull();
      expect(literalAttack(sizes, published, k), `round ${round}`).toBeNull();
      // Exactly, with who really changed when: a college's figures at two releases differ by 0 or ≥ k devices.
      const history = runtime.published.history.colleges;
      for (const college of colleges) {
        const at = history.flatMap((list, r) => (list.includes(college.id) ? [r + 1] : []));
        for (let i = 1; i < at.length; i++) {
          const people = devices.filter((d) => d.college === college.id && [...changedIn.get(d.id)!].some((r) => r > at[i - 1]! && r <= at[i]!)).length;
          expect(people === 0 || people >= k, `round ${round}: ${college.id} between releases ${at[i - 1]} and ${at[i]}: ${people}`).toBe(true);
        }
      }
    }
    // Not vacuous: colleges were shown along the way.
    expect(collegeFigures).toBeGreaterThan(30);
  });
});
