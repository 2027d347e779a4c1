import { describe, expect, it } from 'vitest';
import { monthsBefore, purgeDay, purgeIsDue } from './retention.ts';

describe('purgeDay', () => {
  it('adds whole months', () => {
    expect(purgeDay('2025-03-14', 12)).toBe('2026-03-14');
    expect(purgeDay('2025-11-30', 3)).toBe('2026-02-28');
    expect(purgeDay('2025-06-01', 120)).toBe('2035-06-01');
  });

  it('falls back to the last day of a shorter month', () => {
    expect(purgeDay('2025-01-31', 1)).toBe('2025-02-28');
    expect(purgeDay('2027-01-31', 1)).toBe('2027-02-28');
    expect(purgeDay('2028-01-31', 1)).toBe('2028-02-29');
    expect(purgeDay('2025-08-31', 1)).toBe('2025-09-30');
  });
});

describe('purgeIsDue', () => {
  it('is due from the purge day on, not before', () => {
    expect(purgeIsDue('2025-03-14', 12, '2026-03-13')).toBe(false);
    expect(purgeIsDue('2025-03-14', 12, '2026-03-14')).toBe(true);
    expect(purgeIsDue('2025-03-14', 12, '2027-01-01')).toBe(true);
  });
});

describe('monthsBefore', () => {
  const iso = (ms: Date) => ms.toISOString();
  it('keeps the time of day and the day of the month', () => {
    expect(iso(monthsBefore(new Date('2032-07-15T03:17:00.000Z'), 12))).toBe('2031-07-15T03:17:00.000Z');
    expect(iso(monthsBefore(new Date('2032-01-10T23:59:59.999Z'), 1))).toBe('2031-12-10T23:59:59.999Z');
  });

  it('falls back to the last day of a shorter month', () => {
    expect(iso(monthsBefore(new Date('2032-03-31T12:00:00.000Z'), 1))).toBe('2032-02-29T12:00:00.000Z');
    expect(iso(monthsBefore(new Date('2033-03-31T12:00:00.000Z'), 1))).toBe('2033-02-28T12:00:00.000Z');
  });
});
