/**
 * The disclosure check of worker/domain/disclosure/audit.ts, specialised to what a live question
 * publishes: the overall tally at every release, and some colleges' tallies at some releases.
 *
 * Atoms are (college, release interval), sized by the devices of the college that changed their vote
 * in the interval. The overall tally at release r covers the atoms of intervals ≤ r; college c's at
 * release r, c's atoms of intervals ≤ r. Any combination of these figures gives atom (c, i) the
 * coefficient α_i + β_{c,j}: α_i from the overall tallies (free for every interval, each being
 * published), β_{c,j} from c's tallies, constant over each block j of intervals between two
 * publications of c (and 0 after c's last one). A combination rests on fewer than k people when the
 * atoms with a non-zero coefficient weigh less than k.
 *
 * Only which coefficients are equal matters, and two classes suffice (merging classes never adds to
 * the weight, and some merge keeps a mixed interval mixed): a light combination exists exactly when
 * the blocks can be split in two (the blocks after each college's last publication on the side of 0)
 * so that the lighter side of every interval adds up to 1 to k − 1 people. The search below colours
 * the blocks one by one, dropping any partial colouring whose lighter sides already reach k, and
 * refuses (as if it had found something) past its budget. Unit tests check it against the generic
 * audit and the independent attacker of tests/support/disclosure-oracle.ts.
 */
export type PrefixFamily = {
  /** People in each atom: sizes[interval − 1][college]. */
  sizes: readonly Readonly<Record<string, number>>[];
  /** For each college, the releases (1-based interval numbers) at which its tally was published, ascending. */
  publications: ReadonlyMap<string, readonly number[]>;
};

type Block = { atoms: { interval: number; size: number }[] };

/** Whether some combination of the family's figures rests on 1 to k − 1 people (true also past the budget). */
export function familyLeaks({ sizes, publications }: PrefixFamily, k: number, budget = 20_000): boolean {
  const intervals = sizes.length;
  // One overall tally minus the one before: the interval's devices (a release waits for k of them).
  for (const interval of sizes) {
    const total = Object.values(interval).reduce((a, b) => a + b, 0);
    if (total > 0 && total < k) return true;
  }
  // Blocks of every college; atoms after its last publication (or of a college never published) weigh on the 0 side.
  const fixed = new Array<number>(intervals).fill(0);
  const blocks: Block[] = [];
  const colleges = new Set<string>(publications.keys());
  for (const interval of sizes) for (const college of Object.keys(interval)) colleges.add(college);
  for (const college of colleges) {
    const at = publications.get(college) ?? [];
    let block: Block | null = null;
    let next = 0;
    for (let i = 1; i <= intervals; i++) {
      while (next < at.length && at[next]! < i) next++;
      const size = sizes[i - 1]![college] ?? 0;
      if (next >= at.length) {
        fixed[i - 1]! += size;
        continue;
      }
      if (!block || (next > 0 && i === at[next - 1]! + 1)) blocks.push((block = { atoms: [] }));
      if (size > 0) block.atoms.push({ interval: i - 1, size });
    }
  }
  const live = blocks.filter((b) => b.atoms.length > 0);
  // Blocks sharing an interval form a component; each component is searched on its own.
  const parent = live.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const firstIn = new Map<number, number>();
  live.forEach((block, b) => {
    for (const { interval } of block.atoms) {
      const other = firstIn.get(interval);
      if (other === undefined) firstIn.set(interval, b);
      else parent[find(b)] = find(other);
    }
  });
  const components = new Map<number, Block[]>();
  live.forEach((block, b) => {
    const root = find(b);
    components.set(root, [...(components.get(root) ?? []), block]);
  });
  let tries = 0;
  for (const blocksOf of components.values()) {
    // Neighbours one after another: a colouring's cost shows as early as possible.
    const component = blocksOf.toSorted((a, b) => a.atoms[0]!.interval - b.atoms[0]!.interval);
    const w0 = [...fixed];
    const w1 = new Array<number>(intervals).fill(0);
    const touchesFixed = component.some((b) => b.atoms.some((a) => fixed[a.interval]! > 0));
    // Colours a block (0 or 1); returns the change of the lighter sides' total.
    const paint = (block: Block, colour: 0 | 1, sign: 1 | -1): number => {
      let delta = 0;
      for (const { interval, size } of block.atoms) {
        const before = Math.min(w0[interval]!, w1[interval]!);
        (colour === 0 ? w0 : w1)[interval]! += sign * size;
        delta += Math.min(w0[interval]!, w1[interval]!) - before;
      }
      return delta;
    };
    const search = (index: number, cost: number): boolean => {
      if (++tries > budget) return true;
      if (index === component.length) return cost >= 1;
      const block = component[index]!;
      // Without the 0 side in this component, colourings come in mirrored pairs: the first block is 0.
      const colours: (0 | 1)[] = !touchesFixed && index === 0 ? [0] : [0, 1];
      for (const colour of colours) {
        const next = cost + paint(block, colour, 1);
        const found = next < k && search(index + 1, next);
        paint(block, colour, -1);
        if (found) return true;
      }
      return false;
    };
    if (search(0, 0)) return true;
  }
  return false;
}
