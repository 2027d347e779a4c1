/**
 * Days and hours as a French organisation lives them: Europe/Paris, with its summer time. Every day
 * stamp (closing, retention, idea boxes' days, live sessions' days, daily counters) and every hour the
 * jobs decide by comes from here, never from UTC. Pure: the instant is always given.
 */
import { RELEASE_TIME_ZONE } from '../../schema/organisation.ts';

export const PARIS_TIME_ZONE = RELEASE_TIME_ZONE;

const MINUTE_MS = 60_000;
const wallClockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClock(instant: Date): WallClock {
  const parts = Object.fromEntries(wallClockFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The day in Paris at `instant`, YYYY-MM-DD. */
export function parisDay(instant: Date): string {
  const w = wallClock(instant);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** The hour in Paris at `instant`, 0–23. */
export function parisHour(instant: Date): number {
  return wallClock(instant).hour;
}

/** How far Paris is ahead of UTC at `instant`, in minutes (60 in winter, 120 in summer). */
export function parisOffsetMinutes(instant: Date): number {
  const w = wallClock(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / MINUTE_MS);
}

/** `days` days after `day` (both YYYY-MM-DD; calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The instant when Paris clocks show `hour`:`minute` on `day`. An hour the spring change skips
 * (02:xx on the last Sunday of March) gives the instant an hour later on the clock; one the autumn
 * change repeats gives its first occurrence.
 */
export function parisTime(day: string, hour = 0, minute = 0): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  // Try the earlier (summer) offset first, so a repeated hour resolves to its first occurrence.
  for (const offset of [120, 60]) {
    const candidate = new Date(wall - offset * MINUTE_MS);
    if (parisOffsetMinutes(candidate) === offset) return candidate;
  }
  return new Date(wall - 60 * MINUTE_MS);
}

/** The next midnight in Paris after `instant` (when « today's » counters start again). */
export function nextParisMidnight(instant: Date): Date {
  return parisTime(addDays(parisDay(instant), 1));
}
