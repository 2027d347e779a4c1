import { describe, expect, it } from 'vitest';
import { suppressDays, type DayActivity } from './activity.ts';

const days = (counts: Record<string, number>) => Object.entries(counts).map(([day, count]) => ({ day, count }));
const released = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const shown = (result: DayActivity[]) => result.reduce((sum, d) => sum + (d.count ?? 0), 0);
const hiddenDays = (result: DayActivity[]) => result.filter((d) => d.count === null).map((d) => d.day);

describe('suppressDays (k = 5)', () => {
  it('shows every day when each has at least k responses', () => {
    expect(suppressDays(days({ '2026-03-02': 5, '2026-03-01': 10 }), 5)).toEqual([
      { day: '2026-03-01', count: 10 },
      { day: '2026-03-02', count: 5 },
    ]);
  });

  it('hides a day under k, and the smallest other day with it', () => {
    // 12, 3, 7, 8 (total 30): 3 < 5 is hidden; alone it would be 30 − 12 − 7 − 8, so 7 goes too.
    const counts = { '2026-03-01': 12, '2026-03-02': 3, '2026-03-03': 7, '2026-03-04': 8 };
    expect(suppressDays(days(counts), 5)).toEqual([
      { day: '2026-03-01', count: 12 },
      { day: '2026-03-02', count: null },
      { day: '2026-03-03', count: null },
      { day: '2026-03-04', count: 8 },
    ]);
  });

  it('keeps hiding until the hidden days hold at least k together', () => {
    // 2 and 1 are hidden but hold 3 < 5 together: the smallest visible day (6, the earlier of two) joins them → 9.
    const counts = { '2026-03-01': 2, '2026-03-02': 1, '2026-03-03': 20, '2026-03-04': 6, '2026-03-05': 6 };
    expect(suppressDays(days(counts), 5)).toEqual([
      { day: '2026-03-01', count: null },
      { day: '2026-03-02', count: null },
      { day: '2026-03-03', count: 20 },
      { day: '2026-03-04', count: null },
      { day: '2026-03-05', count: 6 },
    ]);
  });

  it('stops as soon as two hidden days already hold k', () => {
    expect(suppressDays(days({ '2026-03-01': 4, '2026-03-02': 4, '2026-03-03': 9 }), 5)).toEqual([
      { day: '2026-03-01', count: null },
      { day: '2026-03-02', count: null },
      { day: '2026-03-03', count: 9 },
    ]);
  });

  it('leaves out days without responses', () => {
    expect(suppressDays(days({ '2026-03-01': 0, '2026-03-02': 5 }), 5)).toEqual([{ day: '2026-03-02', count: 5 }]);
  });

  it('defeats recovering a hidden day by subtracting the visible days from the released total', () => {
    const counts = { '2026-03-01': 12, '2026-03-02': 1, '2026-03-03': 7, '2026-03-04': 8, '2026-03-05': 9 };
    // Hiding only the day under k would give it away: 37 − 12 − 7 − 8 − 9 = 1.
    const naive = Object.entries(counts).filter(([, n]) => n >= 5);
    expect(released(counts) - naive.reduce((sum, [, n]) => sum + n, 0)).toBe(counts['2026-03-02']);

    const result = suppressDays(days(counts), 5);
    const remainder = released(counts) - shown(result);
    expect(hiddenDays(result)).toEqual(['2026-03-02', '2026-03-03']);
    // What subtraction yields is the sum of two days (1 + 7), at least k: neither day alone.
    expect(remainder).toBe(8);
    expect(remainder).toBeGreaterThanOrEqual(5);
    for (const day of hiddenDays(result)) expect(remainder).not.toBe(counts[day as keyof typeof counts]);
  });

  it('holds the rule on many random cases', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 500; run++) {
      const k = 3 + Math.floor(next() * 5);
      const counts: Record<string, number> = {};
      const n = 1 + Math.floor(next() * 12);
      for (let i = 0; i < n; i++) counts[`2026-04-${String(i + 1).padStart(2, '0')}`] = 1 + Math.floor(next() * 3 * k);
      const result = suppressDays(days(counts), k);
      const hidden = result.filter((d) => d.count === null);
      for (const d of result) if (d.count !== null) expect(d.count).toBeGreaterThanOrEqual(k);
      const hiddenTotal = hidden.reduce((sum, d) => sum + counts[d.day]!, 0);
      // Either nothing is hidden, or the hidden days are ≥ 2 holding ≥ k, or every day is hidden.
      if (hidden.length > 0 && hidden.length < result.length) {
        expect(hidden.length).toBeGreaterThanOrEqual(2);
        expect(hiddenTotal).toBeGreaterThanOrEqual(k);
      }
    }
  });
});
