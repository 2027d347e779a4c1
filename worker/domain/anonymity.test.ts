import { describe, expect, it } from 'vitest';
import { cellsToHide } from './anonymity.ts';

const cells = (counts: Record<string, number>) => Object.entries(counts).map(([key, count]) => ({ key, count }));

describe('cellsToHide', () => {
  it('hides nothing when every cell reaches k', () => {
    expect(cellsToHide(cells({ a: 5, b: 9, c: 0 }), 5)).toEqual(new Set());
  });

  it('hides small cells, and enough others that the total cannot give them away', () => {
    // total 22: hiding only "physio" (2) would let 22 − 10 − 10 = 2 be recovered
    expect(cellsToHide(cells({ nurse: 10, gp: 10, physio: 2 }), 5)).toEqual(new Set(['physio', 'nurse']));
    // two small cells that together reach k are safe as they are
    expect(cellsToHide(cells({ nurse: 10, gp: 3, physio: 2 }), 5)).toEqual(new Set(['gp', 'physio']));
  });

  it('counts a group that is never shown (non-respondents) in the hidden mass', () => {
    expect(cellsToHide(cells({ nurse: 10, physio: 2 }), 5, 4)).toEqual(new Set(['physio']));
    expect(cellsToHide(cells({ nurse: 10, gp: 8 }), 5, 2)).toEqual(new Set(['gp']));
  });

  it('hides everything when even that does not reach k', () => {
    expect(cellsToHide(cells({ a: 1, b: 2 }), 5)).toEqual(new Set(['a', 'b']));
  });
});
