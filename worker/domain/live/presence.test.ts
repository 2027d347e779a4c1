import { describe, expect, it } from 'vitest';
import { nextPresence, noPresence, presenceView } from './presence.ts';

const colleges = [
  { id: 'med', label: { fr: 'Médecins' }, weight: 60 },
  { id: 'para', label: { fr: 'Paramédicaux' }, weight: 40 },
];

describe('college presence', () => {
  it('moves only once k more devices have a college', () => {
    const shown = noPresence();
    expect(nextPresence(shown, { devices: 4, byCollege: { med: 3, para: 1 } }, 5)).toBeNull();
    const moved = nextPresence(shown, { devices: 5, byCollege: { med: 4, para: 1 } }, 5)!;
    expect(moved).toEqual({ devices: 5, byCollege: { med: 4, para: 1 } });
    expect(nextPresence(moved, { devices: 9, byCollege: { med: 8, para: 1 } }, 5)).toBeNull();
  });

  it('shows a college from k devices up, never a count between 1 and k − 1', () => {
    expect(presenceView({ devices: 9, byCollege: { med: 5, para: 4 } }, colleges, 5)).toEqual([
      { college: 'med', label: { fr: 'Médecins' }, devices: 5 },
      { college: 'para', label: { fr: 'Paramédicaux' }, devices: null },
    ]);
    expect(presenceView(noPresence(), colleges, 3).map((c) => c.devices)).toEqual([null, null]);
  });
});
