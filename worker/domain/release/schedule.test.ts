import { describe, expect, it } from 'vitest';
import { closingMayRelease, nextReleaseAt, plannedAfter } from './schedule.ts';

describe('release schedule', () => {
  it('finds the next publication hour in Paris time, summer and winter alike', () => {
    // 7 h in Paris is 05:00 UTC in summer (UTC+2), 06:00 UTC in winter (UTC+1).
    expect(nextReleaseAt(new Date('2026-07-10T12:00:00Z'), 7).toISOString()).toBe('2026-07-11T05:00:00.000Z');
    expect(nextReleaseAt(new Date('2026-12-06T05:59:00Z'), 7).toISOString()).toBe('2026-12-06T06:00:00.000Z');
    expect(nextReleaseAt(new Date('2026-12-06T06:00:00Z'), 7).toISOString()).toBe('2026-12-07T06:00:00.000Z');
    // The night clocks go back (25 October 2026): 2 h happens twice, the first one counts.
    expect(nextReleaseAt(new Date('2026-10-24T12:00:00Z'), 2).toISOString()).toBe('2026-10-25T00:00:00.000Z');
  });

  it('never plans a release within 23 hours of the last one, whatever the hour is changed to', () => {
    const last = '2026-12-06T06:17:00.000Z';
    expect(plannedAfter(new Date('2026-12-06T07:00:00Z'), last, 18).toISOString()).toBe('2026-12-07T17:00:00.000Z');
    expect(plannedAfter(new Date('2026-12-06T07:00:00Z'), null, 18).toISOString()).toBe('2026-12-06T17:00:00.000Z');
  });

  it('lets closing publish at once only when the last release is a day old', () => {
    expect(closingMayRelease(null, new Date('2026-12-06T10:00:00Z'))).toBe(true);
    expect(closingMayRelease('2026-12-05T10:00:00.000Z', new Date('2026-12-06T10:00:00Z'))).toBe(true);
    expect(closingMayRelease('2026-12-05T10:00:01.000Z', new Date('2026-12-06T10:00:00Z'))).toBe(false);
  });
});
