import { describe, expect, it } from 'vitest';
import type { LiveSessionInput } from '../../../schema/live.ts';
import { LiveModel } from './model.ts';
import { noteChange } from './release.ts';

const fr = (text: string) => ({ fr: text });

describe('k-step release', () => {
  it('releases on every k-th new or changed vote', () => {
    let pending = 0;
    const released: number[] = [];
    for (let i = 1; i <= 7; i++) {
      const step = noteChange(pending, 3);
      pending = step.pending;
      if (step.release) released.push(i);
    }
    expect(released).toEqual([3, 6]);
    expect(pending).toBe(1);
  });

  it('screens see an open question move only after k new or changed votes; a retry does not count', () => {
    const definition: LiveSessionInput = {
      title: fr('T'),
      settings: { k: 3, cardsRequired: false },
      questions: [{ id: 'q', label: fr('Q'), type: 'single', options: [{ id: 'a', label: fr('A') }, { id: 'b', label: fr('B') }] }],
    };
    const model = new LiveModel(
      { id: 's', organisationId: 'o', code: 'ABCDEF', title: fr('T'), definition, status: 'open', version: 1 },
      [{ questionId: 'q', state: 'open', revealed: true, round: 1, openedOrder: 1, published: null }],
    );
    const shown = () => model.questionView('q', 'public').tally;
    expect(shown()).toEqual({ suppressed: true, voters: null });
    model.applyVote('q', 'v1', null, 'a');
    model.applyVote('q', 'v2', null, 'a');
    expect(model.applyVote('q', 'v2', null, 'a')).toEqual({ changed: false, released: false }); // a retry
    expect(shown()).toEqual({ suppressed: true, voters: null });
    expect(model.applyVote('q', 'v3', null, 'b')).toEqual({ changed: false, released: true });
    expect(shown()).toMatchObject({ voters: 3, bars: [{ key: 'a', value: 2 }, { key: 'b', value: 1 }] });
    // Two changes and one new vote: the bars stay put until the third.
    model.applyVote('q', 'v1', null, 'b');
    model.applyVote('q', 'v4', null, 'b');
    expect(shown()).toMatchObject({ voters: 3, bars: [{ key: 'a', value: 2 }, { key: 'b', value: 1 }] });
    expect(model.applyVote('q', 'v2', null, 'b')).toEqual({ changed: true, released: true });
    expect(shown()).toMatchObject({ voters: 4, bars: [{ key: 'a', value: 0 }, { key: 'b', value: 4 }] });
    // Locking shows the final tally at once.
    model.applyVote('q', 'v5', null, 'a');
    model.runtime('q')!.state = 'locked';
    expect(shown()).toMatchObject({ voters: 5, bars: [{ key: 'a', value: 1 }, { key: 'b', value: 4 }] });
  });

  it('participants never see the tally of a question not revealed; the console does', () => {
    const definition: LiveSessionInput = {
      title: fr('T'),
      settings: { k: 3, cardsRequired: false },
      questions: [{ id: 'q', label: fr('Q'), type: 'scale', min: 1, max: 3 }],
    };
    const model = new LiveModel(
      { id: 's', organisationId: 'o', code: 'ABCDEF', title: fr('T'), definition, status: 'open', version: 1 },
      [{ questionId: 'q', state: 'locked', revealed: false, round: 1, openedOrder: 1, published: null }],
      [1, 2, 3].map((value, i) => ({ questionId: 'q', round: 1, voterHash: `h${i}`, college: null, value })),
    );
    expect(model.participantState().current).not.toHaveProperty('tally');
    expect(model.questionView('q', 'console').tally).toMatchObject({ voters: 3, mean: 2 });
  });
});
