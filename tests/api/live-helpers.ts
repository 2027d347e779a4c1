import { expect } from 'vitest';
import type { LiveSessionAdmin, LiveSessionInput } from '../../schema/live.ts';
import { account, call, postJson, type Account, type ErrorBody } from './helpers.ts';

export const fr = (text: string) => ({ fr: text });

export const COLLEGES = [
  { id: 'usagers', label: fr('Usagers'), weight: 50 },
  { id: 'pros', label: fr('Professionnels'), weight: 30 },
  { id: 'elus', label: fr('Élus'), weight: 20 },
];

/** Settings as a client sends them (defaults left out). */
type Overrides = Omit<Partial<LiveSessionInput>, 'settings'> & { settings?: Partial<LiveSessionInput['settings']> };

export function definition(overrides: Overrides = {}): LiveSessionInput {
  return {
    title: fr('Atelier CPTS'),
    settings: { k: 3 },
    questions: [
      {
        id: 'q1',
        label: fr('Priorité ?'),
        type: 'single',
        options: [
          { id: 'a', label: fr('A') },
          { id: 'b', label: fr('B') },
          { id: 'c', label: fr('C') },
        ],
      },
      { id: 'q2', label: fr('Humeur'), type: 'scale', min: 1, max: 5 },
      { id: 'q3', label: fr('Mots'), type: 'words', maxWords: 3 },
      { id: 'q4', label: fr('Idées'), type: 'ideas' },
      {
        id: 'q5',
        label: fr('Classement'),
        type: 'ranking',
        options: [
          { id: 'x', label: fr('X') },
          { id: 'y', label: fr('Y') },
          { id: 'z', label: fr('Z') },
        ],
      },
      {
        id: 'q6',
        label: fr('Points'),
        type: 'dots',
        points: 10,
        options: [
          { id: 'x', label: fr('X') },
          { id: 'y', label: fr('Y') },
        ],
      },
      {
        id: 'q7',
        label: fr('Plusieurs'),
        type: 'multiple',
        maxSelections: 2,
        options: [
          { id: 'x', label: fr('X') },
          { id: 'y', label: fr('Y') },
          { id: 'z', label: fr('Z') },
        ],
      },
    ],
    ...overrides,
  } as LiveSessionInput;
}

export type Live = { owner: Account; id: string; code: string; base: string };

/** A live session created by an editor-or-more, started unless asked otherwise. */
export async function liveSession(input: LiveSessionInput = definition(), start = true, owner?: Account): Promise<Live> {
  const who = owner ?? (await account('owner'));
  const base = `/api/orgs/${who.organisationId}/live`;
  const created = await postJson(base, input, who.headers);
  if (created.status !== 201) throw new Error(`create ${created.status}: ${await created.text()}`);
  const admin = (await created.json()) as LiveSessionAdmin;
  if (start) {
    const started = await call(`${base}/${admin.id}/start`, { method: 'POST', headers: who.headers });
    if (started.status !== 200) throw new Error(`start ${started.status}: ${await started.text()}`);
  }
  return { owner: who, id: admin.id, code: admin.code, base: `${base}/${admin.id}` };
}

export async function control(live: Live, questionId: string, action: string): Promise<Response> {
  return postJson(`${live.base}/questions/${questionId}/control`, { action }, live.owner.headers);
}

export async function admin(live: Live): Promise<LiveSessionAdmin> {
  const response = await call(live.base, { headers: live.owner.headers });
  if (response.status !== 200) throw new Error(`admin ${response.status}: ${await response.text()}`);
  return (await response.json()) as LiveSessionAdmin;
}

let tokens = 0;
/** A fresh device token (22–64 chars). */
export function newToken(): string {
  return `device-${crypto.randomUUID().replaceAll('-', '')}-${++tokens}`;
}

export function vote(live: Live, token: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return postJson(`/api/live/${live.id}/votes`, body, { 'X-Live-Token': token, ...headers });
}

export function state(live: Live, token: string): Promise<Response> {
  return call(`/api/live/${live.id}/state`, { headers: { 'X-Live-Token': token } });
}

export const viewOf = async (live: Live, questionId: string) => (await admin(live)).questions.find((q) => q.question.id === questionId)!;

/** A refusal: its status, the field it names, and a message. */
export async function expectError(response: Response, status: number, path: string) {
  const text = await response.clone().text();
  expect(response.status, text).toBe(status);
  const body = (await response.json()) as ErrorBody;
  expect(body.errors[0]?.path, text).toBe(path);
  expect(body.errors[0]?.message.length).toBeGreaterThan(3);
}
