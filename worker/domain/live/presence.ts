import type { College, CollegePresence } from '../../../schema/live.ts';

/**
 * How many devices each college is known to hold (a device's college is known from its first vote, or
 * its card), as the console last showed it. It moves only once k more devices fixed a college since it
 * last moved, as tallies do: watching who taps their phone never tells one person's college.
 */
export type PresenceSnapshot = { devices: number; byCollege: Record<string, number> };

export const noPresence = (): PresenceSnapshot => ({ devices: 0, byCollege: {} });

/** The snapshot to show once `now` is counted: a new one when k more devices have a college, else null (keep the last). */
export function nextPresence(shown: PresenceSnapshot, now: PresenceSnapshot, k: number): PresenceSnapshot | null {
  return now.devices - shown.devices >= k ? { devices: now.devices, byCollege: { ...now.byCollege } } : null;
}

/** Each college as the console sees it: its count from k up, null below (never 1 to k − 1). */
export function presenceView(shown: PresenceSnapshot, colleges: readonly College[], k: number): CollegePresence[] {
  return colleges.map((college) => {
    const devices = shown.byCollege[college.id] ?? 0;
    return { college: college.id, label: college.label, devices: devices >= k ? devices : null };
  });
}
