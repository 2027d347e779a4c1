import { describe, expect, it } from 'vitest';
import type { LiveQuestion, LiveSessionInput } from '../../../schema/live.ts';
import { LiveModel } from './model.ts';
import { QuestionRuntime, type VoteChange } from './question-runtime.ts';

const fr = (text: string) => ({ fr: text });
const single = {
  id: 'q',
  label: fr('Q'),
  type: 'single',
  options: [
    { id: 'a', label: fr('A') },
    { id: 'b', label: fr('B') },
  ],
} as const satisfies LiveQuestion;
const runtimeOf = (k = 3) => new QuestionRuntime(() => ({ question: single, k, colleges: undefined }));
const vote = (voterHash: string, value: string): VoteChange => ({ voterHash, college: '', value });
const shown = (runtime: QuestionRuntime) => runtime.published.results.tally;

describe('releases of a live question', () => {
  it('move the bars once k distinct devices changed their vote; one device changing ten times counts once', () => {
    const runtime = runtimeOf();
    runtime.apply([vote('victim', 'a')]);
    // The attacker's one device toggles: still two devices since the last release.
    for (let i = 0; i < 10; i++) expect(runtime.apply([vote('attacker', i % 2 ? 'a' : 'b')]).released).toBe(false);
    expect(shown(runtime)).toEqual({ suppressed: true, voters: null });
    expect(runtime.apply([vote('third', 'b')]).released).toBe(true);
    expect(shown(runtime)).toMatchObject({
      voters: 3,
      bars: [
        { key: 'a', value: 2 },
        { key: 'b', value: 1 },
      ],
    });
    // A retry is no change at all.
    expect(runtime.apply([vote('third', 'b')])).toEqual({ changed: [false], released: false });
    expect(runtime.apply([vote('victim', 'b')])).toEqual({ changed: [true], released: false });
  });

  it('a batch releases once, at its last k-step: the k-steps fall at the same votes whatever the batching', () => {
    const changes = ['a', 'b', 'c', 'd', 'a', 'e', 'f', 'g'].map((device, i) => vote(device, i % 3 ? 'a' : 'b'));
    const inOne = runtimeOf();
    inOne.apply(changes);
    const oneByOne = runtimeOf();
    for (const change of changes) oneByOne.apply([change]);
    const inTwo = runtimeOf();
    inTwo.apply(changes.slice(0, 5));
    inTwo.apply(changes.slice(5));
    // Steps: {a, b, c}, then {d, a, e} (a changed again, counted again after the first step): five voters; f and g wait.
    for (const runtime of [inOne, oneByOne, inTwo]) expect(shown(runtime)).toMatchObject({ voters: 5 });
    expect(JSON.stringify(shown(inOne))).toBe(JSON.stringify(shown(oneByOne)));
    expect(JSON.stringify(shown(inTwo))).toBe(JSON.stringify(shown(oneByOne)));
  });

  it('locking or closing shows the last release, not the votes since', () => {
    const definition: LiveSessionInput = { title: fr('T'), settings: { k: 3, cardsRequired: false }, questions: [single] };
    const model = new LiveModel(
      { id: 's', organisationId: 'o', code: 'ABCDEF', title: fr('T'), definition, status: 'open', version: 1, createdOn: '2026-03-14', endedOn: null },
      { states: [{ questionId: 'q', state: 'open', revealed: true, round: 1, openedOrder: 1, published: null }] },
    );
    const runtime = model.runtime('q')!;
    runtime.apply(['v1', 'v2', 'v3'].map((v) => vote(v, 'a')));
    runtime.apply([vote('victim', 'b')]);
    for (const state of ['locked', 'closed'] as const) {
      runtime.state = state;
      expect(model.questionView('q', 'public').tally).toEqual({
        suppressed: false,
        voters: 3,
        bars: [
          { key: 'a', value: 3 },
          { key: 'b', value: 0 },
        ],
      });
      expect(model.questionView('q', 'console').tally).toEqual(model.questionView('q', 'public').tally);
    }
  });

  it('participants never see the tally of a question not revealed; the console does', () => {
    const definition: LiveSessionInput = { title: fr('T'), settings: { k: 3, cardsRequired: false }, questions: [single] };
    const published = {
      results: {
        tally: {
          suppressed: false as const,
          voters: 3,
          bars: [
            { key: 'a', value: 3 },
            { key: 'b', value: 0 },
          ],
        },
      },
      history: { intervals: [], colleges: [] },
    };
    const model = new LiveModel(
      { id: 's', organisationId: 'o', code: 'ABCDEF', title: fr('T'), definition, status: 'open', version: 1, createdOn: '2026-03-14', endedOn: null },
      { states: [{ questionId: 'q', state: 'locked', revealed: false, round: 1, openedOrder: 1, published }] },
    );
    expect(model.participantState().current).toBeTruthy();
    expect(model.participantState().current).not.toHaveProperty('tally');
    expect(model.questionView('q', 'console').tally).toMatchObject({ voters: 3 });
  });

  it('rebuilt from D1, a question shows what was released and counts changes again from zero', () => {
    const definition: LiveSessionInput = { title: fr('T'), settings: { k: 3, cardsRequired: false }, questions: [single] };
    const published = {
      results: {
        tally: {
          suppressed: false as const,
          voters: 3,
          bars: [
            { key: 'a', value: 3 },
            { key: 'b', value: 0 },
          ],
        },
      },
      history: { intervals: [], colleges: [] },
    };
    const model = new LiveModel(
      { id: 's', organisationId: 'o', code: 'ABCDEF', title: fr('T'), definition, status: 'open', version: 1, createdOn: '2026-03-14', endedOn: null },
      {
        states: [{ questionId: 'q', state: 'open', revealed: true, round: 1, openedOrder: 1, published }],
        votes: ['v1', 'v2', 'v3', 'v4', 'v5'].map((voterHash, i) => ({ questionId: 'q', round: 1, voterHash, value: i < 3 ? 'a' : 'b' })),
      },
    );
    const runtime = model.runtime('q')!;
    expect(runtime.apply([vote('v6', 'b')]).released).toBe(false);
    expect(runtime.apply([vote('v1', 'b'), vote('v2', 'b')]).released).toBe(true);
    expect(shown(runtime)).toEqual({
      suppressed: false,
      voters: 6,
      bars: [
        { key: 'a', value: 1 },
        { key: 'b', value: 5 },
      ],
    });
  });
});
