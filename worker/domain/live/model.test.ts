import { describe, expect, it } from 'vitest';
import type { College, LiveQuestion, LiveSessionInput } from '../../../schema/live.ts';
import { MAX_LIVE_DEVICES } from '../../../schema/live.ts';
import type { Outcome } from './problems.ts';
import { LiveModel, type QuestionStateRecord, type SessionRecord, type SessionRows } from './model.ts';

const fr = (text: string) => ({ fr: text });
const options = [
  { id: 'a', label: fr('A') },
  { id: 'b', label: fr('B') },
];
const single = (id: string): LiveQuestion => ({ id, label: fr(id), type: 'single', options });
const ideasQuestion: LiveQuestion = { id: 'ideas', label: fr('Idées'), type: 'ideas' };
const colleges: College[] = [
  { id: 'med', label: fr('Médecins'), weight: 50 },
  { id: 'para', label: fr('Paramédicaux'), weight: 50 },
];

type Settings = Partial<LiveSessionInput['settings']>;

function sessionOf(settings: Settings, questions: LiveQuestion[], status: SessionRecord['status'] = 'open'): SessionRecord {
  const definition: LiveSessionInput = { title: fr('Atelier'), settings: { k: 3, cardsRequired: false, ...settings }, questions };
  return { id: 's1', organisationId: 'o1', code: 'ABCDEF', title: definition.title, definition, status, version: 3, createdOn: '2026-03-14', endedOn: null };
}

const state = (questionId: string, change: Partial<QuestionStateRecord> = {}): QuestionStateRecord => ({
  questionId,
  state: 'open',
  revealed: false,
  round: 1,
  openedOrder: 1,
  published: null,
  ...change,
});

const modelOf = (settings: Settings, questions: LiveQuestion[], rows: SessionRows = {}, status: SessionRecord['status'] = 'open') =>
  new LiveModel(sessionOf(settings, questions, status), rows);

describe('a live session rebuilt from its D1 rows', () => {
  it('keeps each question’s stored state, and starts the others idle, never opened', () => {
    const model = modelOf({ k: 3 }, [single('q1'), single('q2')], { states: [state('q1', { state: 'locked', revealed: true, round: 2, openedOrder: 4 })] });
    expect(model.runtime('q1')).toMatchObject({ state: 'locked', revealed: true, round: 2, openedOrder: 4 });
    expect(model.runtime('q2')).toMatchObject({ state: 'idle', revealed: false, round: 1, openedOrder: null });
    expect(model.runtime('missing')).toBeUndefined();
  });

  it('counts only the votes and college histograms of each question’s current round', () => {
    const model = modelOf({ k: 3, colleges }, [single('q1')], {
      states: [state('q1', { round: 2 })],
      votes: [
        { questionId: 'q1', round: 1, voterHash: 'old', value: 'a' },
        { questionId: 'q1', round: 2, voterHash: 'v1', value: 'b' },
        { questionId: 'gone', round: 2, voterHash: 'v2', value: 'a' },
      ],
      collegeTallies: [
        { questionId: 'q1', round: 1, college: 'med', counts: { a: 4 } },
        { questionId: 'q1', round: 2, college: 'para', counts: { b: 1 } },
      ],
    });
    const runtime = model.runtime('q1')!;
    expect([...runtime.votes.keys()]).toEqual(['v1']);
    expect(runtime.votes.get('v1')).toEqual({ value: 'b', json: '"b"' });
    expect([...runtime.histograms.entries()]).toEqual([['para', { b: 1 }]]);
  });

  it('rebuilds cards, ideas with their upvoters, and devices', () => {
    const model = modelOf({ k: 3 }, [ideasQuestion], {
      cards: [
        { codeHash: 'c1', college: null },
        { codeHash: 'c2', college: 'med' },
      ],
      ideas: [{ id: 'i1', questionId: 'ideas', text: 'Un local commun', status: 'approved' }],
      ideaVotes: [
        { ideaId: 'i1', voterHash: 'u1' },
        { ideaId: 'i1', voterHash: 'u2' },
        { ideaId: 'unknown', voterHash: 'u3' },
      ],
      devices: [{ deviceHash: 'd1', college: null, quota: { ideas: { ideas: 1, upvotes: 2 } } }],
    });
    expect([...model.cards.entries()]).toEqual([
      ['c1', null],
      ['c2', 'med'],
    ]);
    expect([...model.ideas.get('i1')!.upvoters]).toEqual(['u1', 'u2']);
    expect(model.ideas.size).toBe(1);
    expect(model.devices.get('d1')).toEqual({ college: null, quota: { ideas: { ideas: 1, upvotes: 2 } } });
  });
});

describe('what is on screen', () => {
  it('shows the question opened last that is not idle, and numbers the next opening after every other', () => {
    const model = modelOf({ k: 3 }, [single('q1'), single('q2'), single('q3')], {
      states: [state('q1', { openedOrder: 1, state: 'closed' }), state('q2', { openedOrder: 3, state: 'idle' }), state('q3', { openedOrder: 2 })],
    });
    expect(model.currentQuestionId()).toBe('q3');
    expect(model.nextOpenedOrder()).toBe(4);
    expect(modelOf({ k: 3 }, [single('q1')]).currentQuestionId()).toBeNull();
    expect(modelOf({ k: 3 }, [single('q1')]).nextOpenedOrder()).toBe(1);
  });

  it('gives participants the session without the organiser’s details, and the current question', () => {
    const model = modelOf({ k: 4, colleges, cardsRequired: true }, [single('q1')], { states: [state('q1')] });
    expect(model.participantState()).toEqual({
      session: {
        id: 's1',
        code: 'ABCDEF',
        title: fr('Atelier'),
        status: 'open',
        k: 4,
        colleges: colleges.map((c) => ({ id: c.id, label: c.label })),
        cardsRequired: true,
      },
      current: { question: single('q1'), state: 'open', revealed: false, round: 1 },
    });
  });

  it('sums the session up for the list, and gives the console every question with the presence of colleges', () => {
    const model = modelOf({ k: 3, colleges }, [single('q1'), single('q2')], { states: [state('q1')] });
    expect(model.summary()).toEqual({ id: 's1', code: 'ABCDEF', title: fr('Atelier'), status: 'open', questions: 2, version: 3 });
    const admin = model.adminState('https://pouls.example/live/ABCDEF', 7);
    expect(admin).toMatchObject({
      id: 's1',
      version: 3,
      joinUrl: 'https://pouls.example/live/ABCDEF',
      connected: 7,
      current: 'q1',
      createdOn: '2026-03-14',
      endedOn: null,
    });
    expect(admin.questions.map((q) => q.question.id)).toEqual(['q1', 'q2']);
    expect(admin.presence).toEqual([
      { college: 'med', label: fr('Médecins'), devices: null },
      { college: 'para', label: fr('Paramédicaux'), devices: null },
    ]);
    expect(modelOf({ k: 3 }, [single('q1')]).adminState('u', 0)).not.toHaveProperty('presence');
  });

  it('shows participants approved ideas only, and upvotes from k up once revealed; the console sees every idea', () => {
    const ideas = [
      { id: 'i1', questionId: 'ideas', text: 'Approuvée', status: 'approved' as const },
      { id: 'i2', questionId: 'ideas', text: 'En attente', status: 'pending' as const },
      { id: 'i3', questionId: 'ideas', text: 'Masquée', status: 'hidden' as const },
      { id: 'i4', questionId: 'other', text: 'Ailleurs', status: 'approved' as const },
    ];
    const ideaVotes = ['u1', 'u2', 'u3'].map((voterHash) => ({ ideaId: 'i1', voterHash })).concat([{ ideaId: 'i2', voterHash: 'u1' }]);
    const model = modelOf({ k: 3 }, [ideasQuestion], { states: [state('ideas')], ideas, ideaVotes });
    expect(model.ideasOf('ideas', 'public', false)).toEqual([{ id: 'i1', text: 'Approuvée', status: 'approved', upvotes: null }]);
    expect(model.ideasOf('ideas', 'public', true)).toEqual([{ id: 'i1', text: 'Approuvée', status: 'approved', upvotes: 3 }]);
    expect(model.ideasOf('ideas', 'console', false).map((i) => [i.id, i.upvotes])).toEqual([
      ['i1', 3],
      ['i2', null],
      ['i3', null],
    ]);
    expect(model.questionView('ideas', 'public').ideas).toHaveLength(1);
    // Hidden ideas no longer take room in the question's cap.
    expect(model.liveIdeas('ideas')).toBe(2);
  });
});

describe('an edit of the definition', () => {
  it('keeps the questions already asked, drops those never asked or removed, and adds new ones idle', () => {
    const model = modelOf({ k: 3 }, [single('asked'), single('never'), single('removed')], {
      states: [state('asked', { state: 'closed', openedOrder: 1 }), state('removed', { openedOrder: 2 })],
    });
    const asked = model.runtime('asked');
    const definition: LiveSessionInput = {
      title: fr('Atelier, version 2'),
      settings: { k: 3, cardsRequired: false },
      questions: [single('asked'), single('never'), single('new')],
    };
    model.redefine(definition, 4);
    expect(model.session).toMatchObject({ version: 4, title: fr('Atelier, version 2'), definition });
    expect([...model.questions.keys()].toSorted()).toEqual(['asked', 'never', 'new']);
    expect(model.runtime('asked')).toBe(asked);
    expect(model.runtime('never')).toMatchObject({ state: 'idle', openedOrder: null });
    expect(model.question('new')).toEqual(single('new'));
  });
});

describe('where a vote may go', () => {
  const problemOf = <T>(outcome: Outcome<T>) => (outcome.ok ? null : outcome.problem);

  it('only into an open question of an open session', () => {
    const questions = [single('open'), single('locked'), single('idle')];
    const rows = { states: [state('open'), state('locked', { state: 'locked' }), state('idle', { state: 'idle' })] };
    expect(problemOf(modelOf({ k: 3 }, questions, rows, 'draft').voteTarget('open', undefined, undefined, undefined))).toMatchObject({
      status: 409,
      path: 'status',
    });
    const model = modelOf({ k: 3 }, questions, rows);
    expect(problemOf(model.voteTarget('nope', undefined, undefined, undefined))).toMatchObject({ status: 404, path: 'questionId' });
    expect(problemOf(model.voteTarget('locked', undefined, undefined, undefined))).toMatchObject({
      status: 409,
      path: 'questionId',
      en: 'Votes on this question are locked',
    });
    expect(problemOf(model.voteTarget('idle', undefined, undefined, undefined))).toMatchObject({ status: 409, path: 'questionId' });
    const target = model.voteTarget('open', undefined, undefined, undefined);
    expect(target.ok && target.value.college).toBe('');
  });

  it('with a card when cards are required, and no college in a session without colleges', () => {
    const required = modelOf({ k: 3, cardsRequired: true }, [single('q')], { states: [state('q')] });
    expect(problemOf(required.voteTarget('q', undefined, undefined, undefined))).toMatchObject({ status: 403, path: 'X-Live-Token' });
    expect(required.voteTarget('q', null, undefined, undefined).ok).toBe(true);
    const plain = modelOf({ k: 3 }, [single('q')], { states: [state('q')] });
    expect(problemOf(plain.voteTarget('q', undefined, undefined, 'med'))).toMatchObject({ status: 400, path: 'college' });
  });

  it('in the college a card or the device’s first vote fixed, else the one picked now among the session’s', () => {
    const model = modelOf({ k: 3, colleges }, [single('q')], { states: [state('q')] });
    const collegeOf = (outcome: ReturnType<typeof model.voteTarget>) => (outcome.ok ? outcome.value.college : outcome.problem.status);
    expect(collegeOf(model.voteTarget('q', 'med', undefined, undefined))).toBe('med');
    expect(problemOf(model.voteTarget('q', 'med', undefined, 'para'))).toMatchObject({ status: 400, en: 'Your card sets your college' });
    expect(collegeOf(model.voteTarget('q', undefined, { college: 'para' }, undefined))).toBe('para');
    expect(collegeOf(model.voteTarget('q', undefined, { college: 'para' }, 'para'))).toBe('para');
    expect(problemOf(model.voteTarget('q', undefined, { college: 'para' }, 'med'))).toMatchObject({ status: 409, path: 'college' });
    expect(collegeOf(model.voteTarget('q', undefined, { college: null }, 'med'))).toBe('med');
    expect(problemOf(model.voteTarget('q', undefined, undefined, undefined))).toMatchObject({ status: 400, en: 'Pick your college' });
    expect(problemOf(model.voteTarget('q', undefined, undefined, 'nurses'))).toMatchObject({ status: 400, en: 'Unknown college' });
  });
});

describe('devices and presence', () => {
  it('admits the expected participants, or MAX_LIVE_DEVICES, and applies the session’s k', () => {
    expect(modelOf({ k: 3, expectedParticipants: 40 }, [single('q')]).deviceCap).toBe(40);
    expect(modelOf({ k: 3 }, [single('q')]).deviceCap).toBe(MAX_LIVE_DEVICES);
    expect(modelOf({ k: 7 }, [single('q')]).k).toBe(7);
  });

  it('counts a device in its college once, and shows presence only when k more devices have a college', () => {
    const model = modelOf({ k: 3, colleges }, [single('q')]);
    model.setDevice('d1', { college: null, quota: {} });
    model.setDevice('d1', { college: 'med', quota: {} });
    model.setDevice('d1', { college: 'med', quota: { q: { ideas: 1, upvotes: 0 } } });
    model.setDevice('d2', { college: 'para', quota: {} });
    expect(model.presenceToShow()).toBeNull();
    model.setDevice('d3', { college: 'med', quota: {} });
    expect(model.presenceToShow()).toEqual({ devices: 3, byCollege: { med: 2, para: 1 } });
    expect(modelOf({ k: 3 }, [single('q')]).presenceToShow()).toBeNull();
  });

  it('starts from the presence the console last saw', () => {
    const model = modelOf({ k: 3, colleges }, [single('q')], {
      devices: ['d1', 'd2', 'd3'].map((deviceHash) => ({ deviceHash, college: 'med', quota: {} })),
      presence: { devices: 3, byCollege: { med: 3 } },
    });
    expect(model.presenceToShow()).toBeNull();
    expect(model.adminState('u', 0).presence).toEqual([
      { college: 'med', label: fr('Médecins'), devices: 3 },
      { college: 'para', label: fr('Paramédicaux'), devices: null },
    ]);
  });
});
