import { describe, expect, it } from 'vitest';
import { waveFamily, waveOf } from './waves.ts';

describe('waves', () => {
  it('reads the wave number and the family from a slug', () => {
    expect([waveOf('besoins'), waveOf('besoins-vague-2'), waveOf('besoins-vague-12')]).toEqual([1, 2, 12]);
    expect([waveFamily('besoins'), waveFamily('besoins-vague-3'), waveFamily('vague-2-besoins')]).toEqual(['besoins', 'besoins', 'vague-2-besoins']);
  });
});
