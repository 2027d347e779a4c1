/**
 * Waves of a survey are separate surveys whose slugs differ only by a `-vague-N` suffix
 * ("besoins", "besoins-vague-2"…): the builder makes them, the report compares them.
 */
const WAVE = /-vague-(\d+)$/;

/** The wave number a slug carries (1 without a suffix). */
export function waveOf(slug: string): number {
  return Number(slug.match(WAVE)?.[1] ?? 1);
}

/** The slug without its wave suffix: equal for every wave of a survey. */
export function waveFamily(slug: string): string {
  return slug.replace(WAVE, '');
}
