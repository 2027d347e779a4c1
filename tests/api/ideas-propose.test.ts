import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { MAX_IDEAS_PER_DEVICE_PER_DAY, type IdeaFollow, type IdeaPublic } from '../../schema/ideas.ts';
import { call, postJson, type ErrorBody } from './helpers.ts';
import { boxInput, createBox, expectError, ideaByText, moderate, newToken, propose, proposed, publishedIdea, pubPath, storedIdea } from './ideas-helpers.ts';

const similar = async (box: Awaited<ReturnType<typeof createBox>>, q: string, theme?: string) => {
  const response = await call(pubPath(box, `/similar?q=${encodeURIComponent(q)}${theme ? `&theme=${theme}` : ''}`));
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as { ideas: IdeaPublic[] }).ideas.map((i) => i.text);
};

describe('idea boxes: proposing', () => {
  it('anyone proposes without an account: a receipt code, shown once, to follow the idea; nothing shows before moderation', async () => {
    const box = await createBox();
    const token = newToken();
    const response = await propose(
      box,
      token,
      { text: '  Des horaires le samedi matin  ', theme: 'horaires' },
      { 'CF-Connecting-IP': '203.0.113.7', 'User-Agent': 'Mozilla/5.0 Test' },
    );
    expect(response.status).toBe(201);
    const body = (await response.json()) as { status: string; receipt: string };
    expect(body).toEqual({ status: 'pending', receipt: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/) });
    expect(((await (await call(box.pub)).json()) as { ideas: unknown[] }).ideas).toEqual([]);

    const followed = (await (await call(pubPath(box, `/receipts/${body.receipt.toLowerCase()}`))).json()) as IdeaFollow;
    expect(followed).toMatchObject({
      text: 'Des horaires le samedi matin',
      theme: 'horaires',
      status: 'pending',
      answer: null,
      declineReason: null,
      waitedDays: 0,
    });
    expect(followed.history).toEqual([{ status: 'pending', on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);

    // What D1 keeps: the text, the day, a hashed receipt; no address, agent, time or token.
    const row = (await storedIdea(followed.id))!;
    const stored = JSON.stringify(row);
    for (const secret of ['203.0.113.7', 'Mozilla', token, body.receipt.replaceAll('-', '')]) expect(stored).not.toContain(secret);
    expect(row.created_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(stored).not.toMatch(/T\d{2}:\d{2}/);
    expect(row.source).toBe('online');
  });

  it('refuses bad input in French by default and in English on request, never with a 500', async () => {
    const box = await createBox();
    const t = newToken();
    await expectError(await propose(box, t, { text: 'ab', theme: 'accueil' }), 400, 'text');
    await expectError(await propose(box, t, { text: 'x'.repeat(501), theme: 'accueil' }), 400, 'text');
    await expectError(await propose(box, t, { text: 'Une idée', theme: 'parking' }), 422, 'theme');
    await expectError(await propose(box, t, { text: 'Une idée', theme: 'accueil', author: 'moi' }), 400, 'author');
    await expectError(await propose(box, 'court', { text: 'Une idée', theme: 'accueil' }), 400, 'X-Idea-Token');
    await expectError(await postJson(pubPath(box, '/ideas'), { text: 'Une idée', theme: 'accueil' }), 400, 'X-Idea-Token');
    await expectError(
      await call(pubPath(box, '/ideas'), { method: 'POST', headers: { 'X-Idea-Token': t, 'Content-Type': 'application/json' }, body: '{"text":' }),
      400,
      '$',
    );
    await expectError(await postJson('/api/b/nulle-part/ideas', { text: 'Une idée', theme: 'accueil' }, { 'X-Idea-Token': t }), 404, 'slug');
    const fr = (await (await propose(box, t, { text: 'ab', theme: 'accueil' })).json()) as ErrorBody;
    expect(fr.errors[0]!.message).toBe('Écrivez votre idée (3 caractères au moins)');
    const en = (await (await propose(box, t, { text: 'ab', theme: 'accueil' }, { 'Accept-Language': 'en' })).json()) as ErrorBody;
    expect(en.errors[0]!.message).toBe('Write your idea (3 characters at least)');
    await expectError(await call(pubPath(box, '/receipts/pas-un-code')), 400, 'receipt');
    await expectError(await call(pubPath(box, '/receipts/AAAA-BBBB-CCCC')), 404, 'receipt');
    await expectError(await call(pubPath(box, '/similar?q=x&extra=1')), 400, 'extra');
  });

  it('caps a device’s ideas per day in a box; a closed box takes none', async () => {
    const box = await createBox();
    const t = newToken();
    for (let i = 0; i < MAX_IDEAS_PER_DEVICE_PER_DAY; i++) expect((await propose(box, t, { text: `Idée numéro ${i}`, theme: 'accueil' })).status).toBe(201);
    const capped = await propose(box, t, { text: 'Encore une', theme: 'accueil' });
    await expectError(capped, 429, '$');
    expect(capped.headers.get('Retry-After')).toBeTruthy();
    expect((await propose(box, newToken(), { text: 'Une autre personne', theme: 'accueil' })).status).toBe(201);
    // The count of the day is kept under a hash of the device and the day only.
    const rows = await env.DB.prepare('SELECT device_hash, ideas FROM idea_device_days WHERE box_id = ?')
      .bind(box.id)
      .all<{ device_hash: string; ideas: number }>();
    expect(rows.results.map((r) => r.ideas).sort()).toEqual([1, MAX_IDEAS_PER_DEVICE_PER_DAY + 1]);
    expect(JSON.stringify(rows.results)).not.toContain(t);

    const closed = await postJson(box.base, boxInput({ slug: box.slug, status: 'closed' }), box.owner.headers, 'PUT');
    expect(closed.status).toBe(200);
    await expectError(await propose(box, newToken(), { text: 'Trop tard', theme: 'accueil' }), 409, 'status');
  });

  it('the author withdraws their idea with the receipt code (twice is fine), not once it is answered', async () => {
    const box = await createBox();
    const receipt = await proposed(box, 'Un distributeur de protections périodiques');
    const idea = await ideaByText(box, 'Un distributeur de protections périodiques');
    expect((await moderate(box, idea.id, { action: 'approve' })).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await call(pubPath(box, `/receipts/${receipt}`), { method: 'DELETE' })).status).toBe(204);
    const followed = (await (await call(pubPath(box, `/receipts/${receipt}`))).json()) as IdeaFollow;
    expect(followed.status).toBe('withdrawn');
    expect(((await (await call(box.pub)).json()) as { ideas: unknown[] }).ideas).toEqual([]);

    const answered = await proposed(box, 'Un banc dehors');
    const other = await ideaByText(box, 'Un banc dehors');
    await moderate(box, other.id, { action: 'approve' });
    await moderate(box, other.id, { action: 'status', status: 'done', answer: { fr: 'Installé en mai' } });
    await expectError(await call(pubPath(box, `/receipts/${answered}`), { method: 'DELETE' }), 409, 'receipt');
    const declined = await proposed(box, 'Appelez Mme Durand');
    await moderate(box, (await ideaByText(box, 'Appelez Mme Durand')).id, { action: 'decline', reason: 'Un nom y figure' });
    const follow = (await (await call(pubPath(box, `/receipts/${declined}`), { headers: { 'Accept-Language': 'en' } })).json()) as IdeaFollow;
    expect(follow).toMatchObject({ status: 'declined', declineReason: 'Un nom y figure' });
  });

  it('suggests similar published ideas while typing: accents, elisions and plurals folded, pending ones never', async () => {
    const box = await createBox();
    await publishedIdea(box, 'Améliorer l’accueil du matin');
    await publishedIdea(box, 'Un horaire plus tard le jeudi', 'horaires');
    await publishedIdea(box, 'Des places de parking près de l’hôpital');
    await proposed(box, 'Accueil : une personne en plus (en attente)');
    expect(await similar(box, 'accueil')).toEqual(['Améliorer l’accueil du matin']);
    expect(await similar(box, 'Accueïl')).toEqual(['Améliorer l’accueil du matin']);
    expect(await similar(box, 'horaires')).toEqual(['Un horaire plus tard le jeudi']);
    expect(await similar(box, 'les hôpitaux')).toEqual(['Des places de parking près de l’hôpital']);
    expect(await similar(box, 'de la et les')).toEqual([]);
    expect(await similar(box, 'accueil', 'horaires')).toEqual([]);
    // Another box's ideas never come up.
    const other = await createBox();
    expect(await similar(other, 'accueil')).toEqual([]);
  });
});
