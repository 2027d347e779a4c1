import { exports } from 'cloudflare:workers';
import { demoSurvey } from '../../schema/demo.ts';
import type { SurveyInput } from '../../schema/survey.ts';

export const ADMIN = { Authorization: 'Bearer test-admin-token-0123456789' };

export function call(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(`https://pouls.example${path}`, init));
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return call(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

let counter = 0;
/** A fresh, valid Idempotency-Key. */
export function newKey(): string {
  return `test-key-${crypto.randomUUID()}-${++counter}`;
}

/** Creates a survey (demo-shaped by default) under a unique slug, optionally published. */
export async function createSurvey(overrides: Partial<SurveyInput> = {}, publish = true): Promise<{ id: string; slug: string }> {
  const slug = overrides.slug ?? `s-${crypto.randomUUID().slice(0, 8)}`;
  const response = await postJson('/api/admin/surveys', { ...structuredClone(demoSurvey), ...overrides, slug }, ADMIN);
  if (response.status !== 201) throw new Error(`create failed ${response.status}: ${await response.text()}`);
  const { id } = (await response.json()) as { id: string };
  if (publish) await call(`/api/admin/surveys/${id}/publish`, { method: 'POST', headers: ADMIN });
  return { id, slug };
}

export function submit(slug: string, answers: Record<string, unknown>, key = newKey(), headers: Record<string, string> = {}) {
  return postJson(`/api/s/${slug}/responses`, { answers }, { 'Idempotency-Key': key, ...headers });
}

/** A complete, valid answer set for the demo survey. */
export function demoAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    profession: 'nurse',
    years: 12,
    last_meeting: '2026-10-14',
    topics: ['mental', 'home'],
    priorities: ['access', 'tools', 'elderly'],
    coordination: 4,
    worklife: { time: 2, isolated: 4, support: 3 },
    comments: 'Merci pour ce questionnaire.',
    ...overrides,
  };
}

export type ErrorBody = { errors: { path: string; message: string }[] };
