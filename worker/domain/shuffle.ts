/** A uniform random integer in [0, below), from the platform's CSPRNG. */
export function randomBelow(below: number): number {
  // Rejection sampling: a plain modulo would favour the low values.
  const limit = Math.floor(0x1_0000_0000 / below) * below;
  const word = new Uint32Array(1);
  do crypto.getRandomValues(word);
  while (word[0]! >= limit);
  return word[0]! % below;
}

/**
 * A copy in random order (Fisher–Yates), so that nothing read from storage (order, position)
 * carries over to what coordinators see.
 */
export function shuffled<T>(items: readonly T[], random: (below: number) => number = randomBelow): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
