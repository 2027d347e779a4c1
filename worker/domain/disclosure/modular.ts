/**
 * Linear algebra over the integers modulo a prime below 2^26, so every product fits a double exactly.
 * The disclosure audit only asks whether some combination exists: a combination over the rationals
 * reduces to one modulo the prime, so working modulo a prime may see a combination that does not
 * exist (and refuse to publish), never miss one that does.
 */
export const PRIME = 67_108_859;

const mod = (x: number) => ((x % PRIME) + PRIME) % PRIME;

function inverse(a: number): number {
  // Extended Euclid: a·x ≡ 1 (mod PRIME).
  let [r0, r1] = [PRIME, mod(a)];
  let [t0, t1] = [0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return mod(t0);
}

/**
 * Brings rows (each of `width` entries, reduced modulo PRIME) to reduced row echelon form and
 * returns the non-zero rows; `carry` rows, when given, undergo the same operations (to follow
 * which combination of the original rows each result is).
 */
export function echelon(rows: readonly (readonly number[])[], width: number, carry?: readonly (readonly number[])[]) {
  const work = rows.map((row) => row.map(mod));
  const tags = carry?.map((row) => row.map(mod));
  let rank = 0;
  for (let column = 0; column < width && rank < work.length; column++) {
    const pivot = work.findIndex((row, i) => i >= rank && row[column] !== 0);
    if (pivot < 0) continue;
    [work[rank], work[pivot]] = [work[pivot]!, work[rank]!];
    if (tags) [tags[rank], tags[pivot]] = [tags[pivot]!, tags[rank]!];
    const scale = inverse(work[rank]![column]!);
    const pivotRow = work[rank]!.map((x) => (x * scale) % PRIME);
    work[rank] = pivotRow;
    const pivotTag = tags?.[rank]!.map((x) => (x * scale) % PRIME);
    if (tags) tags[rank] = pivotTag!;
    for (let i = 0; i < work.length; i++) {
      const factor = work[i]![column]!;
      if (i === rank || factor === 0) continue;
      const row = work[i]!;
      for (let j = 0; j < width; j++) if (pivotRow[j] !== 0) row[j] = mod(row[j]! - factor * pivotRow[j]!);
      if (tags) {
        const tag = tags[i]!;
        for (let j = 0; j < tag.length; j++) if (pivotTag![j] !== 0) tag[j] = mod(tag[j]! - factor * pivotTag![j]!);
      }
    }
    rank++;
  }
  return { rows: work.slice(0, rank), rank, zeroCombinations: tags ? tags.slice(rank) : [] };
}

export const rankOf = (rows: readonly (readonly number[])[], width: number) => echelon(rows, width).rank;

/** A basis of the combinations c with Σ c_i · rows[i] = 0 (the left null space). */
export function combinationsToZero(rows: readonly (readonly number[])[], width: number): number[][] {
  const identity = rows.map((_, i) => rows.map((__, j) => (i === j ? 1 : 0)));
  return echelon(rows, width, identity).zeroCombinations;
}

/** Σ c_i · rows[i], column by column. */
export function combine(coefficients: readonly number[], rows: readonly (readonly number[])[], width: number): number[] {
  const out = new Array<number>(width).fill(0);
  coefficients.forEach((c, i) => {
    if (c === 0) return;
    const row = rows[i]!;
    for (let j = 0; j < width; j++) if (row[j] !== 0) out[j] = (out[j]! + c * row[j]!) % PRIME;
  });
  return out;
}
