import { describe, expect, it } from 'vitest';
import type { College, LiveQuestion } from '../../../schema/live.ts';
import type { LiveBar } from '../../../schema/live.ts';
import { blockVote, collegeTallies, questionResults, shownUpvotes, tally, type VoteEntry } from './tallies.ts';

const fr = (text: string) => ({ fr: text });
const options = [{ id: 'a', label: fr('A') }, { id: 'b', label: fr('B') }, { id: 'c', label: fr('C') }];
const single = { id: 's', label: fr('S'), type: 'single', options } as const satisfies LiveQuestion;
const colleges: College[] = [
  { id: 'u', label: fr('Usagers'), weight: 50 },
  { id: 'p', label: fr('Pros'), weight: 30 },
  { id: 'e', label: fr('Élus'), weight: 20 },
];
const barsOf = (t: ReturnType<typeof tally>): LiveBar[] | undefined => ('bars' in t ? t.bars : undefined);
const votes = (college: string | null, ...values: VoteEntry['value'][]): VoteEntry[] => values.map((value) => ({ college, value }));

describe('tally with k', () => {
  it('fewer than k voters: only the fact', () => {
    expect(tally(single, votes(null, 'a', 'b'), 3)).toEqual({ suppressed: true, voters: null });
    expect(tally(single, [], 3)).toEqual({ suppressed: true, voters: null });
  });
  it('single and multiple count voters per option; dots sum points', () => {
    expect(tally(single, votes(null, 'a', 'a', 'b'), 3)).toEqual({ suppressed: false, voters: 3, bars: [{ key: 'a', value: 2 }, { key: 'b', value: 1 }, { key: 'c', value: 0 }] });
    const multiple = { ...single, type: 'multiple' } as const satisfies LiveQuestion;
    expect(barsOf(tally(multiple, votes(null, ['a', 'b'], ['a'], ['c']), 3))).toEqual([{ key: 'a', value: 2 }, { key: 'b', value: 1 }, { key: 'c', value: 1 }]);
    const dots = { ...single, type: 'dots', points: 5 } as const satisfies LiveQuestion;
    expect(barsOf(tally(dots, votes(null, { a: 5 }, { a: 1, b: 4 }, { c: 2 }), 3))).toEqual([{ key: 'a', value: 6 }, { key: 'b', value: 4 }, { key: 'c', value: 2 }]);
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
      bars: [{ key: '1', value: 1 }, { key: '2', value: 0 }, { key: '3', value: 0 }, { key: '4', value: 2 }],
      mean: 3,
    });
  });
  it('words: only words given by at least k people, normalised, labelled by their first form', () => {
    const words = { id: 'w', label: fr('W'), type: 'words', maxWords: 3 } as const satisfies LiveQuestion;
    const t = tally(words, votes(null, ['Épuisement', 'café'], ['epuisements'], ['ÉPUISEMENT', 'cafe'], ['solitude']), 3);
    expect(t).toEqual({ suppressed: false, voters: 4, bars: [{ key: 'epuisement', label: 'épuisement', value: 3 }] });
  });
  it('idea upvotes under k are null', () => {
    expect(shownUpvotes(2, 3)).toBeNull();
    expect(shownUpvotes(3, 3)).toBe(3);
  });
});

describe('per-college tallies with complementary suppression', () => {
  it('a college under k is hidden, and so is the smallest other one when the hidden mass is under k', () => {
    const all = [...votes('u', 'a', 'a', 'a', 'b'), ...votes('p', 'b', 'b', 'b', 'a', 'a'), ...votes('e', 'c')];
    const byCollege = collegeTallies(single, all, { k: 3, colleges })!;
    // e has 1 (< 3): hidden; mass 1 < 3, so the smallest shown (u, 4) is hidden too.
    expect(byCollege.map((c) => [c.college, c.tally.suppressed])).toEqual([
      ['u', true],
      ['p', false],
      ['e', true],
    ]);
    expect(byCollege[1]!.tally).toEqual({ suppressed: false, voters: 5, bars: [{ key: 'a', value: 2 }, { key: 'b', value: 3 }, { key: 'c', value: 0 }] });
  });
  it('every college at k or more: all shown', () => {
    const all = [...votes('u', 'a', 'a', 'a'), ...votes('p', 'b', 'b', 'b'), ...votes('e', 'c', 'c', 'c')];
    expect(collegeTallies(single, all, { k: 3, colleges })!.every((c) => !c.tally.suppressed)).toBe(true);
  });
});

describe('block vote', () => {
  it('plurality per college, options score their colleges’ weights', () => {
    const all = [...votes('u', 'a', 'a', 'b'), ...votes('p', 'b', 'b', 'b'), ...votes('e', 'b', 'c', 'c')];
    expect(blockVote(single, all, colleges, 3)).toEqual({
      suppressed: false,
      colleges: [
        { college: 'u', choice: ['a'], weight: 50 },
        { college: 'p', choice: ['b'], weight: 30 },
        { college: 'e', choice: ['c'], weight: 20 },
      ],
      options: [{ option: 'a', weight: 50 }, { option: 'b', weight: 30 }, { option: 'c', weight: 20 }],
      winner: ['a'],
    });
  });
  it('a tie inside a college splits its weight; a tie between options gives two winners', () => {
    // u: a 2, b 2 → 25 each; p: b → 30; e: a → 20 ⇒ a 45, b 55.
    const all = [...votes('u', 'a', 'a', 'b', 'b'), ...votes('p', 'b', 'b', 'b'), ...votes('e', 'a', 'a', 'a')];
    expect(blockVote(single, all, colleges, 3)).toMatchObject({ options: [{ option: 'a', weight: 45 }, { option: 'b', weight: 55 }, { option: 'c', weight: 0 }], winner: ['b'] });
    // u: a → 50; p: b and c tie → 15 each; e: a, b and c tie → 20/3 each ⇒ a 56.67, b 21.67, c 21.67.
    const even = [...votes('u', 'a', 'a', 'a'), ...votes('p', 'b', 'b', 'c', 'c'), ...votes('e', 'a', 'b', 'c')];
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
    const halves: College[] = [{ id: 'u', label: fr('U'), weight: 50 }, { id: 'p', label: fr('P'), weight: 50 }];
    expect(blockVote(single, [...votes('u', 'a', 'a', 'a'), ...votes('p', 'b', 'b', 'b')], halves, 3)).toMatchObject({ winner: ['a', 'b'] });
  });
  it('a college that voted with fewer than k voters suppresses the block vote; a silent college does not', () => {
    expect(blockVote(single, [...votes('u', 'a', 'a', 'a'), ...votes('p', 'b', 'b')], colleges, 3)).toEqual({ suppressed: true, reason: 'college_under_k' });
    expect(blockVote(single, [], colleges, 3)).toEqual({ suppressed: true, reason: 'no_votes' });
    expect(blockVote(single, [...votes('u', 'a', 'a', 'a'), ...votes('p', 'b', 'b', 'b')], colleges, 3)).toMatchObject({ suppressed: false, winner: ['a'] });
  });
  it('questionResults adds per-college tallies and the block vote only where colleges are set', () => {
    expect(Object.keys(questionResults(single, votes('u', 'a', 'a', 'a'), { k: 3, colleges }))).toEqual(['tally', 'byCollege', 'block']);
    expect(Object.keys(questionResults(single, votes(null, 'a', 'a', 'a'), { k: 3 }))).toEqual(['tally']);
    expect(questionResults({ id: 'i', label: fr('I'), type: 'ideas' }, [], { k: 3 })).toEqual({});
  });
});
