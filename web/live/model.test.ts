import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, type LiveQuestion } from '../../schema/live.ts';
import * as m from './model.ts';

const fr = (text: string) => ({ fr: text });
const options = ['a', 'b', 'c'].map((id) => ({ id, label: fr(id.toUpperCase()) }));

describe('join codes', () => {
  it('keeps the schema’s alphabet', () => expect(m.CODE_ALPHABET).toBe(JOIN_CODE_ALPHABET));
  it('reads what people type', () => {
    expect(m.normaliseCode(' abc-234 ')).toBe('ABC234');
    expect(m.normaliseCode('ABC 23')).toBeNull();
    expect(m.normaliseCode('ABCD10')).toBeNull(); // 1 and 0 are not in the alphabet
    expect(m.codeFromPath('/live/k7m2pq')).toBe('K7M2PQ');
    expect(m.codeFromPath('/live')).toBeNull();
    expect(m.codeFromPath('/live/')).toBeNull();
  });
  it('reads card codes', () => {
    expect(m.normaliseCard(' abcd efgh ijkl mnop qrst uv ')).toBe('abcdefghijklmnopqrstuv');
    expect(m.normaliseCard('short')).toBeNull();
  });
});

describe('device token', () => {
  it('is 43 base64url characters from 32 bytes', () => {
    const token = m.newDeviceToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(m.newDeviceToken(new Uint8Array(32).fill(255))).toBe('_'.repeat(42) + '8');
    expect(m.newDeviceToken()).not.toBe(token);
  });
});

describe('ranking', () => {
  it('moves one place, never past the ends', () => {
    expect(m.moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(m.moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(m.moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(m.moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
  it('starts from the earlier vote when it still ranks every option, else from the device’s own order', () => {
    expect(m.initialRanking(['a', 'b', 'c'], ['c', 'a', 'b'], 'seed')).toEqual(['c', 'a', 'b']);
    expect(m.initialRanking(['a', 'b', 'c'], ['c', 'a'], 'seed')).toEqual(m.deviceOrder(['a', 'b', 'c'], 'seed'));
    expect(m.initialRanking(['a', 'b'], undefined, 'other')).toEqual(m.deviceOrder(['a', 'b'], 'other'));
  });
  it('orders the options per device: the same for one seed, spread evenly over devices', () => {
    const ids = ['a', 'b', 'c'];
    expect(m.deviceOrder(ids, 'token:q:1')).toEqual(m.deviceOrder(ids, 'token:q:1'));
    expect(m.deviceOrder(ids, 'token:q:1').toSorted()).toEqual(ids);
    // 6,000 devices: each option comes first about a third of the time, and all six orders occur.
    const first = new Map<string, number>();
    const orders = new Set<string>();
    for (let i = 0; i < 6000; i++) {
      const order = m.deviceOrder(ids, `device-${i}:q:1`);
      first.set(order[0]!, (first.get(order[0]!) ?? 0) + 1);
      orders.add(order.join());
    }
    expect(orders.size).toBe(6);
    for (const id of ids) expect(Math.abs(first.get(id)! - 2000)).toBeLessThan(150);
  });
});

describe('dots', () => {
  it('counts what is left and clamps each option', () => {
    let dots = m.initialDots(['a', 'b', 'c'], 5, undefined);
    expect(m.dotsRemaining(dots, 5)).toBe(5);
    dots = m.setDots(dots, 'a', 3, 5);
    expect(m.dotsRemaining(dots, 5)).toBe(2);
    dots = m.setDots(dots, 'b', 9, 5);
    expect(dots).toEqual({ a: 3, b: 2, c: 0 });
    expect(m.dotsRemaining(dots, 5)).toBe(0);
    expect(m.setDots(dots, 'a', -2, 5).a).toBe(0);
    expect(m.setDots(dots, 'a', Number.NaN, 5).a).toBe(0);
  });
  it('restores an earlier spread', () => {
    expect(m.initialDots(['a', 'b'], 4, { a: 1, b: 3, z: 2 })).toEqual({ a: 1, b: 3 });
    expect(m.initialDots(['a', 'b'], 4, { a: 3, b: 3 })).toEqual({ a: 3, b: 1 });
  });
});

describe('votes', () => {
  const q = (question: Record<string, unknown>) => ({ id: 'q', label: fr('Q'), ...question }) as LiveQuestion;
  it('sends only complete drafts', () => {
    expect(m.voteValue(q({ type: 'single', options }), 'b')).toBe('b');
    expect(m.voteValue(q({ type: 'single', options }), null)).toBeNull();
    expect(m.voteValue(q({ type: 'multiple', options }), [])).toBeNull();
    expect(m.voteValue(q({ type: 'dots', options, points: 3 }), { a: 0, b: 0 })).toBeNull();
    expect(m.voteValue(q({ type: 'ranking', options }), ['c', 'a', 'b'])).toEqual(['c', 'a', 'b']);
    expect(m.voteValue(q({ type: 'scale', min: 1, max: 5 }), 0)).toBe(0);
    expect(m.voteValue(q({ type: 'words', maxWords: 3 }), [' Soins ', '', 'soins ', 'x'.repeat(50)])).toEqual(['Soins', 'soins', 'x'.repeat(40)]);
    expect(m.voteValue(q({ type: 'words', maxWords: 3 }), ['', ' '])).toBeNull();
  });
  it('gives earlier votes back to the inputs', () => {
    expect(m.draftFromMine(q({ type: 'words', maxWords: 2 }), ['un'])).toEqual(['un', '']);
    expect(m.draftFromMine(q({ type: 'multiple', options }), 'x')).toEqual([]);
    expect(m.draftFromMine(q({ type: 'scale', min: 0, max: 10 }), 7)).toBe(7);
  });
  it('caps multiple choices', () => {
    expect(m.toggleChoice(['a', 'b'], 'c', 2)).toEqual(['a', 'b']);
    expect(m.toggleChoice(['a', 'b'], 'a', 2)).toEqual(['b']);
    expect(m.toggleChoice(['a'], 'c', undefined)).toEqual(['a', 'c']);
  });
  it('reads upvotes in any shape the state gives', () => {
    expect(m.upvotedIdeas(['i1', 'i2'])).toEqual(['i1', 'i2']);
    expect(m.upvotedIdeas({ upvote: 'i1' })).toEqual(['i1']);
    expect(m.upvotedIdeas({ upvote: 'i1', on: true })).toEqual(['i1']);
    expect(m.upvotedIdeas({ upvote: 'i1', on: false })).toEqual([]);
    expect(m.upvotedIdeas({ i1: true, i2: false })).toEqual(['i1']);
    expect(m.upvotedIdeas(null)).toEqual([]);
  });
});

describe('flipUpvote', () => {
  it('sets the state the button shows, on then off', () => {
    expect(m.flipUpvote([], 'i1')).toEqual({ on: true, upvoted: ['i1'] });
    expect(m.flipUpvote(['i1', 'i2'], 'i1')).toEqual({ on: false, upvoted: ['i2'] });
    expect(m.flipUpvote(['i2'], 'i1')).toEqual({ on: true, upvoted: ['i2', 'i1'] });
  });
});
