import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { KIOSK_PAUSE_SECONDS, type KioskSummary } from '../../schema/ideas.ts';
import { account } from './helpers.ts';
import { createBox, expectError, moderate, newToken, publishedIdea, pubPath, queue, type TestBox } from './ideas-helpers.ts';
import { appAt, DAY, SECOND, TestClock } from './support/clocked-app.ts';

async function enrol(box: TestBox, label = 'Tablette accueil'): Promise<{ kioskId: string; link: string; token: string }> {
  const response = await box.via.postJson(`${box.base}/kiosks`, { label }, box.owner.headers);
  expect(response.status, await response.clone().text()).toBe(201);
  const body = (await response.json()) as { kioskId: string; link: string };
  return { ...body, token: new URLSearchParams(new URL(body.link).hash.slice(1)).get('kiosk')! };
}

const kioskSupport = (box: TestBox, ideaId: string, kiosk: string, on = true) =>
  box.via.postJson(pubPath(box, `/ideas/${ideaId}/support`), { on }, { 'X-Kiosk': kiosk }, 'PUT');
const kioskPropose = (box: TestBox, kiosk: string, text: string) => box.via.postJson(pubPath(box, '/ideas'), { text, theme: 'accueil' }, { 'X-Kiosk': kiosk });

describe('idea boxes: kiosks', () => {
  it('an editor enrols a kiosk with a link shown once (token in the fragment, stored hashed), logged', async () => {
    const box = await createBox({ audience: 'members' });
    const viewer = await account('viewer', box.owner.organisationId);
    await expectError(await box.via.postJson(`${box.base}/kiosks`, { label: 'Borne' }, viewer.headers), 403, 'role');
    await expectError(await box.via.postJson(`${box.base}/kiosks`, { label: '' }, box.owner.headers), 400, 'label');
    const { kioskId, link, token } = await enrol(box);
    expect(link).toBe(`https://pouls.example/b/${box.slug}/kiosk#kiosk=${token}&key=${box.key}`);
    const listed = (await (await box.via.call(`${box.base}/kiosks`, { headers: viewer.headers })).json()) as { kiosks: KioskSummary[] };
    expect(listed.kiosks).toEqual([{ id: kioskId, label: 'Tablette accueil', createdOn: expect.any(String), today: 0 }]);
    expect(JSON.stringify(await env.DB.prepare('SELECT * FROM idea_kiosks WHERE id = ?').bind(kioskId).first())).not.toContain(token);
    const log = (await (await box.via.call(`/api/orgs/${box.owner.organisationId}/audit`, { headers: box.owner.headers })).json()) as {
      events: { action: string }[];
    };
    expect(log.events.map((e) => e.action)).toContain('box.kiosk_enrolled');
  });

  it('people propose and support one after another: no lock-out, a short pause between them, nothing kept about them', async () => {
    const clock = new TestClock('2026-03-10T09:00:00Z');
    const app = appAt(clock);
    const box = await createBox({ k: 3 }, await account('owner', undefined, app), app);
    const idea = await publishedIdea(box, 'Des chaises plus confortables');
    const { token } = await enrol(box);
    for (let person = 0; person < 3; person++) {
      expect(await (await kioskSupport(box, idea, token)).json()).toEqual({ on: true, supports: person < 2 ? null : 3 });
      const early = await kioskSupport(box, idea, token);
      await expectError(early, 429, '$');
      expect(Number(early.headers.get('Retry-After'))).toBeLessThanOrEqual(KIOSK_PAUSE_SECONDS);
      clock.advance(KIOSK_PAUSE_SECONDS * SECOND);
    }
    const proposed = await kioskPropose(box, token, 'Un point d’eau');
    expect(proposed.status).toBe(201);
    expect(((await proposed.json()) as { receipt: string }).receipt).toMatch(/^.{4}-.{4}-.{4}$/);
    expect((await queue(box, '?status=pending'))[0]).toMatchObject({ source: 'kiosk', text: 'Un point d’eau' });
    expect((await queue(box)).find((i) => i.id === idea)!.supports).toBe(3);
    // A kiosk has no memory of who supported: its supports cannot be taken back, nor can it report.
    clock.advance(KIOSK_PAUSE_SECONDS * SECOND);
    await expectError(await kioskSupport(box, idea, token, false), 409, 'on');
    await expectError(await box.via.call(pubPath(box, `/ideas/${idea}/report`), { method: 'POST', headers: { 'X-Kiosk': token } }), 400, 'X-Kiosk');
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM idea_supports WHERE idea_id = ?').bind(idea).first('n')).toBe(0);
  });

  it('caps a kiosk’s contributions a day, until the next day', async () => {
    const clock = new TestClock('2026-03-10T09:00:00Z');
    const app = appAt(clock);
    const box = await createBox({ kioskDailyCap: 10 }, await account('owner', undefined, app), app);
    const idea = await publishedIdea(box, 'Idée du jour');
    const { token } = await enrol(box);
    for (let i = 0; i < 10; i++) {
      expect((await kioskSupport(box, idea, token)).status).toBe(200);
      clock.advance(KIOSK_PAUSE_SECONDS * SECOND);
    }
    const capped = await kioskSupport(box, idea, token);
    await expectError(capped, 429, '$');
    expect(Number(capped.headers.get('Retry-After'))).toBeGreaterThan(3600);
    const listed = (await (await box.via.call(`${box.base}/kiosks`, { headers: box.owner.headers })).json()) as { kiosks: KioskSummary[] };
    expect(listed.kiosks[0]!.today).toBe(10);
    // Phones are not the kiosk's cap.
    expect((await box.via.postJson(pubPath(box, `/ideas/${idea}/support`), { on: true }, { 'X-Idea-Token': newToken() }, 'PUT')).status).toBe(200);
    clock.advance(DAY);
    expect((await kioskSupport(box, idea, token)).status).toBe(200);
  });

  it('refuses unknown, malformed and revoked kiosks; revoking is logged', async () => {
    const box = await createBox();
    const idea = await publishedIdea(box, 'Une idée');
    const { kioskId, token } = await enrol(box);
    await expectError(await kioskSupport(box, idea, 'x'), 400, 'X-Kiosk');
    await expectError(await kioskSupport(box, idea, newToken()), 403, 'X-Kiosk');
    const other = await createBox();
    await expectError(await kioskSupport(other, await publishedIdea(other, 'Ailleurs'), token), 403, 'X-Kiosk');
    expect((await box.via.call(`${box.base}/kiosks/${kioskId}`, { method: 'DELETE', headers: box.owner.headers })).status).toBe(204);
    await expectError(await box.via.call(`${box.base}/kiosks/${kioskId}`, { method: 'DELETE', headers: box.owner.headers }), 404, 'kioskId');
    await expectError(await kioskPropose(box, token, 'Encore'), 403, 'X-Kiosk');
  });
});
