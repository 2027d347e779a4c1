import { env, exports } from 'cloudflare:workers';
import type { Role } from '../../schema/accounts.ts';
import { demoSurvey } from '../../schema/demo.ts';
import type { SurveyDraft } from '../../schema/survey.ts';
import { hashPassword } from '../../worker/domain/secrets.ts';
import { Db } from '../../worker/db/client.ts';
import { surveyById } from '../../worker/db/surveys.ts';
import { releaseSurvey } from '../../worker/services/make-release.ts';

export function call(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(`https://pouls.example${path}`, init));
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}, method = 'POST'): Promise<Response> {
  return call(path, { method, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

let counter = 0;
/** A fresh, valid Idempotency-Key. */
export function newKey(): string {
  return `test-key-${crypto.randomUUID()}-${++counter}`;
}

/** A distinct client address per call, so the sign-in limiter only trips where a test wants it to. */
export function someAddress(): string {
  return `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${++counter & 255}`;
}

export const PASSWORD = 'correct horse battery staple';
let passwordHash: ReturnType<typeof hashPassword> | undefined;

/** The session cookie from a response's Set-Cookie, ready for a Cookie header. */
export function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('__Host-pouls_session='));
  if (!cookie) throw new Error(`no session cookie (${response.status})`);
  return cookie.split(';')[0]!;
}

export type Account = { userId: string; email: string; organisationId: string; cookie: string; headers: Record<string, string> };

/**
 * A coordinator with `role` in an organisation (a new one unless given), signed in through the
 * real sign-in route (`via` another app, e.g. one at a test's own time: support/clocked-app.ts).
 * Accounts are inserted directly: the setup and invitation flows have tests of their own.
 */
export async function account(role: Role, organisationId?: string, via: { postJson: typeof postJson } = { postJson }): Promise<Account> {
  const orgId = organisationId ?? crypto.randomUUID();
  if (!organisationId)
    await env.DB.prepare("INSERT INTO organisations (id, name, created_at) VALUES (?, ?, '2026-01-01')")
      .bind(orgId, `CPTS ${orgId.slice(0, 4)}`)
      .run();
  const userId = crypto.randomUUID();
  const email = `${role}-${userId.slice(0, 8)}@cpts.example`;
  const password = await (passwordHash ??= hashPassword(PASSWORD));
  await env.DB.batch([
    env.DB.prepare(
      "INSERT INTO users (id, email, name, password_hash, password_salt, password_iterations, created_at) VALUES (?, ?, ?, ?, ?, ?, '2026-01-01')",
    ).bind(userId, email, `Test ${role}`, password.hash, password.salt, password.iterations),
    env.DB.prepare('INSERT INTO memberships (organisation_id, user_id, role) VALUES (?, ?, ?)').bind(orgId, userId, role),
  ]);
  const signIn = await via.postJson('/api/auth/sign-in', { email, password: PASSWORD }, { 'CF-Connecting-IP': someAddress() });
  if (signIn.status !== 200) throw new Error(`sign-in failed ${signIn.status}: ${await signIn.text()}`);
  const cookie = sessionCookie(signIn);
  return { userId, email, organisationId: orgId, cookie, headers: { Cookie: cookie } };
}

/**
 * Creates a survey (demo-shaped by default) under a unique slug as an editor, optionally published.
 * Surveys with profile questions ask for participation codes by default; tests that are not about
 * codes open theirs (`participationCodes: false`) unless they say otherwise.
 */
export async function createSurvey(overrides: Partial<SurveyDraft> = {}, publish = true, as?: Account): Promise<{ id: string; slug: string; owner: Account }> {
  const owner = as ?? (await account('owner'));
  const slug = overrides.slug ?? `s-${crypto.randomUUID().slice(0, 8)}`;
  const base = `/api/orgs/${owner.organisationId}/surveys`;
  const draft = { ...structuredClone(demoSurvey), ...overrides, slug };
  draft.settings = { participationCodes: false, ...draft.settings };
  const response = await postJson(base, draft, owner.headers);
  if (response.status !== 201) throw new Error(`create failed ${response.status}: ${await response.text()}`);
  const { id } = (await response.json()) as { id: string };
  if (publish) await call(`${base}/${id}/publish`, { method: 'POST', headers: owner.headers });
  return { id, slug, owner };
}

export function surveyPath(survey: { id: string; owner: Account }, rest = ''): string {
  return `/api/orgs/${survey.owner.organisationId}/surveys/${survey.id}${rest}`;
}

export function submit(slug: string, answers: Record<string, unknown>, key = newKey(), headers: Record<string, string> = {}) {
  return postJson(`/api/s/${slug}/responses`, { answers }, { 'Idempotency-Key': key, ...headers });
}

export { demoAnswers } from '../fixtures/demo-answers.ts';

export type ErrorBody = { errors: { path: string; message: string }[] };

/** When the release job would next look at a survey (its organisation's next publication hour). */
export async function plannedRelease(surveyId: string): Promise<Date | null> {
  const row = await env.DB.prepare('SELECT next_release_at FROM surveys WHERE id = ?').bind(surveyId).first<{ next_release_at: string | null }>();
  return row?.next_release_at ? new Date(row.next_release_at) : null;
}

/**
 * Releases what a survey received, as the hourly job does once its publication hour has come (a few
 * minutes after the planned time: no wall clock involved). Returns the latest release number, null
 * when there is none (fewer than k responses).
 */
export async function release(surveyId: string, at?: Date): Promise<number | null> {
  const db = new Db(env.DB);
  const survey = await surveyById(db, surveyId);
  if (!survey) throw new Error(`no survey ${surveyId}`);
  const planned = at ?? (await plannedRelease(surveyId));
  if (!planned) throw new Error(`survey ${surveyId} has no planned release`);
  await releaseSurvey(db, survey, new Date(planned.getTime() + 5 * 60_000), 'scheduled');
  const latest = await env.DB.prepare('SELECT MAX(number) AS n FROM releases WHERE survey_id = ?').bind(surveyId).first<{ n: number | null }>();
  return latest?.n ?? null;
}
