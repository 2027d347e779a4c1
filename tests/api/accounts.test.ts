import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../schema/accounts.ts';
import { sha256 } from '../../worker/domain/secrets.ts';
import { account, createSurvey, PASSWORD, sessionCookie, someAddress, type ErrorBody } from './helpers.ts';
import { appAt, DAY, MINUTE, SECOND, TestClock } from './support/clocked-app.ts';

const errorsOf = async (response: Response) => ((await response.json()) as ErrorBody).errors;
const ip = () => ({ 'CF-Connecting-IP': someAddress() });
const START = '2031-03-14T09:00:00.000Z';

/** The `__Host-pouls_device` cookie a successful sign-in leaves, ready for a Cookie header. */
function deviceCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('__Host-pouls_device='));
  if (!cookie) throw new Error(`no device cookie (${response.status})`);
  return cookie.split(';')[0]!;
}

describe('invitations', () => {
  async function invite(app = appAt(new TestClock(START)), email = `new-${crypto.randomUUID().slice(0, 6)}@cpts.example`) {
    const owner = await account('owner', undefined, app);
    const created = await app.postJson(`/api/orgs/${owner.organisationId}/invitations`, { email, role: 'editor' }, owner.headers);
    expect(created.status).toBe(201);
    const { link } = (await created.json()) as { link: string };
    return { owner, email, token: new URL(link).pathname.split('/').at(-1)! };
  }

  it('are valid for 7 days to the millisecond, by the clock the worker reads', async () => {
    const clock = new TestClock(START);
    const app = appAt(clock);
    const { token } = await invite(app);
    clock.advance(7 * DAY - 1);
    expect((await app.call(`/api/invitations/${token}`)).status).toBe(200);
    clock.advance(1);
    const late = await app.postJson(
      `/api/invitations/${token}/accept`,
      { name: 'Late', password: 'another long passphrase' },
      { ...ip(), 'Accept-Language': 'en' },
    );
    expect(late.status).toBe(410);
    expect(await errorsOf(late)).toEqual([{ path: 'token', message: 'This invitation has expired: ask for a new one' }]);
  });

  it('do not tell whether the invited email already has an account', async () => {
    const existing = await account('viewer');
    const { token } = await invite(undefined, existing.email);
    const other = await invite();
    const shown = await (await appAt(new TestClock(START)).call(`/api/invitations/${token}`)).json();
    const fresh = await (await appAt(new TestClock(START)).call(`/api/invitations/${other.token}`)).json();
    expect(Object.keys(shown as object).sort()).toEqual(['email', 'organisation', 'role']);
    expect(Object.keys(shown as object)).toEqual(Object.keys(fresh as object));
  });

  it('pending ones are listed for owners, and revoked: the link then leads nowhere', async () => {
    const clock = new TestClock(START);
    const app = appAt(clock);
    const owner = await account('owner', undefined, app);
    const base = `/api/orgs/${owner.organisationId}/invitations`;
    const make = async (email: string) => {
      const { link } = (await (await app.postJson(base, { email, role: 'viewer' }, owner.headers)).json()) as { link: string };
      return new URL(link).pathname.split('/').at(-1)!;
    };
    const kept = await make('kept@cpts.example');
    const revoked = await make('revoked@cpts.example');
    const used = await make('used@cpts.example');
    expect((await app.postJson(`/api/invitations/${used}/accept`, { name: 'Used', password: 'another long passphrase' }, ip())).status).toBe(201);

    const listed = (await (await app.call(base, { headers: owner.headers })).json()) as {
      invitations: { id: string; email: string; role: string; expiresAt: string; invitedBy: string }[];
    };
    expect(listed.invitations.map((i) => i.email).sort()).toEqual(['kept@cpts.example', 'revoked@cpts.example']);
    expect(listed.invitations[0]).toMatchObject({ role: 'viewer', invitedBy: 'Test owner', expiresAt: new Date(Date.parse(START) + 7 * DAY).toISOString() });
    // The link is not shown again, only an id that cannot be turned back into it.
    expect(JSON.stringify(listed)).not.toContain(kept);

    const target = listed.invitations.find((i) => i.email === 'revoked@cpts.example')!;
    expect((await app.call(`${base}/${target.id}`, { method: 'DELETE', headers: owner.headers })).status).toBe(204);
    expect((await app.call(`/api/invitations/${revoked}`)).status).toBe(404);
    expect((await app.call(`${base}/${target.id}`, { method: 'DELETE', headers: owner.headers })).status).toBe(404);
    // Another organisation's owner cannot revoke it, even knowing its id.
    const stranger = await account('owner', undefined, app);
    const keptId = listed.invitations.find((i) => i.email === 'kept@cpts.example')!.id;
    expect((await app.call(`/api/orgs/${stranger.organisationId}/invitations/${keptId}`, { method: 'DELETE', headers: stranger.headers })).status).toBe(404);
    expect((await app.call(`/api/invitations/${kept}`)).status).toBe(200);

    // Expired ones drop out of the list.
    clock.advance(7 * DAY);
    expect(((await (await app.call(base, { headers: owner.headers })).json()) as { invitations: unknown[] }).invitations).toEqual([]);
  });
});

describe('sessions', () => {
  it('last 14 days by the worker’s clock', async () => {
    const clock = new TestClock(START);
    const app = appAt(clock);
    const user = await account('viewer', undefined, app);
    clock.advance(14 * DAY - 1);
    expect((await app.call('/api/auth/me', { headers: user.headers })).status).toBe(200);
    clock.advance(1);
    expect((await app.call('/api/auth/me', { headers: user.headers })).status).toBe(401);
  });
});

describe('the per-account sign-in delay', () => {
  it('after 5 failures, makes every address wait, doubling each time; a trusted browser and the right password clear it', async () => {
    const clock = new TestClock(START);
    const app = appAt(clock);
    const user = await account('editor', undefined, app);
    const trusted = deviceCookie(await app.postJson('/api/auth/sign-in', { email: user.email, password: PASSWORD }, ip()));
    const attempt = (password: string, headers: Record<string, string> = {}) =>
      app.postJson('/api/auth/sign-in', { email: user.email, password }, { ...ip(), ...headers });

    // Each attempt from a new address: the per-address limits never see two.
    for (let i = 0; i < 5; i++) expect((await attempt('wrong password')).status).toBe(401);
    const held = await attempt(PASSWORD, { 'Accept-Language': 'en' });
    expect(held.status).toBe(429);
    expect(held.headers.get('Retry-After')).toBe('15');
    expect(await errorsOf(held)).toEqual([{ path: '$', message: 'Too many attempts for this account: retry in 15 s' }]);

    clock.advance(15 * SECOND - 1);
    expect((await attempt('wrong password')).status).toBe(429);
    clock.advance(1);
    expect((await attempt('wrong password')).status).toBe(401);
    expect((await attempt('wrong password')).headers.get('Retry-After')).toBe('30');

    // The colleague's own browser signs in regardless.
    const mine = await attempt(PASSWORD, { Cookie: trusted });
    expect(mine.status).toBe(200);
    // That success cleared the delay for everyone.
    expect((await attempt(PASSWORD)).status).toBe(200);
  });

  it('is the same for an email without an account, so the answer says nothing about it', async () => {
    const clock = new TestClock(START);
    const app = appAt(clock);
    const attempt = () => app.postJson('/api/auth/sign-in', { email: 'nobody-here@cpts.example', password: 'wrong password' }, ip());
    for (let i = 0; i < 5; i++) expect((await attempt()).status).toBe(401);
    const held = await attempt();
    expect(held.status).toBe(429);
    expect(held.headers.get('Retry-After')).toBe('15');
  });

  it('never locks an account: the wait stops growing at 5 minutes, then the right password works', async () => {
    const clock = new TestClock(START);
    const app = appAt(clock);
    const user = await account('viewer', undefined, app);
    const attempt = (password: string) => app.postJson('/api/auth/sign-in', { email: user.email, password }, ip());
    for (let i = 0; i < 15; i++) {
      const response = await attempt('wrong password');
      const wait = Number(response.headers.get('Retry-After') ?? 0);
      if (response.status === 429) clock.advance(wait * SECOND);
      else expect(response.status).toBe(401);
      expect(wait).toBeLessThanOrEqual(300);
    }
    const held = await attempt(PASSWORD);
    expect(held.status).toBe(429);
    clock.advance(5 * MINUTE);
    expect((await attempt(PASSWORD)).status).toBe(200);
  });

  it('counts attempts sent all at once: they cannot all slip through before one is counted', async () => {
    const app = appAt(new TestClock(START));
    const user = await account('viewer', undefined, app);
    const statuses = (
      await Promise.all(Array.from({ length: 20 }, () => app.postJson('/api/auth/sign-in', { email: user.email, password: 'wrong password' }, ip())))
    ).map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  });
});

describe('password-reset links', () => {
  async function team(app = appAt(new TestClock(START))) {
    const owner = await account('owner', undefined, app);
    const member = await account('editor', owner.organisationId, app);
    return { owner, member };
  }
  const issue = (app: ReturnType<typeof appAt>, by: { organisationId: string; headers: Record<string, string> }, userId: string) =>
    app.call(`/api/orgs/${by.organisationId}/members/${userId}/reset-link`, { method: 'POST', headers: by.headers });
  const tokenOf = async (response: Response) => new URL(((await response.json()) as { link: string }).link).pathname.split('/').at(-1)!;

  it('let an owner hand a member a one-time link that sets a new password and signs out their sessions', async () => {
    const clock = new TestClock(START);
    const app = appAt(clock);
    const { owner, member } = await team(app);
    const response = await issue(app, owner, member.userId);
    expect(response.status).toBe(201);
    const body = (await response.clone().json()) as { link: string; expiresAt: string };
    expect(body.link).toMatch(/^https:\/\/pouls\.example\/app\/reset\/[A-Za-z0-9_-]{43}$/);
    expect(body.expiresAt).toBe(new Date(Date.parse(START) + DAY).toISOString());
    const token = await tokenOf(response);
    // Only its hash is stored.
    const stored = await env.DB.prepare('SELECT token_hash FROM password_resets WHERE user_id = ?').bind(member.userId).all<{ token_hash: string }>();
    expect(stored.results.map((r) => r.token_hash)).toEqual([await sha256(token)]);

    expect(await (await app.call(`/api/auth/reset/${token}`)).json()).toEqual({ email: member.email, expiresAt: body.expiresAt });
    const reset = await app.postJson('/api/auth/reset', { token, password: 'a fresh long passphrase' }, ip());
    expect(reset.status).toBe(200);
    expect(((await reset.json()) as Me).user.email).toBe(member.email);
    expect((await app.call('/api/auth/me', { headers: { Cookie: sessionCookie(reset) } })).status).toBe(200);
    expect((await app.call('/api/auth/me', { headers: member.headers })).status).toBe(401);
    expect((await app.postJson('/api/auth/sign-in', { email: member.email, password: 'a fresh long passphrase' }, ip())).status).toBe(200);
    expect((await app.postJson('/api/auth/sign-in', { email: member.email, password: PASSWORD }, ip())).status).toBe(401);

    const again = await app.postJson('/api/auth/reset', { token, password: 'yet another passphrase' }, { ...ip(), 'Accept-Language': 'en' });
    expect(again.status).toBe(404);
    expect(await errorsOf(again)).toEqual([{ path: 'token', message: 'Reset link invalid, expired or already used: ask for a new one' }]);
  });

  it('expire after 24 hours', async () => {
    const clock = new TestClock(START);
    const app = appAt(clock);
    const { owner, member } = await team(app);
    const token = await tokenOf(await issue(app, owner, member.userId));
    clock.advance(DAY);
    expect((await app.call(`/api/auth/reset/${token}`)).status).toBe(404);
    expect((await app.postJson('/api/auth/reset', { token, password: 'a fresh long passphrase' }, ip())).status).toBe(404);
  });

  it('work once even when sent twice at the same moment', async () => {
    const app = appAt(new TestClock(START));
    const { owner, member } = await team(app);
    const token = await tokenOf(await issue(app, owner, member.userId));
    const statuses = (
      await Promise.all(
        ['first passphrase here', 'second passphrase here', 'third passphrase here'].map((password) =>
          app.postJson('/api/auth/reset', { token, password }, ip()),
        ),
      )
    ).map((r) => r.status);
    expect(statuses.sort()).toEqual([200, 404, 404]);
    expect((await env.DB.prepare('SELECT COUNT(*) AS n FROM sessions WHERE user_id = ?').bind(member.userId).first<{ n: number }>())?.n).toBe(1);
  });

  it('are refused for a member who also belongs to an organisation the owner does not own, for strangers and for non-owners', async () => {
    const app = appAt(new TestClock(START));
    const { owner, member } = await team(app);
    const elsewhere = await account('owner', undefined, app);
    await env.DB.prepare("INSERT INTO memberships (organisation_id, user_id, role) VALUES (?, ?, 'viewer')")
      .bind(elsewhere.organisationId, member.userId)
      .run();
    const refused = await issue(app, owner, member.userId);
    expect(refused.status).toBe(403);
    expect((await errorsOf(refused))[0]?.path).toBe('userId');
    const stranger = await account('viewer', undefined, app);
    expect((await issue(app, owner, stranger.userId)).status).toBe(404);
    expect((await issue(app, member, owner.userId)).status).toBe(403);
  });
});

describe('the setup link', () => {
  it('is spent inside the batch that uses it: run twice, the second batch changes nothing', async () => {
    const { setUpInstall } = await import('../../worker/db/setup.ts');
    const { Db, isUniqueViolation } = await import('../../worker/db/client.ts');
    const db = new Db(env.DB);
    const tokenHash = await sha256(`setup-${crypto.randomUUID()}`);
    // Two requests that both passed the checks before the batch (the race the guard is for).
    const input = (n: number) => {
      const owner = { id: crypto.randomUUID(), email: `first-${n}-${crypto.randomUUID().slice(0, 6)}@cpts.example`, name: `Owner ${n}` };
      return {
        tokenHash,
        linkExpiresAt: '2031-03-21T09:00:00.000Z',
        organisation: { id: crypto.randomUUID(), name: `Organisation ${n}` },
        owner,
        password: { hash: 'h', salt: 's', iterations: 1 },
        session: env.DB.prepare("INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, '2031-04-01')").bind(crypto.randomUUID(), owner.id),
        now: START,
      };
    };
    await setUpInstall(db, input(1));
    const second = input(2);
    const error = await setUpInstall(db, second).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isUniqueViolation(error)).toBe(true);
    expect(await env.DB.prepare('SELECT id FROM organisations WHERE id = ?').bind(second.organisation.id).first()).toBeNull();
    expect(await env.DB.prepare('SELECT id FROM users WHERE id = ?').bind(second.owner.id).first()).toBeNull();
  });
});

describe('rate-limit keys', () => {
  /** A limiter that lets everything through and remembers the keys it was given. */
  const spyLimiter = () => {
    const keys: string[] = [];
    return { keys, limit: async ({ key }: { key: string }) => (keys.push(key), { success: true }) } as RateLimit & { keys: string[] };
  };

  it('hash the address with a secret that changes every day, so they cannot be traced back by trying every address', async () => {
    const clock = new TestClock(START);
    const limiter = spyLimiter();
    const app = appAt(clock, { SIGNIN_ADDRESS_LIMITER: limiter });
    const from = (address: string) => app.postJson('/api/auth/sign-in', { email: 'nobody@cpts.example', password: 'x' }, { 'CF-Connecting-IP': address });
    await from('203.0.113.5');
    await from('203.0.113.5');
    await from('203.0.113.6');
    clock.advance(DAY);
    await from('203.0.113.5');
    const [first, same, other, nextDay] = limiter.keys;
    expect(first).toBe(same);
    expect(other).not.toBe(first);
    expect(nextDay).not.toBe(first);
    // Not a plain hash of what it counts (the old key, which 2^32 guesses reverse).
    const hex = async (text: string) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))].map((b) => b.toString(16).padStart(2, '0')).join('');
    for (const plain of ['signin|203.0.113.5', '203.0.113.5', 'signin|203.0.113.5|']) expect(limiter.keys).not.toContain(await hex(plain));
    // One secret per day, stored; the daily job deletes the days before.
    const days = await env.DB.prepare('SELECT day FROM rate_limit_secrets ORDER BY day').all<{ day: string }>();
    expect(days.results.map((r) => r.day)).toEqual(expect.arrayContaining(['2031-03-14', '2031-03-15']));
  });
});

describe('Server-Timing row counts', () => {
  it('are sent only where the configuration turns them on (the bench’s and the tests’), never by production’s', async () => {
    const { slug } = await createSurvey({ settings: { k: 3, resultsVisibility: 'public' } });
    const production = appAt(new TestClock(START), { REPORT_ROWS_READ: undefined });
    const measured = appAt(new TestClock(START), { REPORT_ROWS_READ: 'on' });
    expect((await production.call(`/api/s/${slug}/results`)).headers.get('Server-Timing') ?? '').not.toMatch(/d1-rows/);
    expect((await measured.call(`/api/s/${slug}/results`)).headers.get('Server-Timing')).toMatch(/d1-rows;desc="\d+"/);
  });
});

describe('the daily job', () => {
  it('purges expired sessions, invitations, reset links, setup tokens, trusted browsers, quiet sign-in delays and old rate-limit secrets; keeps the rest', async () => {
    const { createExecutionContext, createScheduledController, waitOnExecutionContext } = await import('cloudflare:test');
    const worker = (await import('../../worker/index.ts')).default;
    const user = await account('owner');
    const now = '2031-09-01T01:17:00.000Z'; // 03:17 in Paris (summer time)
    const before = '2031-09-01T01:16:59.999Z';
    const after = '2031-09-01T01:17:00.001Z';
    const rows = (table: string, column: string, value: string) =>
      env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = ?`)
        .bind(value)
        .first<{ n: number }>()
        .then((r) => r!.n);
    await env.DB.batch([
      ...[before, after].flatMap((at) => [
        env.DB.prepare('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)').bind(`s-${at}`, user.userId, at),
        env.DB.prepare(
          "INSERT INTO invitations (token_hash, organisation_id, email, role, invited_by, expires_at) VALUES (?, ?, 'x@cpts.example', 'viewer', ?, ?)",
        ).bind(`i-${at}`, user.organisationId, user.userId, at),
        env.DB.prepare('INSERT INTO password_resets (token_hash, user_id, issued_by, expires_at) VALUES (?, ?, NULL, ?)').bind(`r-${at}`, user.userId, at),
        env.DB.prepare('INSERT INTO setup_tokens (token_hash, expires_at) VALUES (?, ?)').bind(`t-${at}`, at),
        env.DB.prepare('INSERT INTO spent_links (token_hash, expires_at) VALUES (?, ?)').bind(`l-${at}`, at),
        env.DB.prepare('INSERT INTO trusted_devices (token_hash, user_id, expires_at) VALUES (?, ?, ?)').bind(`d-${at}`, user.userId, at),
      ]),
      env.DB.prepare(
        "INSERT INTO signin_throttle (account_hash, failures, last_failure_at) VALUES ('quiet', 9, '2031-08-31T01:17:00.000Z'), ('recent', 9, '2031-08-31T01:17:00.001Z')",
      ),
      env.DB.prepare("INSERT INTO rate_limit_secrets (day, secret) VALUES ('2031-08-31', 'old'), ('2031-09-01', 'today') ON CONFLICT DO NOTHING"),
    ]);
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.parse(now), cron: '17 3 * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    for (const [table, prefix] of [
      ['sessions', 's'],
      ['invitations', 'i'],
      ['password_resets', 'r'],
      ['setup_tokens', 't'],
      ['spent_links', 'l'],
      ['trusted_devices', 'd'],
    ] as const) {
      expect(await rows(table, 'token_hash', `${prefix}-${before}`), table).toBe(0);
      expect(await rows(table, 'token_hash', `${prefix}-${after}`), table).toBe(1);
    }
    expect(await rows('signin_throttle', 'account_hash', 'quiet')).toBe(0);
    expect(await rows('signin_throttle', 'account_hash', 'recent')).toBe(1);
    expect(await rows('rate_limit_secrets', 'day', '2031-08-31')).toBe(0);
    expect(await rows('rate_limit_secrets', 'day', '2031-09-01')).toBe(1);
  });
});
