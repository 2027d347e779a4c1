import { combinationsToZero, combine, echelon, rankOf } from './modular.ts';

/**
 * The disclosure check over everything published (statistical disclosure control over linked
 * tables, in the spirit of τ-ARGUS's secondary suppression).
 *
 * People are grouped into atoms that no published figure can tell apart (for a survey: one profile
 * — the answers to every breakdown question — within one release batch). Every published figure
 * (a count, a sum, a sum of squares…) is a sum over a set of atoms: a group, at a release, among
 * those who answered a question. Whatever an attacker does with published figures — sums and
 * differences across views and releases — yields a linear combination of those sets.
 *
 * The rule: no non-zero combination of published sets may rest on fewer than k people in all. The
 * sets cut the atoms into parts (atoms inside exactly the same sets); any combination is constant on
 * each part, so only combinations resting on parts under k people are a risk. A set is published
 * only if, with it, every such combination still rests on at least k people.
 */
export class DisclosureAudit {
  private readonly sizes: readonly number[];
  /** The part of each atom (-1: an empty atom, which no figure describes). */
  private partOf: Int32Array;
  private partSizes: number[] = [];
  /** Whether each part lies inside at least one published set (parts outside every set are never described). */
  private covered: boolean[] = [false];
  private readonly sets: Uint8Array[] = [];

  /**
   * @param sizes people in each atom
   * @param k the threshold
   * @param budget how many candidate supports the exact search may try before refusing anyway
   */
  constructor(
    sizes: readonly number[],
    private readonly k: number,
    private readonly budget = 4000,
  ) {
    this.sizes = sizes;
    this.partOf = Int32Array.from(sizes, (n) => (n > 0 ? 0 : -1));
    this.partSizes = [sizes.reduce((a, b) => a + Math.max(0, b), 0)];
  }

  get atomCount(): number {
    return this.sizes.length;
  }

  /** A set already published: kept whatever it implies (it cannot be taken back). */
  admit(members: Uint8Array): void {
    this.commit(members, this.refine(members));
  }

  /** Publishes the set if nothing under k people can then be worked out; says whether it did. */
  offer(members: Uint8Array): boolean {
    const refined = this.refine(members);
    if (this.isUnsafe([...this.sets, members], refined)) return false;
    this.commit(members, refined);
    return true;
  }

  /** Whether the published sets, as they stand, let something under k people be worked out. */
  leaks(): boolean {
    return this.isUnsafe(this.sets, { partOf: this.partOf, partSizes: this.partSizes, covered: this.covered });
  }

  /** The parts once `members` is published too: each part splits into its atoms inside and outside. */
  private refine(members: Uint8Array): Parts {
    const ids = new Map<number, number>();
    const partOf = new Int32Array(this.partOf.length);
    const partSizes: number[] = [];
    const covered: boolean[] = [];
    for (let a = 0; a < partOf.length; a++) {
      const old = this.partOf[a]!;
      if (old < 0) {
        partOf[a] = -1;
        continue;
      }
      const inside = members[a] ? 1 : 0;
      const key = old * 2 + inside;
      let id = ids.get(key);
      if (id === undefined) {
        id = partSizes.length;
        ids.set(key, id);
        partSizes.push(0);
        covered.push(this.covered[old]! || inside === 1);
      }
      partOf[a] = id;
      partSizes[id]! += this.sizes[a]!;
    }
    return { partOf, partSizes, covered };
  }

  private commit(members: Uint8Array, refined: Parts) {
    this.sets.push(members);
    this.partOf = refined.partOf;
    this.partSizes = refined.partSizes;
    this.covered = refined.covered;
  }

  /**
   * Whether some non-zero combination of `sets` rests on fewer than k people. Combinations that touch
   * a part of k or more rest on k or more; the others live in W, the combinations vanishing on every
   * large part. W is worked out exactly (modulo a prime), then searched for a vector whose support
   * weighs under k: such a support holds at most k − 1 parts, so the search is short.
   */
  private isUnsafe(sets: readonly Uint8Array[], { partOf, partSizes, covered }: Parts): boolean {
    const small: number[] = [];
    const large: number[] = [];
    partSizes.forEach((size, part) => {
      if (!covered[part]) return;
      (size < this.k ? small : large).push(part);
    });
    if (small.length === 0) return false;

    // Each set as a 0/1 vector over parts: a set is a union of parts, so one atom of each part tells.
    const representative = new Int32Array(partSizes.length).fill(-1);
    for (let a = 0; a < partOf.length; a++) if (partOf[a]! >= 0 && representative[partOf[a]!] === -1) representative[partOf[a]!] = a;
    const rows = sets.map((set) => Array.from(representative, (a) => (set[a]! ? 1 : 0)));
    const onLarge = rows.map((row) => large.map((p) => row[p]!));
    const onSmall = rows.map((row) => small.map((p) => row[p]!));
    const toZero = combinationsToZero(onLarge, large.length);
    if (toZero.length === 0) return false;
    const w = echelon(
      toZero.map((c) => combine(c, onSmall, small.length)),
      small.length,
    ).rows;
    if (w.length === 0) return false;
    return this.lightSupportExists(
      w,
      small.map((p) => partSizes[p]!),
    );
  }

  /** Whether some non-zero vector of the row space of `basis` rests on parts weighing under k together. */
  private lightSupportExists(basis: number[][], weights: number[]): boolean {
    const dimension = basis.length;
    const columns = weights.map((_, j) => j).filter((j) => basis.some((row) => row[j] !== 0));
    columns.sort((a, b) => weights[a]! - weights[b]!);
    let tries = 0;
    // A vector of the space vanishes outside C exactly when dropping C's columns lowers the rank.
    const vanishesOutside = (chosen: ReadonlySet<number>) => {
      const kept = columns.filter((j) => !chosen.has(j));
      return (
        rankOf(
          basis.map((row) => kept.map((j) => row[j]!)),
          kept.length,
        ) < dimension
      );
    };
    const search = (from: number, chosen: Set<number>, weight: number): boolean => {
      for (let i = from; i < columns.length; i++) {
        const column = columns[i]!;
        const total = weight + weights[column]!;
        // Sorted by weight: every later column weighs as much or more.
        if (total >= this.k) return false;
        if (++tries > this.budget) return true; // past the budget: refuse rather than guess
        chosen.add(column);
        if (vanishesOutside(chosen) || search(i + 1, chosen, total)) return true;
        chosen.delete(column);
      }
      return false;
    };
    return search(0, new Set(), 0);
  }
}

type Parts = { partOf: Int32Array; partSizes: number[]; covered: boolean[] };

/** Members as a 0/1 vector over atoms, from a predicate. */
export function membersOf<A>(atoms: readonly A[], inSet: (atom: A) => boolean): Uint8Array {
  return Uint8Array.from(atoms, (atom) => (inSet(atom) ? 1 : 0));
}
