import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../schema/accounts.ts';
import { DEMO_BOX_ID, DEMO_ORGANISATION_ID, demoIdeas } from '../../schema/demo-box.ts';
import type { BoxDisplay, BoxPublic } from '../../schema/ideas.ts';
import { demoBoxStatements } from '../../scripts/lib/demo-box-seed.ts';
import { sha256 } from '../../worker/domain/secrets.ts';
import { PASSWORD, call, postJson, sessionCookie, someAddress } from './helpers.ts';

const TODAY = new Date('2031-05-20T10:00:00.000Z');
const seed = () => env.DB.batch(demoBoxStatements(TODAY).map((sql) => env.DB.prepare(sql)));

describe('the demo idea box seeded by npm start', () => {
  it('shows moderated, supported and answered ideas on a fresh install; the first organisation adopts it', async () => {
    await seed();
    await seed(); // npm start again: nothing twice
    const box = (await (await call('/api/b/demo')).json()) as BoxPublic;
    expect(box.ideas.map((idea) => idea.text).sort()).toEqual(demoIdeas.map((idea) => idea.text).sort());
    const fewest = box.ideas.find((idea) => idea.text.startsWith('Présenter les partenaires'))!;
    expect(fewest.supports).toBeNull(); // 2 supports, under k = 5
    expect(box.ideas.find((idea) => idea.text.startsWith('Ouvrir un créneau'))!.supports).toBe(31);
    const display = (await (await call('/api/b/demo/display')).json()) as BoxDisplay;
    expect(display.answered.map((idea) => idea.status).sort()).toEqual(['done', 'rejected', 'retained']);
    // Similar ideas come from the full-text index the seed fills.
    const similar = await call(`/api/b/demo/similar?q=${encodeURIComponent('des livres pour enfants')}`);
    expect(similar.status).toBe(200);
    expect(JSON.stringify(await similar.json())).toContain('Un coin pour les enfants');

    const token = `setup-${crypto.randomUUID()}`;
    await env.DB.prepare('INSERT INTO setup_tokens (token_hash, expires_at) VALUES (?, ?)')
      .bind(await sha256(token), '2999-01-01T00:00:00.000Z')
      .run();
    const setup = await postJson(
      '/api/auth/setup',
      { token, organisation: 'Centre de santé du Port', name: 'Inès Roy', email: 'ines@centre.example', password: PASSWORD },
      { 'CF-Connecting-IP': someAddress() },
    );
    expect(setup.status).toBe(201);
    const me = (await setup.json()) as Me;
    const orgId = me.organisations[0]!.id;
    const boxes = await call(`/api/orgs/${orgId}/boxes`, { headers: { Cookie: sessionCookie(setup) } });
    expect(JSON.stringify(await boxes.json())).toContain(DEMO_BOX_ID);
    expect(await env.DB.prepare('SELECT id FROM organisations WHERE id = ?').bind(DEMO_ORGANISATION_ID).first()).toBeNull();

    // Once an account exists, npm start seeds no box again (a deleted demo box stays deleted).
    await env.DB.prepare('DELETE FROM idea_boxes WHERE id = ?').bind(DEMO_BOX_ID).run();
    await seed();
    expect((await call('/api/b/demo')).status).toBe(404);
  });
});
