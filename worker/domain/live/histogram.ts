import type { StoredValue } from './votes.ts';

/**
 * What a college's figures on one question round are made of, stored without any vote row: how many
 * of its voters hold each distinct value (keyed by the value's JSON). A device's change of vote moves
 * one voter from one key to another; the tally functions read the histogram as the list of values.
 */
export type Histogram = Record<string, number>;

/** Moves one voter from a value (none for a new voter) to another, in place; never below zero. */
export function moveValue(histogram: Histogram, from: string | null, to: string): void {
  if (from !== null) {
    const left = (histogram[from] ?? 0) - 1;
    if (left > 0) histogram[from] = left;
    else delete histogram[from];
  }
  histogram[to] = (histogram[to] ?? 0) + 1;
}

/** Voters the histogram counts. */
export function histogramVoters(histogram: Histogram): number {
  let voters = 0;
  for (const count of Object.values(histogram)) voters += count;
  return voters;
}

/** The values it holds, each as many times as voters hold it (what the tally functions take). */
export function histogramValues(histogram: Histogram): { value: StoredValue }[] {
  const values: { value: StoredValue }[] = [];
  for (const [json, count] of Object.entries(histogram)) {
    const value = JSON.parse(json) as StoredValue;
    for (let i = 0; i < count; i++) values.push({ value });
  }
  return values;
}

/** A histogram of these values (for tests). */
export function histogramOf(values: readonly StoredValue[]): Histogram {
  const histogram: Histogram = {};
  for (const value of values) moveValue(histogram, null, JSON.stringify(value));
  return histogram;
}
