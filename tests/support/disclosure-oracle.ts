/**
 * The attacker of the disclosure tests, written apart from the audit it checks: given who is in each
 * atom and every set whose figures were published, it searches for any combination of published
 * figures that rests on 1 to k − 1 people. Two attackers:
 *
 * - `literalAttack`: sums and differences of up to three published figures, as a person with a
 *   spreadsheet would try them;
 * - `linearAttack`: every rational combination at once, by linear algebra over the atoms: a set C of
 *   atoms weighing under k is isolated when some non-zero combination vanishes outside C, that is
 *   when leaving C's columns out lowers the rank of the published sets.
 *
 * Ranks are computed modulo a prime other than the audit's, so a slip in either shows.
 */

const Q = 67_108_837;
const mod = (x: number) => ((x % Q) + Q) % Q;

function power(base: number, exponent: number): number {
  let result = 1;
  let b = mod(base);
  let e = exponent;
  while (e > 0) {
    if (e & 1) result = Number((BigInt(result) * BigInt(b)) % BigInt(Q));
    b = Number((BigInt(b) * BigInt(b)) % BigInt(Q));
    e >>= 1;
  }
  return result;
}

function rank(rows: number[][]): number {
  const m = rows.map((r) => r.map(mod));
  const width = m[0]?.length ?? 0;
  let r = 0;
  for (let col = 0; col < width && r < m.length; col++) {
    let pivot = -1;
    for (let i = r; i < m.length; i++) if (m[i]![col] !== 0) pivot = i;
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    const inv = power(m[r]![col]!, Q - 2);
    for (let i = 0; i < m.length; i++) {
      if (i === r || m[i]![col] === 0) continue;
      const f = (m[i]![col]! * inv) % Q;
      for (let j = col; j < width; j++) m[i]![j] = mod(m[i]![j]! - f * m[r]![j]!);
    }
    r++;
  }
  return r;
}

export type Published = { label: string; members: readonly boolean[] };

/** A combination that isolated fewer than k people, described for the failure message. */
export type Leak = { how: string; people: number };

/** Sums and differences of up to three published sets. */
export function literalAttack(sizes: readonly number[], published: readonly Published[], k: number): Leak | null {
  const n = published.length;
  const vectors = published.map((p) => p.members.map((m) => (m ? 1 : 0)));
  const weight = (v: number[]) => v.reduce((w, x, a) => (x !== 0 ? w + sizes[a]! : w), 0);
  const check = (v: number[], how: string): Leak | null => {
    const people = weight(v);
    return people > 0 && people < k ? { how, people } : null;
  };
  for (let i = 0; i < n; i++) {
    const leak = check(vectors[i]!, published[i]!.label);
    if (leak) return leak;
    for (let j = i + 1; j < n; j++) {
      for (const s of [1, -1]) {
        const v2 = vectors[i]!.map((x, a) => x + s * vectors[j]![a]!);
        const leak2 = check(v2, `${published[i]!.label} ${s > 0 ? '+' : '−'} ${published[j]!.label}`);
        if (leak2) return leak2;
        for (let l = j + 1; l < n; l++) {
          for (const t of [1, -1]) {
            const v3 = v2.map((x, a) => x + t * vectors[l]![a]!);
            const leak3 = check(v3, `${published[i]!.label} ${s > 0 ? '+' : '−'} ${published[j]!.label} ${t > 0 ? '+' : '−'} ${published[l]!.label}`);
            if (leak3) return leak3;
          }
        }
      }
    }
  }
  return null;
}

/** Every combination: searches the sets of atoms weighing 1 to k − 1 that some combination isolates. */
export function linearAttack(sizes: readonly number[], published: readonly Published[], k: number): Leak | null {
  if (published.length === 0) return null;
  const atoms = sizes.map((s, a) => a).filter((a) => sizes[a]! > 0);
  const rows = published.map((p) => atoms.map((a) => (p.members[a] ? 1 : 0)));
  const full = rank(rows);
  const light = atoms.map((a, column) => ({ column, size: sizes[a]! })).filter((x) => x.size < k);
  const found: Leak[] = [];
  const search = (from: number, chosen: number[], weight: number) => {
    if (found.length > 0) return;
    for (let i = from; i < light.length; i++) {
      const total = weight + light[i]!.size;
      if (total >= k) continue;
      const next = [...chosen, light[i]!.column];
      const outside = rows.map((row) => row.filter((_, column) => !next.includes(column)));
      if (rank(outside) < full) {
        found.push({ how: `a combination resting on atoms ${next.map((c) => atoms[c]).join(', ')}`, people: total });
        return;
      }
      search(i + 1, next, total);
    }
  };
  search(0, [], 0);
  return found[0] ?? null;
}
