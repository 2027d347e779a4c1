import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { IdeaAdmin, IdeaFollow } from '../../schema/ideas.ts';
import worker from '../../worker/index.ts';
import { account, call, createSurvey, demoAnswers, postJson, release, submit } from './helpers.ts';
import { createBox, expectError, ideaByText, moderate, newToken, proposed, publishedIdea, pubPath, queue, supportAll, tokens } from './ideas-helpers.ts';
import { admin, control, liveSession, vote, type Live } from './live-helpers.ts';
import { appAt, TestClock } from './support/clocked-app.ts';

const promote = (box: Awaited<ReturnType<typeof createBox>>, ideaId: string, body: unknown, headers = box.owner.headers) =>
  postJson(`${box.base}/ideas/${ideaId}/promote`, body, headers);

describe('idea boxes: from box to workshop to decision', () => {
  it('puts ideas to a ranking in a new workshop; closing the question brings rank and points back, « à l’étude »', async () => {
    const box = await createBox({ k: 3 });
    const ids = [
      await publishedIdea(box, 'Une permanence sociale'),
      await publishedIdea(box, 'Un atelier cuisine'),
      await publishedIdea(box, 'Un jardin partagé'),
    ];
    const made = await promote(box, ids[0]!, { type: 'ranking', with: [ids[1], ids[2]] });
    expect(made.status, await made.clone().text()).toBe(201);
    const { sessionId, questionId } = (await made.json()) as { sessionId: string; questionId: string };
    const live: Live = { owner: box.owner, id: sessionId, code: '', base: `/api/orgs/${box.owner.organisationId}/live/${sessionId}` };
    const state = await admin(live);
    expect(state.definition.settings.k).toBe(3);
    const question = state.definition.questions.find((q) => q.id === questionId)!;
    expect(question).toMatchObject({
      type: 'ranking',
      options: [{ label: { fr: 'Une permanence sociale' } }, { label: { fr: 'Un atelier cuisine' } }, { label: { fr: 'Un jardin partagé' } }],
    });
    const link = { kind: 'live', sessionId, questionId };
    expect((await queue(box)).find((i) => i.id === ids[0])!.history.at(-1)).toMatchObject({ status: 'received', link });

    expect((await call(`${live.base}/start`, { method: 'POST', headers: box.owner.headers })).status).toBe(200);
    expect((await control(live, questionId, 'open')).status).toBe(200);
    for (const order of [
      ['idee-2', 'idee-1', 'idee-3'],
      ['idee-2', 'idee-3', 'idee-1'],
      ['idee-1', 'idee-2', 'idee-3'],
    ])
      expect((await vote(live, newToken(), { questionId, value: order })).status).toBe(201);
    expect((await control(live, questionId, 'close')).status).toBe(200);
    const after = await queue(box);
    const second = after.find((i) => i.id === ids[1])!;
    expect(second.status).toBe('studying');
    expect(second.history.at(-1)).toEqual({
      status: 'studying',
      on: expect.any(String),
      link,
      note: { fr: 'Classement en atelier : 1re sur 3 (5 points, rang moyen 1,33)', en: 'Workshop ranking: 1st of 3 (5 points, mean rank 1.33)' },
    });
    // Recorded once: closing again adds nothing.
    await control(live, questionId, 'close');
    expect((await queue(box)).find((i) => i.id === ids[1])!.history).toHaveLength(second.history.length);
    // The coordinators then decide, with an answer the public reads with the idea's whole path.
    await moderate(box, ids[1]!, { action: 'status', status: 'retained', answer: { fr: 'Premier atelier en mai' } });
    const shown = ((await (await call(pubPath(box))).json()) as { ideas: IdeaAdmin[] }).ideas.find((i) => i.id === ids[1])!;
    expect(shown.history.map((h) => h.status)).toEqual(['received', 'received', 'studying', 'retained']);
  });

  it('adds a dot vote to an existing workshop; ending the session records a result under k as such', async () => {
    const box = await createBox({ k: 3 });
    const live = await liveSession(undefined, true, box.owner);
    const ids = [await publishedIdea(box, 'Idée un'), await publishedIdea(box, 'Idée deux')];
    const made = await promote(box, ids[0]!, { type: 'dots', with: [ids[1]], sessionId: live.id });
    expect(made.status).toBe(201);
    const { questionId } = (await made.json()) as { questionId: string };
    const state = await admin(live);
    expect(state.definition.questions.at(-1)).toMatchObject({ id: questionId, type: 'dots', points: 10 });
    await control(live, questionId, 'open');
    await vote(live, newToken(), { questionId, value: { 'idee-1': 7, 'idee-2': 3 } });
    expect((await call(`${live.base}/end`, { method: 'POST', headers: box.owner.headers })).status).toBe(200);
    const idea = (await queue(box)).find((i) => i.id === ids[0])!;
    expect(idea.status).toBe('studying');
    expect(idea.history.at(-1)!.note!.fr).toBe('Vote en atelier : moins de 3 votant·es, pas de résultat publié');
  });

  it('refuses promotions that cannot be voted on', async () => {
    const box = await createBox();
    const viewer = await account('viewer', box.owner.organisationId);
    const [a, b] = [await publishedIdea(box, 'A idée'), await publishedIdea(box, 'B idée')];
    await proposed(box, 'En attente encore');
    const pending = await ideaByText(box, 'En attente encore');
    await expectError(await promote(box, a, { type: 'ranking' }), 422, 'with');
    await expectError(await promote(box, a, { type: 'ranking', with: [a] }), 422, 'with');
    await expectError(await promote(box, a, { type: 'ranking', with: [pending.id] }), 409, 'with');
    await expectError(await promote(box, a, { type: 'ranking', with: [crypto.randomUUID()] }), 404, 'with');
    await expectError(await promote(box, a, { type: 'vote', with: [b] }), 400, 'type');
    await expectError(await promote(box, a, { type: 'ranking', with: [b], sessionId: crypto.randomUUID() }), 404, 'sessionId');
    await expectError(await promote(box, a, { type: 'ranking', with: [b] }, viewer.headers), 403, 'role');
    const stranger = await liveSession();
    await expectError(await promote(box, a, { type: 'ranking', with: [b], sessionId: stranger.id }), 404, 'sessionId');
  });

  it('brings a survey’s released free texts in as pending ideas to reword, each text once', async () => {
    const box = await createBox();
    const survey = await createSurvey({ settings: { k: 3, resultsVisibility: 'private' } }, true, box.owner);
    const texts = ['Plus de réunions de secteur', 'Un annuaire partagé', 'Appeler Mme Durand au 06 12 34 56 78'];
    const body = { surveyId: survey.id, questionId: 'comments', theme: 'horaires' };
    for (const comments of texts) expect((await submit(survey.slug, demoAnswers({ comments }))).status).toBe(201);
    await expectError(await postJson(`${box.base}/import-texts`, body, box.owner.headers), 409, 'questionId');
    await release(survey.id);
    await expectError(await postJson(`${box.base}/import-texts`, { ...body, questionId: 'profession' }, box.owner.headers), 400, 'questionId');
    await expectError(await postJson(`${box.base}/import-texts`, { ...body, questionId: 'nope' }, box.owner.headers), 404, 'questionId');
    await expectError(await postJson(`${box.base}/import-texts`, { ...body, theme: 'parking' }, box.owner.headers), 422, 'theme');
    const imported = await postJson(`${box.base}/import-texts`, body, box.owner.headers);
    expect(await imported.json()).toEqual({ created: 3 });
    expect(await (await postJson(`${box.base}/import-texts`, body, box.owner.headers)).json()).toEqual({ created: 0 });
    const ideas = await queue(box, '?status=pending');
    expect(ideas.map((i) => i.text).sort()).toEqual([...texts].sort());
    for (const idea of ideas)
      expect(idea).toMatchObject({
        source: 'survey',
        mustReword: true,
        theme: 'horaires',
        history: [{ status: 'pending', link: { kind: 'survey', surveyId: survey.id } }],
      });
    const flagged = ideas.find((i) => i.text.startsWith('Appeler'))!;
    expect(flagged.flags.map((f) => f.kind)).toEqual(['name', 'phone']);
    await expectError(await moderate(box, flagged.id, { action: 'approve' }), 409, 'text');
    await moderate(box, flagged.id, { action: 'redact', text: 'Mieux joindre le secrétariat' });
    expect((await moderate(box, flagged.id, { action: 'approve' })).status).toBe(200);
    const stranger = await createSurvey({}, true);
    await expectError(await postJson(`${box.base}/import-texts`, { ...body, surveyId: stranger.id }, box.owner.headers), 404, 'surveyId');
  });

  it('exports published ideas with supports from k, answers and workshop links; no author data; logged', async () => {
    const box = await createBox({ k: 3 });
    const viewer = await account('viewer', box.owner.organisationId);
    const popular = await publishedIdea(box, 'Idée populaire');
    await publishedIdea(box, 'Idée discrète');
    await proposed(box, 'Pas encore lue, avec le 06 12 34 56 78');
    await supportAll(box, popular, tokens(4));
    await moderate(box, popular, { action: 'status', status: 'done', answer: { fr: 'C’est fait' } });
    const csv = await call(`${box.base}/export.csv`, { headers: viewer.headers });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('Content-Disposition')).toBe(`attachment; filename="pouls-idees-${box.slug}.csv"`);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).not.toContain('06 12');
    const rows = Papa.parse<string[]>(text, { delimiter: ';' }).data;
    const header = rows.findIndex((r) => r[0] === 'Thème');
    expect(rows[header]).toEqual([
      'Thème',
      'Idée',
      'Origine',
      'Statut',
      'Soutiens',
      'Proposée le',
      'Jours d’attente',
      'Réponse publique',
      'Regroupée dans',
      'Ateliers',
    ]);
    const lines = rows.slice(header + 1).filter((r) => r.length > 1);
    expect(lines.map((r) => [r[1], r[3], r[4], r[7]])).toEqual(
      expect.arrayContaining([
        ['Idée populaire', 'réalisée', '4', 'C’est fait'],
        ['Idée discrète', 'reçue', 'moins de 3', ''],
      ]),
    );
    expect(lines).toHaveLength(2);
    const xlsx = await call(`${box.base}/export.xlsx?lang=en`, { headers: viewer.headers });
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    await expectError(await call(`${box.base}/export.csv?lang=de`, { headers: viewer.headers }), 400, 'lang');
    const log = (await (await call(`/api/orgs/${box.owner.organisationId}/audit`, { headers: box.owner.headers })).json()) as {
      events: { action: string; detail: { format?: string } }[];
    };
    expect(
      log.events
        .filter((e) => e.action === 'box.exported')
        .map((e) => e.detail.format)
        .sort(),
    ).toEqual(['export.csv', 'export.xlsx']);
  });
});

describe('idea boxes: retention', () => {
  it('the daily job deletes declined and withdrawn ideas, and settled ideas’ receipt codes, past the box’s retention', async () => {
    const clock = new TestClock('2026-03-10T10:00:00Z');
    const app = appAt(clock);
    const box = await createBox({ retentionMonths: 6 }, await account('owner', undefined, app), app);
    const withdrawn = await proposed(box, 'Je la retire');
    const declinedReceipt = await proposed(box, 'Refusée');
    const doneReceipt = await proposed(box, 'Réalisée');
    const waiting = await proposed(box, 'Toujours à l’étude');
    const ids = Object.fromEntries((await queue(box)).map((i) => [i.text, i.id]));
    const supporter = newToken();
    await moderate(box, ids['Refusée']!, { action: 'decline', reason: 'Hors sujet' });
    for (const text of ['Réalisée', 'Toujours à l’étude', 'Je la retire']) await moderate(box, ids[text]!, { action: 'approve' });
    await supportAll(box, ids['Je la retire']!, [supporter]);
    await moderate(box, ids['Réalisée']!, { action: 'status', status: 'done', answer: { fr: 'Fait' } });
    expect((await app.call(pubPath(box, `/receipts/${withdrawn}`), { method: 'DELETE' })).status).toBe(204);

    const run = async (at: string) => {
      const ctx = createExecutionContext();
      await worker.scheduled(createScheduledController({ scheduledTime: Date.parse(at), cron: '17 * * * *' }), env, ctx);
      await waitOnExecutionContext(ctx);
    };
    // Read from D1: the same job also ends the coordinator's expired session.
    const texts = async () =>
      (await env.DB.prepare('SELECT text FROM ideas WHERE box_id = ? ORDER BY text').bind(box.id).all<{ text: string }>()).results.map((r) => r.text);
    await run('2026-09-09T01:17:00Z'); // 03:17 in Paris (summer time)
    expect(await texts()).toHaveLength(4);
    await run('2026-09-10T01:17:00Z');
    expect(await texts()).toEqual(['Réalisée', 'Toujours à l’étude']);
    for (const receipt of [withdrawn, declinedReceipt, doneReceipt]) await expectError(await call(pubPath(box, `/receipts/${receipt}`)), 404, 'receipt');
    expect(((await (await call(pubPath(box, `/receipts/${waiting}`))).json()) as IdeaFollow).status).toBe('received');
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM idea_supports WHERE idea_id = ?').bind(ids['Je la retire']).first('n')).toBe(0);
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM idea_device_days WHERE day < '2026-09-10'").first('n')).toBe(0);
  });
});
