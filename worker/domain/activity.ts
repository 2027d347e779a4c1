/** Responses received on one day; `count` is null when hidden. */
export type DayActivity = { day: string; count: number | null };

/**
 * Responses per day with k applied. Days with fewer than k responses are hidden, and so is
 * whatever lets a hidden figure be worked out by subtraction from the released total:
 * once one day is hidden, the smallest visible days are hidden too, until the hidden days
 * number at least two and hold at least k responses together.
 * Days without responses are absent; the result is in calendar order.
 */
export function suppressDays(days: readonly { day: string; count: number }[], k: number): DayActivity[] {
  const sorted = days.filter((d) => d.count > 0).toSorted((a, b) => a.day.localeCompare(b.day));
  const hidden = new Set(sorted.filter((d) => d.count < k).map((d) => d.day));

  if (hidden.size > 0) {
    // Smallest first; ties go to the earlier day, so the choice is stable between readings.
    const candidates = sorted.filter((d) => !hidden.has(d.day)).toSorted((a, b) => a.count - b.count || a.day.localeCompare(b.day));
    let hiddenTotal = sorted.reduce((sum, d) => (hidden.has(d.day) ? sum + d.count : sum), 0);
    for (const day of candidates) {
      if (hidden.size >= 2 && hiddenTotal >= k) break;
      hidden.add(day.day);
      hiddenTotal += day.count;
    }
  }
  return sorted.map((d) => ({ day: d.day, count: hidden.has(d.day) ? null : d.count }));
}
