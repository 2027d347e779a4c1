import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../schema/accounts.ts';
import { sha256 } from '../../worker/domain/secrets.ts';
import { PASSWORD, account, call, postJson, sessionCookie, someAddress, type ErrorBody } from './helpers.ts';
import { appAt, DAY, TestClock } from './support/clocked-app.ts';

const errorsOf = async (response: Response) => ((await response.json()) as ErrorBody).errors;
const ip = () => ({ 'CF-Connecting-IP': someAddress() });

/** A setup token valid until `expiresAt` (far ahead by default: the tests that care set their own clock). */
async function setupToken(expiresAt = '2999-01-01T00:00:00.000Z'): Promise<string> {
  const token = `setup-${crypto.randomUUID()}`;
  await env.DB.prepare('INSERT INTO setup_tokens (token_hash, expires_at) VALUES (?, ?)')
    .bind(await sha256(token), expiresAt)
    .run();
  return token;
}

describe('first setup', () => {
  it('creates the organisation and its owner once, adopting the seeded demo survey', async () => {
    await env.DB.prepare(
      "INSERT INTO surveys (id, slug, status, definition, version, created_at, updated_at) VALUES ('orphan', 'seeded', 'open', '{}', 1, 'x', 'x')",
    ).run();
    const token = await setupToken();
    expect((await call(`/api/auth/setup/${token}`)).status).toBe(200);

    const response = await postJson(
      '/api/auth/setup',
      { token, organisation: 'CPTS du Val', name: 'Claire Martin', email: ' Claire@CPTS.example ', password: PASSWORD },
      ip(),
    );
    expect(response.status).toBe(201);
    const me = (await response.json()) as Me;
    expect(me.user).toMatchObject({ email: 'claire@cpts.example', name: 'Claire Martin' });
    expect(me.organisations).toEqual([expect.objectContaining({ name: 'CPTS du Val', role: 'owner' })]);
    const orphan = await env.DB.prepare("SELECT organisation_id FROM surveys WHERE id = 'orphan'").first<{ organisation_id: string }>();
    expect(orphan?.organisation_id).toBe(me.organisations[0]!.id);

    // the session works, and the link is spent
    expect((await call('/api/auth/me', { headers: { Cookie: sessionCookie(response) } })).status).toBe(200);
    expect((await call(`/api/auth/setup/${token}`)).status).toBe(404);
    const again = await postJson('/api/auth/setup', { token, organisation: 'Autre', name: 'X', email: 'x@cpts.example', password: PASSWORD }, ip());
    expect(again.status).toBe(404);
  });

  it('refuses an unknown or expired link, and bad fields with reasons', async () => {
    expect((await call('/api/auth/setup/not-a-real-token-at-all')).status).toBe(404);
    const clock = new TestClock('2031-03-14T09:00:00.000Z');
    const expiring = await setupToken('2031-03-21T09:00:00.000Z');
    clock.advance(7 * DAY - 1);
    expect((await appAt(clock).call(`/api/auth/setup/${expiring}`)).status).toBe(404); // a coordinator exists already: setup is over
    await env.DB.prepare('DELETE FROM users').run();
    expect((await appAt(clock).call(`/api/auth/setup/${expiring}`)).status).toBe(200);
    clock.advance(1);
    expect((await appAt(clock).call(`/api/auth/setup/${expiring}`)).status).toBe(404);
    const token = await setupToken();
    const response = await postJson(
      '/api/auth/setup',
      { token, organisation: 'C', name: '', email: 'nope', password: 'short' },
      { ...ip(), 'Accept-Language': 'en' },
    );
    expect(response.status).toBe(400);
    expect(await errorsOf(response)).toEqual([
      { path: 'organisation', message: 'Too short: at least 2 expected' },
      { path: 'name', message: 'Too short: at least 1 expected' },
      { path: 'email', message: 'Invalid email address' },
      { path: 'password', message: 'Password too short: at least 12 characters' },
    ]);
  });
});

describe('sign-in', () => {
  it('sets a HttpOnly, Secure, SameSite=Lax host-only session cookie', async () => {
    const user = await account('viewer');
    const response = await postJson('/api/auth/sign-in', { email: user.email, password: PASSWORD }, ip());
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('__Host-pouls_session='))!;
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/);
    // only a hash of the token is stored
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const stored = await env.DB.prepare('SELECT token_hash FROM sessions WHERE user_id = ?').bind(user.userId).all<{ token_hash: string }>();
    expect(stored.results.map((r) => r.token_hash)).toContain(await sha256(token));
    expect(JSON.stringify(stored.results)).not.toContain(token);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const user = await account('viewer');
    const wrong = await postJson('/api/auth/sign-in', { email: user.email, password: 'not the password' }, ip());
    const unknown = await postJson('/api/auth/sign-in', { email: 'nobody@cpts.example', password: 'not the password' }, ip());
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await errorsOf(wrong)).toEqual(await errorsOf(unknown));
  });

  // The API tests' limiters count without ever resetting (vitest.config.ts): the 429 falls exactly at the limit.
  it('is rate-limited per client address and account: the 11th attempt from one address at one account is refused', async () => {
    const user = await account('viewer');
    const headers = ip();
    // From a browser the account signed in from (so the per-account delay of 5 failures does not come first).
    const signedIn = await postJson('/api/auth/sign-in', { email: user.email, password: PASSWORD }, headers);
    const device = signedIn.headers
      .getSetCookie()
      .find((c) => c.startsWith('__Host-pouls_device='))!
      .split(';')[0]!;
    const statuses = [signedIn.status];
    for (let i = 0; i < 10; i++)
      statuses.push((await postJson('/api/auth/sign-in', { email: user.email, password: 'x' }, { ...headers, Cookie: device })).status);
    expect(statuses).toEqual([200, ...Array(9).fill(401), 429]);
    expect((await postJson('/api/auth/sign-in', { email: user.email, password: PASSWORD }, { ...ip(), Cookie: device })).status).toBe(200);
  });

  it('also limits one address trying many accounts (the 61st), but not a colleague on another account', async () => {
    const headers = ip();
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await postJson('/api/auth/sign-in', { email: `person-${i}@cpts.example`, password: 'x' }, headers)).status);
    expect(statuses).toEqual([...Array(60).fill(401), 429]);
    const user = await account('viewer');
    expect((await postJson('/api/auth/sign-in', { email: user.email, password: PASSWORD }, ip())).status).toBe(200);
  }, 30_000);

  it('signs out: the session no longer works', async () => {
    const user = await account('editor');
    expect((await call('/api/auth/me', { headers: user.headers })).status).toBe(200);
    const out = await call('/api/auth/sign-out', { method: 'POST', headers: user.headers });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/__Host-pouls_session=;.*Max-Age=0/);
    expect((await call('/api/auth/me', { headers: user.headers })).status).toBe(401);
  });

  it('changes the password and ends the other sessions', async () => {
    const user = await account('viewer');
    const other = sessionCookie(await postJson('/api/auth/sign-in', { email: user.email, password: PASSWORD }, ip()));
    const wrong = await postJson('/api/auth/password', { current: 'nope', next: 'a brand new passphrase' }, user.headers);
    expect(wrong.status).toBe(422);
    expect((await postJson('/api/auth/password', { current: PASSWORD, next: 'tiny' }, user.headers)).status).toBe(400);
    expect((await postJson('/api/auth/password', { current: PASSWORD, next: 'a brand new passphrase' }, user.headers)).status).toBe(204);
    expect((await call('/api/auth/me', { headers: user.headers })).status).toBe(200);
    expect((await call('/api/auth/me', { headers: { Cookie: other } })).status).toBe(401);
    expect((await postJson('/api/auth/sign-in', { email: user.email, password: 'a brand new passphrase' }, ip())).status).toBe(200);
    expect((await postJson('/api/auth/sign-in', { email: user.email, password: PASSWORD }, ip())).status).toBe(401);
  });
});

describe('invitations', () => {
  async function invite(role = 'editor', email = `new-${crypto.randomUUID().slice(0, 6)}@cpts.example`) {
    const owner = await account('owner');
    const response = await postJson(`/api/orgs/${owner.organisationId}/invitations`, { email, role }, owner.headers);
    expect(response.status).toBe(201);
    const { link } = (await response.json()) as { link: string };
    return { owner, email, token: new URL(link).pathname.split('/').at(-1)!, link };
  }

  it('let a colleague set a password and join with the invited role, once', async () => {
    const { owner, email, token, link } = await invite('editor');
    expect(link).toMatch(/^https:\/\/pouls\.example\/invite\/[A-Za-z0-9_-]{43}$/);
    const info = await call(`/api/invitations/${token}`);
    expect(await info.json()).toEqual({ organisation: expect.any(String), email, role: 'editor' });

    const accepted = await postJson(`/api/invitations/${token}/accept`, { name: 'Karim B.', password: 'another long passphrase' }, ip());
    expect(accepted.status).toBe(201);
    const me = (await accepted.json()) as Me;
    expect(me.organisations).toEqual([expect.objectContaining({ id: owner.organisationId, role: 'editor' })]);
    // signed in straight away, with editor rights
    expect((await call(`/api/orgs/${owner.organisationId}/surveys`, { headers: { Cookie: sessionCookie(accepted) } })).status).toBe(200);

    const reuse = await postJson(`/api/invitations/${token}/accept`, { name: 'Intruder', password: 'another long passphrase' }, ip());
    expect(reuse.status).toBe(410);
    expect((await call(`/api/invitations/${token}`)).status).toBe(410);
  });

  it('ask someone who already has an account to sign in first', async () => {
    const existing = await account('viewer');
    const { token, owner } = await invite('viewer', existing.email);
    expect((await postJson(`/api/invitations/${token}/accept`, { name: 'X', password: 'another long passphrase' }, ip())).status).toBe(409);
    const joined = await postJson(`/api/invitations/${token}/accept`, {}, { ...existing.headers, ...ip() });
    expect(joined.status).toBe(201);
    expect(((await joined.json()) as Me).organisations.map((o) => o.id)).toContain(owner.organisationId);
  });

  it('refuse unknown links and bad input', async () => {
    expect((await call('/api/invitations/unknown-token-unknown-token')).status).toBe(404);
    const { token } = await invite();
    const weak = await postJson(`/api/invitations/${token}/accept`, { name: 'A', password: '123' }, ip());
    expect(weak.status).toBe(400);
    expect(await errorsOf(weak)).toEqual([{ path: 'password', message: 'Mot de passe trop court : 12 caractères au moins' }]);
    const owner = await account('owner');
    const badRole = await postJson(`/api/orgs/${owner.organisationId}/invitations`, { email: 'a@b.example', role: 'admin' }, owner.headers);
    expect(badRole.status).toBe(400);
    expect((await errorsOf(badRole))[0]?.path).toBe('role');
  });
});

describe('members', () => {
  it('an organisation keeps at least one owner', async () => {
    const owner = await account('owner');
    const demote = await postJson(`/api/orgs/${owner.organisationId}/members/${owner.userId}`, { role: 'viewer' }, owner.headers, 'PATCH');
    expect(demote.status).toBe(409);
    expect((await call(`/api/orgs/${owner.organisationId}/members/${owner.userId}`, { method: 'DELETE', headers: owner.headers })).status).toBe(409);
    const members = (await (await call(`/api/orgs/${owner.organisationId}/members`, { headers: owner.headers })).json()) as { members: { role: string }[] };
    expect(members.members).toEqual([expect.objectContaining({ role: 'owner' })]);
  });

  it('a coordinator can found another organisation and owns it', async () => {
    const user = await account('viewer');
    const created = await postJson('/api/orgs', { name: 'Fédération régionale' }, user.headers);
    expect(created.status).toBe(201);
    const me = (await (await call('/api/auth/me', { headers: user.headers })).json()) as Me;
    expect(me.organisations.map((o) => o.role).sort()).toEqual(['owner', 'viewer']);
    expect((await postJson('/api/orgs', { name: 'X' }, {})).status).toBe(401);
  });
});
