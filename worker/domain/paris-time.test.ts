import { describe, expect, it } from 'vitest';
import { addDays, nextParisMidnight, parisDay, parisHour, parisOffsetMinutes, parisTime } from './paris-time.ts';

const at = (iso: string) => new Date(iso);

describe('Paris days and hours', () => {
  it('puts midnight where Paris has it, not UTC', () => {
    // Winter (UTC+1): 23:30 UTC is already tomorrow in Paris.
    expect(parisDay(at('2026-12-06T22:59:59Z'))).toBe('2026-12-06');
    expect(parisDay(at('2026-12-06T23:00:00Z'))).toBe('2026-12-07');
    expect(parisHour(at('2026-12-06T23:00:00Z'))).toBe(0);
    // Summer (UTC+2): 22:00 UTC is midnight.
    expect(parisDay(at('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
    expect(parisDay(at('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
    // New year.
    expect(parisDay(at('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('follows the spring change (last Sunday of March: 02:00 becomes 03:00)', () => {
    expect(parisOffsetMinutes(at('2026-03-29T00:59:59Z'))).toBe(60);
    expect(parisHour(at('2026-03-29T00:59:59Z'))).toBe(1);
    expect(parisHour(at('2026-03-29T01:00:00Z'))).toBe(3);
    expect(parisOffsetMinutes(at('2026-03-29T01:00:00Z'))).toBe(120);
    expect(parisDay(at('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(parisTime('2026-03-29', 3, 17).toISOString()).toBe('2026-03-29T01:17:00.000Z');
    expect(parisTime('2026-03-29', 0).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    // 02:30 does not exist that night: the clock reads 03:30 at that instant.
    expect(parisHour(parisTime('2026-03-29', 2, 30))).toBe(3);
  });

  it('follows the autumn change (last Sunday of October: 03:00 goes back to 02:00)', () => {
    expect(parisHour(at('2026-10-25T00:30:00Z'))).toBe(2);
    expect(parisHour(at('2026-10-25T01:30:00Z'))).toBe(2);
    expect(parisOffsetMinutes(at('2026-10-25T00:30:00Z'))).toBe(120);
    expect(parisOffsetMinutes(at('2026-10-25T01:30:00Z'))).toBe(60);
    expect(parisHour(at('2026-10-25T02:17:00Z'))).toBe(3);
    expect(parisTime('2026-10-25', 2, 30).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(parisTime('2026-10-25', 3, 17).toISOString()).toBe('2026-10-25T02:17:00.000Z');
    expect(parisDay(at('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(parisDay(at('2026-10-25T22:59:59Z'))).toBe('2026-10-25');
    expect(parisDay(at('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });

  it('finds the next Paris midnight, on days of 23, 24 and 25 hours', () => {
    expect(nextParisMidnight(at('2026-12-06T12:00:00Z')).toISOString()).toBe('2026-12-06T23:00:00.000Z');
    expect(nextParisMidnight(at('2026-12-06T23:00:00Z')).toISOString()).toBe('2026-12-07T23:00:00.000Z');
    expect(nextParisMidnight(at('2026-03-28T23:00:00Z')).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(nextParisMidnight(at('2026-10-24T22:00:00Z')).toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('steps calendar days across months and years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('runs the daily work once a day at 03:xx Paris from an hourly UTC trigger, whatever the season', () => {
    for (const day of ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26', '2026-12-06', '2026-07-14']) {
      const start = parisTime(day).getTime();
      const runs = [];
      for (let t = Math.floor(start / 3_600_000) * 3_600_000 + 17 * 60_000; t < start + 26 * 3_600_000; t += 3_600_000) {
        const instant = new Date(t);
        if (parisDay(instant) === day && parisHour(instant) === 3) runs.push(instant.toISOString());
      }
      expect(runs, day).toHaveLength(1);
    }
  });
});
