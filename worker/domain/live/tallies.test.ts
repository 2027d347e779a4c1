import { describe, expect, it } from 'vitest';
import type { College, LiveQuestion } from '../../../schema/live.ts';
import type { LiveBar } from '../../../schema/live.ts';
import { histogramOf } from './histogram.ts';
import { blockVote, collegeTally, shownUpvotes, tally, type VoteEntry } from './tallies.ts';

const fr = (text: string) => ({ fr: text });
const options = [
  { id: 'a', label: fr('A') },
  { id: 'b', label: fr('B') },
  { id: 'c', label: fr('C') },
];
const single = { id: 's', label: fr('S'), type: 'single', options } as const satisfies LiveQuestion;
const colleges: College[] = [
  { id: 'u', label: fr('Usagers'), weight: 50 },
  { id: 'p', label: fr('Pros'), weight: 30 },
  { id: 'e', label: fr('Élus'), weight: 20 },
];
const barsOf = (t: ReturnType<typeof tally>): LiveBar[] | undefined => ('bars' in t ? t.bars : undefined);
const votes = (_college: string | null, ...values: VoteEntry['value'][]): VoteEntry[] => values.map((value) => ({ value }));
/** Each college's histogram, from its values. */
const by = (values: Record<string, VoteEntry['value'][]>) => new Map(Object.entries(values).map(([college, list]) => [college, histogramOf(list)]));

describe('tally with k', () => {
  it('fewer than k voters: only the fact', () => {
    expect(tally(single, votes(null, 'a', 'b'), 3)).toEqual({ suppressed: true, voters: null });
    expect(tally(single, [], 3)).toEqual({ suppressed: true, voters: null });
  });
  it('single and multiple count voters per option; dots sum points', () => {
    expect(tally(single, votes(null, 'a', 'a', 'b'), 3)).toEqual({
      suppressed: false,
      voters: 3,
      bars: [
        { key: 'a', value: 2 },
        { key: 'b', value: 1 },
        { key: 'c', value: 0 },
      ],
    });
    const multiple = { ...single, type: 'multiple' } as const satisfies LiveQuestion;
    expect(barsOf(tally(multiple, votes(null, ['a', 'b'], ['a'], ['c']), 3))).toEqual([
      { key: 'a', value: 2 },
      { key: 'b', value: 1 },
      { key: 'c', value: 1 },
    ]);
    const dots = { ...single, type: 'dots', points: 5 } as const satisfies LiveQuestion;
    expect(barsOf(tally(dots, votes(null, { a: 5 }, { a: 1, b: 4 }, { c: 2 }), 3))).toEqual([
      { key: 'a', value: 6 },
      { key: 'b', value: 4 },
      { key: 'c', value: 2 },
    ]);
  });
  it('ranking: Borda points (m − rank) and mean rank', () => {
    const ranking = { ...single, type: 'ranking' } as const satisfies LiveQuestion;
    // a: ranks 1,1,3 → Borda 2+2+0 = 4, mean 5/3; b: 2,3,1 → 1+0+2 = 3, mean 2; c: 3,2,2 → 0+1+1 = 2, mean 7/3
    const t = tally(ranking, votes(null, ['a', 'b', 'c'], ['a', 'c', 'b'], ['b', 'c', 'a']), 3);
    expect(t).toEqual({
      suppressed: false,
      voters: 3,
      bars: [
        { key: 'a', value: 4, meanRank: 1.67 },
        { key: 'b', value: 3, meanRank: 2 },
        { key: 'c', value: 2, meanRank: 2.33 },
      ],
    });
  });
  it('scale: a bar per point and the mean', () => {
    const scale = { id: 'sc', label: fr('Sc'), type: 'scale', min: 1, max: 4 } as const satisfies LiveQuestion;
    expect(tally(scale, votes(null, 1, 4, 4), 3)).toEqual({
      suppressed: false,
      voters: 3,
      bars: [
        { key: '1', value: 1 },
        { key: '2', value: 0 },
        { key: '3', value: 0 },
        { key: '4', value: 2 },
      ],
      mean: 3,
    });
  });
  it('words: only words given by at least k people, normalised, labelled by their first form', () => {
    const words = { id: 'w', label: fr('W'), type: 'words', maxWords: 3 } as const satisfies LiveQuestion;
    const t = tally(words, votes(null, ['Épuisement', 'café'], ['epuisements'], ['ÉPUISEMENT', 'cafe'], ['solitude']), 3);
    // « café » (twice) and « solitude » wait; three people gave one of them: how many words wait is told.
    expect(t).toEqual({ suppressed: false, voters: 4, bars: [{ key: 'epuisement', label: 'épuisement', value: 3 }], waitingWords: 2 });
  });
  it('words: how many words wait is withheld when fewer than k people gave them, and absent when none wait', () => {
    const words = { id: 'w', label: fr('W'), type: 'words', maxWords: 3 } as const satisfies LiveQuestion;
    // Only the fourth person gave words nobody else did: « 2 words wait » would be about them alone.
    const lone = tally(words, votes(null, ['soin'], ['soins'], ['Soin'], ['soin', 'garde', 'nuit']), 3);
    expect(lone).toEqual({ suppressed: false, voters: 4, bars: [{ key: 'soin', label: 'soin', value: 4 }], waitingWords: null });
    expect(tally(words, votes(null, ['soin'], ['soin'], ['soin']), 3)).not.toHaveProperty('waitingWords');
  });
  it('idea upvotes under k are null', () => {
    expect(shownUpvotes(2, 3)).toBeNull();
    expect(shownUpvotes(3, 3)).toBe(3);
  });
});

describe('a college’s tally from its histogram', () => {
  it('is the tally of the values it holds, k applied', () => {
    expect(collegeTally(single, { '"a"': 2, '"b"': 1 }, 3)).toEqual({
      suppressed: false,
      voters: 3,
      bars: [
        { key: 'a', value: 2 },
        { key: 'b', value: 1 },
        { key: 'c', value: 0 },
      ],
    });
    expect(collegeTally(single, { '"a"': 2 }, 3)).toEqual({ suppressed: true, voters: null });
  });
});

describe('block vote', () => {
  it('plurality per college, options score their colleges’ weights', () => {
    const all = by({ u: ['a', 'a', 'b'], p: ['b', 'b', 'b'], e: ['b', 'c', 'c'] });
    expect(blockVote(single, all, colleges, 3)).toEqual({
      suppressed: false,
      colleges: [
        { college: 'u', choice: ['a'], weight: 50 },
        { college: 'p', choice: ['b'], weight: 30 },
        { college: 'e', choice: ['c'], weight: 20 },
      ],
      options: [
        { option: 'a', weight: 50 },
        { option: 'b', weight: 30 },
        { option: 'c', weight: 20 },
      ],
      winner: ['a'],
    });
  });
  it('a tie inside a college splits its weight; a tie between options gives two winners', () => {
    // u: a 2, b 2 → 25 each; p: b → 30; e: a → 20 ⇒ a 45, b 55.
    const all = by({ u: ['a', 'a', 'b', 'b'], p: ['b', 'b', 'b'], e: ['a', 'a', 'a'] });
    expect(blockVote(single, all, colleges, 3)).toMatchObject({
      options: [
        { option: 'a', weight: 45 },
        { option: 'b', weight: 55 },
        { option: 'c', weight: 0 },
      ],
      winner: ['b'],
    });
    // u: a → 50; p: b and c tie → 15 each; e: a, b and c tie → 20/3 each ⇒ a 56.67, b 21.67, c 21.67.
    const even = by({ u: ['a', 'a', 'a'], p: ['b', 'b', 'c', 'c'], e: ['a', 'b', 'c'] });
    const result = blockVote(single, even, colleges, 3);
    expect(result).toMatchObject({
      colleges: [
        { college: 'u', choice: ['a'] },
        { college: 'p', choice: ['b', 'c'] },
        { college: 'e', choice: ['a', 'b', 'c'] },
      ],
      options: [
        { option: 'a', weight: 56.666667 },
        { option: 'b', weight: 21.666667 },
        { option: 'c', weight: 21.666667 },
      ],
      winner: ['a'],
    });
    // Two colleges of equal weight choosing differently: both options win.
    const halves: College[] = [
      { id: 'u', label: fr('U'), weight: 50 },
      { id: 'p', label: fr('P'), weight: 50 },
    ];
    expect(blockVote(single, by({ u: ['a', 'a', 'a'], p: ['b', 'b', 'b'] }), halves, 3)).toMatchObject({ winner: ['a', 'b'] });
  });
  it('a college that voted with fewer than k voters suppresses the block vote; a silent college does not', () => {
    expect(blockVote(single, by({ u: ['a', 'a', 'a'], p: ['b', 'b'] }), colleges, 3)).toEqual({ suppressed: true, reason: 'college_under_k' });
    expect(blockVote(single, new Map(), colleges, 3)).toEqual({ suppressed: true, reason: 'no_votes' });
    expect(blockVote(single, by({ u: ['a', 'a', 'a'], p: ['b', 'b', 'b'] }), colleges, 3)).toMatchObject({ suppressed: false, winner: ['a'] });
  });
  it('with the colleges current at a release: hidden while a college that voted shows older figures or none', () => {
    const all = by({ u: ['a', 'a', 'a'], p: ['b', 'b', 'b'] });
    expect(blockVote(single, all, colleges, 3, new Set(['u']))).toEqual({ suppressed: true, reason: 'college_withheld' });
    expect(blockVote(single, all, colleges, 3, new Set(['u', 'p']))).toMatchObject({ suppressed: false, winner: ['a'] });
  });
});
