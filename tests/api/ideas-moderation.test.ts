import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { BoxPublic, IdeaAdmin, IdeaFollow } from '../../schema/ideas.ts';
import { account, call, postJson } from './helpers.ts';
import { createBox, expectError, ideaByText, moderate, newToken, proposed, publishedIdea, pubPath, queue, storedIdea } from './ideas-helpers.ts';

const publicIdeas = async (box: Awaited<ReturnType<typeof createBox>>) => ((await (await call(pubPath(box))).json()) as BoxPublic).ideas;

describe('idea boxes: moderation', () => {
  it('the queue flags personal details; redaction replaces the text and keeps no original', async () => {
    const box = await createBox();
    const original = 'Merci au Dr Martin, joignable au 06 12 34 56 78, pour mon diabète';
    const receipt = await proposed(box, original);
    const pending = await queue(box, '?status=pending');
    expect(pending).toHaveLength(1);
    expect(pending[0]!.flags.map((f) => f.kind)).toEqual(['name', 'phone', 'health']);
    expect(pending[0]).toMatchObject({ source: 'online', supports: 0, supportsAtMost: 0, reports: 0, mustReword: false });

    const redacted = await moderate(box, pending[0]!.id, { action: 'redact', text: 'Merci à l’équipe médicale pour son suivi' });
    expect(redacted.status).toBe(200);
    expect(((await redacted.json()) as IdeaAdmin).flags).toEqual([]);
    const row = JSON.stringify(await storedIdea(pending[0]!.id));
    for (const part of ['Martin', '06 12', 'diabète']) expect(row).not.toContain(part);
    const follow = (await (await call(pubPath(box, `/receipts/${receipt}`))).json()) as IdeaFollow;
    expect(follow.text).toBe('Merci à l’équipe médicale pour son suivi');
    expect(follow.history.at(-1)).toMatchObject({ status: 'pending', note: { fr: 'Texte modifié par la modération' } });
  });

  it('nothing shows before approval; statuses need a public answer where the issue says so; history and days waited follow', async () => {
    const box = await createBox();
    const viewer = await account('viewer', box.owner.organisationId);
    await proposed(box, 'Un coin pour les enfants');
    const idea = await ideaByText(box, 'Un coin pour les enfants');
    expect(await publicIdeas(box)).toEqual([]);
    await expectError(await moderate(box, idea.id, { action: 'approve' }, viewer), 403, 'role');
    await expectError(await moderate(box, idea.id, { action: 'status', status: 'studying' }), 409, 'action');
    expect((await moderate(box, idea.id, { action: 'approve' })).status).toBe(200);
    await expectError(await moderate(box, idea.id, { action: 'approve' }), 409, 'action');
    expect((await publicIdeas(box)).map((i) => [i.text, i.status, i.supports])).toEqual([['Un coin pour les enfants', 'received', null]]);

    for (const status of ['retained', 'done', 'rejected']) await expectError(await moderate(box, idea.id, { action: 'status', status }), 422, 'answer');
    expect((await moderate(box, idea.id, { action: 'status', status: 'studying' })).status).toBe(200);
    const answer = { fr: 'Un coin jeux ouvre en juin', en: 'A play corner opens in June' };
    expect((await moderate(box, idea.id, { action: 'status', status: 'retained', answer })).status).toBe(200);
    const shown = (await publicIdeas(box))[0]!;
    expect(shown).toMatchObject({ status: 'retained', answer, waitedDays: 0 });
    expect(shown.history.map((h) => h.status)).toEqual(['received', 'studying', 'retained']);
    await expectError(await moderate(box, idea.id, { action: 'status', status: 'nope' }), 400, 'status');
    await expectError(
      await moderate(box, idea.id, { action: 'fly' }, { ...box.owner, headers: { ...box.owner.headers, 'Accept-Language': 'en' } }),
      400,
      'action',
    );
    await expectError(await moderate(box, crypto.randomUUID(), { action: 'approve' }), 404, 'ideaId');
    await expectError(await moderate(box, idea.id, { action: 'theme', theme: 'parking' }), 422, 'theme');
    expect((await moderate(box, idea.id, { action: 'theme', theme: 'horaires' })).status).toBe(200);
  });

  it('declines with a reason the author reads; a declined idea stays out of every public page and of the search', async () => {
    const box = await createBox();
    const receipt = await proposed(box, 'Renvoyer le docteur du mardi');
    const idea = await ideaByText(box, 'Renvoyer le docteur du mardi');
    await expectError(await moderate(box, idea.id, { action: 'decline', reason: 'x' }), 400, 'reason');
    expect((await moderate(box, idea.id, { action: 'decline', reason: 'Une idée vise une personne : reformulez-la' })).status).toBe(200);
    expect(((await (await call(pubPath(box, `/receipts/${receipt}`))).json()) as IdeaFollow).declineReason).toBe('Une idée vise une personne : reformulez-la');
    expect(await publicIdeas(box)).toEqual([]);
    await expectError(await moderate(box, idea.id, { action: 'redact', text: 'Autre chose' }), 409, 'action');
  });

  it('reports from distinct devices hide an idea pending review (once per device); unhiding restores it and counts afresh', async () => {
    const box = await createBox({ reportsToHide: 2 });
    const id = await publishedIdea(box, 'Idée contestée');
    const report = (token: string) => call(pubPath(box, `/ideas/${id}/report`), { method: 'POST', headers: { 'X-Idea-Token': token } });
    const first = newToken();
    for (let i = 0; i < 3; i++) expect((await report(first)).status).toBe(202);
    expect((await publicIdeas(box)).length).toBe(1);
    expect((await queue(box))[0]!.reports).toBe(1);
    expect((await report(newToken())).status).toBe(202);
    expect(await publicIdeas(box)).toEqual([]);
    const hidden = (await queue(box))[0]!;
    expect(hidden).toMatchObject({ status: 'hidden', reports: 2 });
    await expectError(await report(newToken()), 404, 'ideaId');
    await expectError(await call(pubPath(box, `/ideas/${id}/report`), { method: 'POST' }), 400, 'X-Idea-Token');

    expect((await moderate(box, id, { action: 'unhide' })).status).toBe(200);
    expect((await queue(box))[0]).toMatchObject({ status: 'received', reports: 0 });
    expect((await report(first)).status).toBe(202);
    expect((await publicIdeas(box)).length).toBe(1);
    const rows = await env.DB.prepare('SELECT reporter_hash FROM idea_reports WHERE idea_id = ?').bind(id).all<{ reporter_hash: string }>();
    expect(rows.results).toHaveLength(1);
    expect(rows.results[0]!.reporter_hash).not.toContain(first);
    // A moderator hides and shows it too.
    expect((await moderate(box, id, { action: 'hide' })).status).toBe(200);
    expect(await publicIdeas(box)).toEqual([]);
  });

  it('types in paper slips, marked « papier », through the same moderation; logs each action', async () => {
    const box = await createBox();
    const viewer = await account('viewer', box.owner.organisationId);
    await expectError(await postJson(`${box.base}/ideas`, { text: 'Slip', theme: 'accueil' }, viewer.headers), 403, 'role');
    await expectError(await postJson(`${box.base}/ideas`, { text: 'Une idée', theme: 'parking' }, box.owner.headers), 422, 'theme');
    const slip = await postJson(`${box.base}/ideas`, { text: 'Des magazines récents', theme: 'accueil' }, box.owner.headers);
    expect(slip.status).toBe(201);
    const idea = (await slip.json()) as IdeaAdmin;
    expect(idea).toMatchObject({ source: 'paper', status: 'pending' });
    expect((await storedIdea(idea.id))!.receipt_hash).toBeNull();
    await moderate(box, idea.id, { action: 'approve' });
    const log = (await (await call(`/api/orgs/${box.owner.organisationId}/audit`, { headers: box.owner.headers })).json()) as {
      events: { action: string; detail: Record<string, unknown> }[];
    };
    expect(log.events.find((e) => e.action === 'box.moderated')?.detail).toEqual({ idea: idea.id, action: 'approve' });
    await expectError(await call(`${box.base}/ideas?status=nope`, { headers: box.owner.headers }), 400, 'status');
  });
});
