import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Box, BoxPrivacy, BoxPublic, BoxSummary, BoxTemplate } from '../../schema/ideas.ts';
import { account, call, postJson, type ErrorBody } from './helpers.ts';
import { boxInput, createBox, expectError, proposed, publishedIdea, pubPath } from './ideas-helpers.ts';

describe('idea boxes: coordinators', () => {
  it('an editor creates a box; viewers list and read it; the public reads it with its privacy notice', async () => {
    const owner = await account('owner');
    const editor = await account('editor', owner.organisationId);
    const viewer = await account('viewer', owner.organisationId);
    const base = `/api/orgs/${owner.organisationId}/boxes`;
    await expectError(await postJson(base, boxInput(), viewer.headers), 403, 'role');
    const created = await postJson(base, boxInput({ slug: `centre-${crypto.randomUUID().slice(0, 6)}` }), editor.headers);
    expect(created.status).toBe(201);
    const box = (await created.json()) as Box;
    expect(box).toMatchObject({
      organisationId: owner.organisationId,
      audience: 'public',
      k: 3,
      reportsToHide: 3,
      retentionMonths: 12,
      kioskDailyCap: 300,
      status: 'open',
      memberKey: null,
      version: 1,
    });
    expect(box.createdOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const list = (await (await call(base, { headers: viewer.headers })).json()) as { boxes: BoxSummary[] };
    expect(list.boxes).toEqual([{ id: box.id, slug: box.slug, title: box.title, audience: 'public', status: 'open', pending: 0, published: 0 }]);
    expect(await (await call(`${base}/${box.id}`, { headers: viewer.headers })).json()).toEqual(box);

    const pub = (await (await call(`/api/b/${box.slug}`)).json()) as BoxPublic;
    expect(pub).toMatchObject({ slug: box.slug, title: box.title, k: 3, status: 'open', ideas: [] });
    expect(pub.organisation.name).toMatch(/^CPTS /);
    expect(pub.privacy.fr.sections.map((s) => s.id)).toEqual(['purpose', 'voluntary', 'anonymity', 'access', 'retention', 'contact']);
    expect(JSON.stringify(pub.privacy.fr)).toContain('lever la main');
    expect(pub.privacy.en.title).toMatch(/anonymity/);
  });

  it('refuses bad boxes with each problem named, in French and in English, and a slug taken', async () => {
    const owner = await account('owner');
    const base = `/api/orgs/${owner.organisationId}/boxes`;
    const bad = await postJson(base, { ...boxInput(), k: 1, themes: [], audience: 'everyone', extra: true }, owner.headers);
    expect(bad.status).toBe(422);
    const paths = ((await bad.json()) as ErrorBody).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['themes', 'audience', 'k', 'extra']));
    const en = await postJson(base, { ...boxInput(), slug: 'Pas Bon' }, { ...owner.headers, 'Accept-Language': 'en' });
    expect(((await en.json()) as ErrorBody).errors[0]).toEqual({ path: 'slug', message: 'Invalid slug: lowercase letters, digits and dashes' });
    const doubled = boxInput({
      themes: [
        { id: 'a', label: { fr: 'A' } },
        { id: 'a', label: { fr: 'B' } },
      ],
    });
    await expectError(await postJson(base, doubled, owner.headers), 422, 'themes.1.id');
    const first = await createBox({}, owner);
    await expectError(await postJson(base, boxInput({ slug: first.slug }), owner.headers), 409, 'slug');
    await expectError(await call(base, { method: 'POST', headers: { ...owner.headers, 'Content-Type': 'text/plain' }, body: '{}' }), 415, 'content-type');
    await expectError(await call(base, { method: 'POST', headers: { ...owner.headers, 'Content-Type': 'application/json' }, body: '{' }), 400, '$');
  });

  it('checks membership: another organisation’s box is unknown, signed-out callers are refused', async () => {
    const box = await createBox();
    const stranger = await account('owner');
    await expectError(await call(`/api/orgs/${stranger.organisationId}/boxes/${box.id}`, { headers: stranger.headers }), 404, 'boxId');
    await expectError(await call(box.base, { headers: stranger.headers }), 403, 'orgId');
    await expectError(await call(box.base), 401, 'session');
    await expectError(await call(`${box.base}/ideas`, { headers: stranger.headers }), 403, 'orgId');
  });

  it('edits: themes may be added or renamed, not removed once an idea has them; a members’ box needs its key', async () => {
    const box = await createBox();
    await proposed(box, 'Plus de bancs à l’accueil', 'accueil');
    const renamed = boxInput({
      slug: box.slug,
      themes: [
        { id: 'accueil', label: { fr: 'Accueil et attente' } },
        { id: 'parking', label: { fr: 'Parking' } },
      ],
    });
    const updated = await postJson(box.base, renamed, box.owner.headers, 'PUT');
    expect(updated.status).toBe(200);
    expect(((await updated.json()) as Box).version).toBe(2);
    const removing = boxInput({ slug: box.slug, themes: [{ id: 'parking', label: { fr: 'Parking' } }] });
    await expectError(await postJson(box.base, removing, box.owner.headers, 'PUT'), 409, 'themes');

    const members = (await (await postJson(box.base, { ...renamed, audience: 'members' }, box.owner.headers, 'PUT')).json()) as Box;
    expect(members.memberKey).toMatch(/^[A-Za-z0-9]{24}$/);
    await expectError(await call(`/api/b/${box.slug}`), 404, 'slug');
    await expectError(await call(`/api/b/${box.slug}?key=wrong`), 404, 'slug');
    expect((await call(`/api/b/${box.slug}?key=${members.memberKey}`)).status).toBe(200);
    // Saved again, the key stays: links already handed out keep working.
    const again = (await (await postJson(box.base, { ...renamed, audience: 'members' }, box.owner.headers, 'PUT')).json()) as Box;
    expect(again.memberKey).toBe(members.memberKey);
    const open = (await (await postJson(box.base, renamed, box.owner.headers, 'PUT')).json()) as Box;
    expect(open.memberKey).toBeNull();
  });

  it('offers two templates, valid boxes once given an address', async () => {
    const owner = await account('viewer');
    const { templates } = (await (await call(`/api/orgs/${owner.organisationId}/boxes/templates`, { headers: owner.headers })).json()) as {
      templates: BoxTemplate[];
    };
    expect(templates.map((t) => t.templateId)).toEqual(['centre-de-sante', 'membres-cpts']);
    const editor = await account('editor', owner.organisationId);
    for (const template of templates) {
      const made = await postJson(`/api/orgs/${owner.organisationId}/boxes`, { ...template.box, slug: `t-${crypto.randomUUID().slice(0, 8)}` }, editor.headers);
      expect(made.status).toBe(201);
    }
  });

  it('gives the privacy notice and a register entry, and the QR codes of the box’s address', async () => {
    const box = await createBox({ audience: 'members' });
    const privacy = (await (await call(`${box.base}/privacy`, { headers: box.owner.headers })).json()) as BoxPrivacy;
    expect(privacy.notice.title).toMatch(/anonymat/);
    expect(privacy.record.fields.map((f) => f.id)).toContain('retention');
    const qr = await call(`${box.base}/qr.svg`, { headers: { ...box.owner.headers, 'Accept-Language': 'en' } });
    expect(qr.headers.get('Content-Type')).toMatch(/^image\/svg\+xml/);
    expect(await qr.text()).toContain(`/b/${box.slug}?key=${box.key}`);
    const open = await call(pubPath(box, '/qr.svg'));
    expect(await open.text()).toContain('<svg');
    await expectError(await call(`${box.pub}/qr.svg`), 404, 'slug');
  });

  it('the owner deletes a box with everything in it, logged; an editor cannot', async () => {
    const box = await createBox();
    const editor = await account('editor', box.owner.organisationId);
    const idea = await publishedIdea(box, 'Une fontaine à eau');
    await expectError(await call(box.base, { method: 'DELETE', headers: editor.headers }), 403, 'role');
    expect((await call(box.base, { method: 'DELETE', headers: box.owner.headers })).status).toBe(204);
    expect((await call(box.base, { headers: box.owner.headers })).status).toBe(404);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM ideas WHERE id = ?').bind(idea).first('n')).toBe(0);
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM ideas_fts WHERE ideas_fts MATCH 'fontaine'").first('n')).toBe(0);
    const log = (await (await call(`/api/orgs/${box.owner.organisationId}/audit`, { headers: box.owner.headers })).json()) as { events: { action: string }[] };
    expect(log.events.map((e) => e.action)).toContain('box.deleted');
  });
});
