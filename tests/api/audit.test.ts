import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { AuditEvent, AuditPage } from '../../schema/audit.ts';
import { demoSurvey } from '../../schema/demo.ts';
import { Db } from '../../worker/db/client.ts';
import { purgeExpiredAccounts } from '../../worker/jobs/purge-accounts.ts';
import { account, demoAnswers, newKey, type Account, type ErrorBody } from './helpers.ts';
import { definition } from './live-helpers.ts';
import { appAt, DAY, SECOND, TestClock } from './support/clocked-app.ts';

const START = '2031-06-02T08:30:00.000Z';

/**
 * An owner's organisation with a survey (k = 3) that has 3 responses, closed (which releases them at
 * once, so exports and texts open), with a declared population of 10; everything at the test's clock.
 */
async function organisation() {
  const clock = new TestClock(START);
  const app = appAt(clock);
  const owner = await account('owner', undefined, app);
  const base = `/api/orgs/${owner.organisationId}`;
  const created = await app.postJson(
    `${base}/surveys`,
    { ...demoSurvey, slug: `audit-${crypto.randomUUID().slice(0, 8)}`, settings: { k: 3, participationCodes: false } },
    owner.headers,
  );
  const survey = (await created.json()) as { id: string; slug: string };
  await app.call(`${base}/surveys/${survey.id}/publish`, { method: 'POST', headers: owner.headers });
  for (const comments of ['Un', 'Deux', 'Trois'])
    expect((await app.postJson(`/api/s/${survey.slug}/responses`, { answers: demoAnswers({ comments }) }, { 'Idempotency-Key': newKey() })).status).toBe(201);
  const surveyBase = `${base}/surveys/${survey.id}`;
  expect((await app.call(`${surveyBase}/close`, { method: 'POST', headers: owner.headers })).status).toBe(200);
  expect((await app.postJson(`${surveyBase}/report/invited`, { invited: 10 }, owner.headers, 'PUT')).status).toBe(200);
  return { clock, app, owner, base, survey, surveyBase };
}

async function log(app: ReturnType<typeof appAt>, owner: Account, query = ''): Promise<AuditPage> {
  const response = await app.call(`/api/orgs/${owner.organisationId}/audit${query}`, { headers: owner.headers });
  expect(response.status).toBe(200);
  return (await response.json()) as AuditPage;
}

const actionsOf = (page: AuditPage) => page.events.map((e) => e.action).toReversed();

describe('the audit log', () => {
  it('records exports, free texts read and codes issued, with who, when and on what; submissions leave no trace', async () => {
    const { clock, app, owner, surveyBase, survey } = await organisation();
    expect((await log(app, owner)).events).toEqual([]);

    for (const path of ['/export.csv', '/export.xlsx', '/report.csv', '/report.xlsx', '/texts/comments']) {
      clock.advance(SECOND);
      expect((await app.call(`${surveyBase}${path}`, { headers: owner.headers })).status).toBe(200);
    }
    clock.advance(SECOND);
    expect((await app.postJson(`${surveyBase}/codes`, { count: 4 }, owner.headers)).status).toBe(201);

    const page = await log(app, owner);
    expect(actionsOf(page)).toEqual(['survey.exported', 'survey.exported', 'survey.exported', 'survey.exported', 'survey.texts_read', 'survey.codes_issued']);
    const [codes, texts, ...exports] = page.events;
    expect(codes).toEqual<AuditEvent>({
      id: expect.any(String),
      at: new Date(Date.parse(START) + 6 * SECOND).toISOString(),
      actor: { id: owner.userId, name: 'Test owner', email: owner.email },
      action: 'survey.codes_issued',
      target: { id: survey.id, label: demoSurvey.title.fr },
      detail: { count: 4 },
    });
    expect(texts?.detail).toEqual({ question: 'comments', texts: 3 });
    expect(exports.map((e) => e.detail?.format).toReversed()).toEqual(['export.csv', 'export.xlsx', 'report.csv', 'report.xlsx']);
    // Nothing about respondents: no event for the submissions, no answer in any event.
    expect(JSON.stringify(page)).not.toMatch(/Un|Deux|Trois|nurse/);
  });

  it('records a refused export nowhere: only what happened', async () => {
    const { app, owner, base } = await organisation();
    const created = await app.postJson(`${base}/surveys`, { ...demoSurvey, slug: `empty-${crypto.randomUUID().slice(0, 8)}` }, owner.headers);
    const { id } = (await created.json()) as { id: string };
    expect((await app.call(`${base}/surveys/${id}/export.csv`, { headers: owner.headers })).status).toBe(409);
    expect((await log(app, owner)).events).toEqual([]);
  });

  it('records changes of k and of the results’ visibility, and not other edits', async () => {
    const { clock, app, owner, base } = await organisation();
    const created = await app.postJson(
      `${base}/surveys`,
      { ...demoSurvey, slug: `draft-${crypto.randomUUID().slice(0, 8)}`, settings: { k: 5 } },
      owner.headers,
    );
    const { id, slug } = (await created.json()) as { id: string; slug: string };
    const put = (settings: object) =>
      app.postJson(`${base}/surveys/${id}`, { ...demoSurvey, slug, title: { fr: 'Nouveau titre' }, settings }, owner.headers, 'PUT');
    for (const settings of [
      { k: 5, purpose: { fr: 'Autre chose' } },
      { k: 7, resultsVisibility: 'public' },
      { k: 7, resultsVisibility: 'private' },
    ]) {
      clock.advance(SECOND);
      expect((await put(settings)).status).toBe(200);
    }
    const page = await log(app, owner);
    expect(page.events.map((e) => [e.action, e.target?.label, e.detail])).toEqual([
      ['survey.settings_changed', 'Nouveau titre', { resultsVisibility: ['public', 'private'] }],
      ['survey.settings_changed', 'Nouveau titre', { k: [5, 7], resultsVisibility: ['private', 'public'] }],
    ]);
  });

  it('records members’ changes: invitations made and revoked, roles, removals, reset links', async () => {
    const { clock, app, owner, base } = await organisation();
    const member = await account('viewer', owner.organisationId, app);
    const step = () => clock.advance(SECOND);
    expect((await app.postJson(`${base}/invitations`, { email: 'nouvelle@cpts.example', role: 'editor' }, owner.headers)).status).toBe(201);
    const [pending] = ((await (await app.call(`${base}/invitations`, { headers: owner.headers })).json()) as { invitations: { id: string }[] }).invitations;
    step();
    expect((await app.call(`${base}/invitations/${pending!.id}`, { method: 'DELETE', headers: owner.headers })).status).toBe(204);
    step();
    expect((await app.postJson(`${base}/members/${member.userId}`, { role: 'editor' }, owner.headers, 'PATCH')).status).toBe(200);
    step();
    expect((await app.postJson(`${base}/members/${member.userId}`, { role: 'editor' }, owner.headers, 'PATCH')).status).toBe(200); // no change: not logged
    expect((await app.call(`${base}/members/${member.userId}/reset-link`, { method: 'POST', headers: owner.headers })).status).toBe(201);
    step();
    expect((await app.call(`${base}/members/${member.userId}`, { method: 'DELETE', headers: owner.headers })).status).toBe(204);
    const page = await log(app, owner);
    const label = `Test viewer <${member.email}>`;
    expect(page.events.toReversed().map((e) => [e.action, e.target?.label ?? null, e.detail])).toEqual([
      ['member.invited', null, { email: 'nouvelle@cpts.example', role: 'editor' }],
      ['member.invitation_revoked', null, { email: 'nouvelle@cpts.example' }],
      ['member.role_changed', label, { role: ['viewer', 'editor'] }],
      ['member.reset_link_issued', label, { expiresAt: new Date(Date.parse(START) + 3 * SECOND + DAY).toISOString() }],
      ['member.removed', label, { role: 'editor' }],
    ]);
  });

  it('records live workshops’ cards, exports and deletions, with the title the session had', async () => {
    const { clock, app, owner, base } = await organisation();
    const created = await app.postJson(`${base}/live`, definition(), owner.headers);
    const { id } = (await created.json()) as { id: string };
    expect((await app.postJson(`${base}/live/${id}/cards`, { count: 5 }, owner.headers)).status).toBe(201);
    clock.advance(SECOND);
    expect((await app.call(`${base}/live/${id}/export.csv`, { headers: owner.headers })).status).toBe(200);
    clock.advance(SECOND);
    expect((await app.call(`${base}/live/${id}`, { method: 'DELETE', headers: owner.headers })).status).toBe(204);
    const page = await log(app, owner);
    expect(page.events.toReversed().map((e) => [e.action, e.target, e.detail])).toEqual([
      ['live.cards_issued', { id, label: 'Atelier CPTS' }, { count: 5, college: null }],
      ['live.exported', { id, label: 'Atelier CPTS' }, { format: 'export.csv' }],
      ['live.deleted', { id, label: 'Atelier CPTS' }, null],
    ]);
  });

  it('is read by owners only, of their own organisation', async () => {
    const { app, owner } = await organisation();
    const editor = await account('editor', owner.organisationId, app);
    const stranger = await account('owner', undefined, app);
    const path = `/api/orgs/${owner.organisationId}/audit`;
    expect((await app.call(path)).status).toBe(401);
    const refused = await app.call(path, { headers: { ...editor.headers, 'Accept-Language': 'en' } });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as ErrorBody).errors).toEqual([{ path: 'role', message: 'This needs the owner role or higher' }]);
    expect((await app.call(path, { headers: stranger.headers })).status).toBe(403);
    const bad = await app.call(`${path}?after=yesterday`, { headers: owner.headers });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).errors[0]?.path).toBe('after');
  });

  it('comes a page of 100 at a time, newest first, without skipping events of the same millisecond', async () => {
    const { app, owner, surveyBase } = await organisation();
    await env.DB.batch(
      Array.from({ length: 150 }, (_, i) =>
        env.DB.prepare(
          "INSERT INTO audit_events (id, organisation_id, at, actor_id, actor_name, actor_email, action) VALUES (?, ?, ?, ?, 'Test owner', ?, 'survey.exported')",
        ).bind(
          crypto.randomUUID(),
          owner.organisationId,
          i < 120 ? '2031-06-01T00:00:00.000Z' : `2031-05-${String(i - 100).padStart(2, '0')}T00:00:00.000Z`,
          owner.userId,
          owner.email,
        ),
      ),
    );
    expect((await app.call(`${surveyBase}/export.csv`, { headers: owner.headers })).status).toBe(200);
    const first = await log(app, owner);
    expect(first.events).toHaveLength(100);
    expect(first.events[0]?.at).toBe(START);
    const second = await log(app, owner, `?after=${encodeURIComponent(first.next!)}`);
    expect(second.events).toHaveLength(51);
    expect(second.next).toBeNull();
    const ids = [...first.events, ...second.events].map((e) => e.id);
    expect(new Set(ids).size).toBe(151);
  });

  it('is kept 12 months, then deleted by the daily job', async () => {
    const { app, owner, surveyBase } = await organisation();
    expect((await app.call(`${surveyBase}/export.csv`, { headers: owner.headers })).status).toBe(200);
    const db = new Db(env.DB);
    // (The purge also ends the owner's expired session by then: the rows are counted directly.)
    const kept = async () =>
      (await env.DB.prepare('SELECT COUNT(*) AS n FROM audit_events WHERE organisation_id = ?').bind(owner.organisationId).first<{ n: number }>())!.n;
    expect(await kept()).toBe(1);
    await purgeExpiredAccounts(db, new Date('2032-06-02T08:29:59.999Z'));
    expect(await kept()).toBe(1);
    await purgeExpiredAccounts(db, new Date('2032-06-02T08:30:00.001Z'));
    expect(await kept()).toBe(0);
  });
});
