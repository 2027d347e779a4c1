import type { BreakdownQuestion, Profile } from './profile.ts';
import { NOT_SAID } from './profile.ts';
import { PREFER_NOT } from '../tally.ts';

/**
 * k-anonymity for row exports (as sdcMicro does it): every combination of profile values present in
 * the file describes at least k rows. Two steps, both deterministic, so the answers file and the
 * scores file of the same release recode alike:
 * 1. global recoding — in each profile column, the smallest categories (fewer than k rows) merge
 *    into « autre » (with the people who did not say), until that merged category holds k or more;
 * 2. local suppression — rows whose combination is still rarer than k lose profile cells, least
 *    important column first (the breakdown questions' order is their importance), until every
 *    combination holds k; if the rows left with every cell blanked are still fewer than k, the
 *    smallest combinations join them.
 * Answers are never dropped: only profile cells are recoded or blanked.
 */

/** A recoded profile value: an option id, OTHER (merged), or BLANK (suppressed). */
export const OTHER = '#other';
export const BLANK = '#blank';

export type Recoding = {
  /** Per profile column, the values merged into « autre » (option ids, PREFER_NOT, NOT_SAID). */
  merged: { question: string; values: string[] }[];
  /** Profile cells blanked by local suppression. */
  blanked: number;
};

export type AnonymizedProfiles = { profiles: string[][]; recoding: Recoding };

const keyOf = (profile: readonly string[]) => profile.join('\u0000');

function classSizes(profiles: readonly (readonly string[])[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const p of profiles) sizes.set(keyOf(p), (sizes.get(keyOf(p)) ?? 0) + 1);
  return sizes;
}

export function anonymizeProfiles(questions: readonly BreakdownQuestion[], rows: readonly Profile[], k: number): AnonymizedProfiles {
  const profiles = rows.map((p) => [...p]);
  const merged: Recoding['merged'] = [];

  // 1. Global recoding, column by column.
  questions.forEach((question, column) => {
    const counts = new Map<string, number>();
    for (const p of profiles) counts.set(p[column]!, (counts.get(p[column]!) ?? 0) + 1);
    const order = [...question.options.map((o) => o.id), PREFER_NOT, NOT_SAID];
    const small = [...counts].filter(([, n]) => n > 0 && n < k).map(([value]) => value);
    if (small.length === 0) return;
    const into = new Set(small);
    let size = small.reduce((s, value) => s + counts.get(value)!, 0);
    // The merged category must itself reach k: the next smallest join it.
    const rest = [...counts].filter(([value]) => !into.has(value)).toSorted((a, b) => a[1] - b[1] || order.indexOf(a[0]) - order.indexOf(b[0]));
    for (const [value, n] of rest) {
      if (size >= k) break;
      into.add(value);
      size += n;
    }
    for (const p of profiles) if (into.has(p[column]!)) p[column] = OTHER;
    merged.push({ question: question.id, values: order.filter((value) => into.has(value)) });
  });

  // 2. Local suppression, least important column first.
  let blanked = 0;
  const violating = () => {
    const sizes = classSizes(profiles);
    return profiles.filter((p) => sizes.get(keyOf(p))! < k);
  };
  for (let column = questions.length - 1; column >= 0; column--) {
    const rare = violating();
    if (rare.length === 0) break;
    for (const p of rare)
      if (p[column] !== BLANK) {
        p[column] = BLANK;
        blanked++;
      }
  }
  // Rows blanked everywhere and still fewer than k: the smallest combinations join them.
  const allBlank = keyOf(questions.map(() => BLANK));
  let sizes = classSizes(profiles);
  while ((sizes.get(allBlank) ?? 0) > 0 && sizes.get(allBlank)! < k) {
    const smallest = [...sizes].filter(([key]) => key !== allBlank).toSorted((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0];
    if (!smallest) break;
    for (const p of profiles)
      if (keyOf(p) === smallest[0])
        for (let column = 0; column < p.length; column++)
          if (p[column] !== BLANK) {
            p[column] = BLANK;
            blanked++;
          }
    sizes = classSizes(profiles);
  }
  return { profiles, recoding: { merged, blanked } };
}
