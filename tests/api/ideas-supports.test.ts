import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { BoxDisplay, BoxPublic, IdeaAdmin, SupportReply } from '../../schema/ideas.ts';
import { call, postJson } from './helpers.ts';
import {
  boxInput,
  createBox,
  expectError,
  moderate,
  newToken,
  publishedIdea,
  pubPath,
  queue,
  support,
  supportAll,
  tokens,
  type TestBox,
} from './ideas-helpers.ts';

const admin = async (box: TestBox, id: string) => (await queue(box)).find((i) => i.id === id)!;
const shown = async (box: TestBox) => ((await (await call(pubPath(box))).json()) as BoxPublic).ideas;

async function display(box: TestBox, etag?: string): Promise<{ status: number; etag: string; body: BoxDisplay | null }> {
  const response = await call(pubPath(box, '/display'), { headers: etag ? { 'If-None-Match': etag } : {} });
  return { status: response.status, etag: response.headers.get('ETag')!, body: response.status === 200 ? ((await response.json()) as BoxDisplay) : null };
}

describe('idea boxes: supports', () => {
  it('one support per device and idea, set on or off (a retry changes nothing); shown from k, exact for coordinators', async () => {
    const box = await createBox({ k: 3 });
    const id = await publishedIdea(box, 'Des rendez-vous le soir');
    const [a, b, c] = tokens(3);
    for (let i = 0; i < 2; i++) expect(await (await support(box, id, a!)).json()).toEqual({ on: true, supports: null } satisfies SupportReply);
    await supportAll(box, id, [b!]);
    expect((await admin(box, id)).supports).toBe(2);
    expect((await shown(box))[0]!.supports).toBeNull();
    expect(await (await support(box, id, c!)).json()).toEqual({ on: true, supports: 3 });
    expect((await shown(box))[0]!.supports).toBe(3);
    for (let i = 0; i < 2; i++) expect(await (await support(box, id, a!, false)).json()).toEqual({ on: false, supports: null });
    expect((await admin(box, id)).supports).toBe(2);
    await expectError(
      await call(pubPath(box, `/ideas/${id}/support`), {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-Idea-Token': a! },
        body: '{"on":"yes"}',
      }),
      400,
      'on',
    );
    await expectError(await support(box, crypto.randomUUID(), a!), 404, 'ideaId');
  });

  it('keeps nothing that links one device’s supports: a hash per idea, no token, no time', async () => {
    const box = await createBox();
    const [x, y] = [await publishedIdea(box, 'Idée X'), await publishedIdea(box, 'Idée Y')];
    const device = newToken();
    await supportAll(box, x, [device]);
    await supportAll(box, y, [device]);
    const rows = await env.DB.prepare('SELECT * FROM idea_supports WHERE idea_id IN (?, ?)').bind(x, y).all<Record<string, unknown>>();
    expect(rows.results).toHaveLength(2);
    expect(Object.keys(rows.results[0]!).sort()).toEqual(['idea_id', 'sole', 'supporter_hash']);
    expect(rows.results[0]!.supporter_hash).not.toBe(rows.results[1]!.supporter_hash);
    expect(JSON.stringify(rows.results)).not.toContain(device);
  });

  it('refuses supports on pending, hidden and answered ideas (taking one back stays possible), and in a closed box', async () => {
    const box = await createBox();
    const done = await publishedIdea(box, 'Déjà faite');
    const t = newToken();
    await supportAll(box, done, [t]);
    await moderate(box, done, { action: 'status', status: 'done', answer: { fr: 'Fait' } });
    await expectError(await support(box, done, newToken()), 409, 'ideaId');
    expect((await support(box, done, t, false)).status).toBe(200);
    const slip = (await (await postJson(`${box.base}/ideas`, { text: 'En attente', theme: 'accueil' }, box.owner.headers)).json()) as IdeaAdmin;
    await expectError(await support(box, slip.id, t), 404, 'ideaId');
    const open = await publishedIdea(box, 'Ouverte');
    await postJson(box.base, boxInput({ slug: box.slug, status: 'closed' }), box.owner.headers, 'PUT');
    await expectError(await support(box, open, t), 409, 'status');
  });

  it('paces each device (30 writes a minute per box)', async () => {
    const box = await createBox();
    const id = await publishedIdea(box, 'Idée très soutenue');
    const t = newToken();
    for (let i = 0; i < 30; i++) expect((await support(box, id, t, i % 2 === 0)).status).toBe(200);
    const paced = await support(box, id, t);
    await expectError(paced, 429, '$');
    expect(paced.headers.get('Retry-After')).toBe('60');
    expect((await support(box, id, newToken())).status).toBe(200);
  });

  it('sorts each theme by supports from k; ideas under k come after, their counts untold', async () => {
    const box = await createBox({ k: 3 });
    const few = await publishedIdea(box, 'Peu soutenue');
    const many = await publishedIdea(box, 'Très soutenue');
    const some = await publishedIdea(box, 'Assez soutenue');
    const other = await publishedIdea(box, 'Autre thème', 'horaires');
    await supportAll(box, many, tokens(5));
    await supportAll(box, some, tokens(3));
    await supportAll(box, few, tokens(2));
    await supportAll(box, other, tokens(6));
    expect((await shown(box)).map((i) => [i.text, i.supports])).toEqual([
      ['Très soutenue', 5],
      ['Assez soutenue', 3],
      ['Peu soutenue', null],
      ['Autre thème', 6],
    ]);
  });

  it('the display answers 304 until what it shows changes: a count from k, or crossing k, not a support under k', async () => {
    const box = await createBox({ k: 3 });
    const id = await publishedIdea(box, 'Un écran plus grand');
    const first = await display(box);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ slug: box.slug, k: 3, address: `https://pouls.example/b/${box.slug}`, answered: [] });
    expect(first.body!.ideas.map((i) => [i.text, i.supports])).toEqual([['Un écran plus grand', null]]);
    expect(first.etag).toBe(`"${first.body!.version}"`);
    expect((await display(box, first.etag)).status).toBe(304);
    const [a, b, c] = tokens(3);
    await supportAll(box, id, [a!, b!]);
    expect((await display(box, first.etag)).status).toBe(304);
    await supportAll(box, id, [c!]);
    const third = await display(box, first.etag);
    expect(third.status).toBe(200);
    expect(third.body!.ideas[0]!.supports).toBe(3);
    await support(box, id, a!, false);
    const crossed = await display(box, third.etag);
    expect(crossed.status).toBe(200);
    expect(crossed.body!.ideas[0]!.supports).toBeNull();
    await support(box, id, b!, false);
    expect((await display(box, crossed.etag)).status).toBe(304);
    await moderate(box, id, { action: 'status', status: 'retained', answer: { fr: 'Commandé' } });
    const answered = await display(box, crossed.etag);
    expect(answered.body!.answered.map((i) => i.answer)).toEqual([{ fr: 'Commandé' }]);
    // A members' box shows its address with its key, and needs it.
    const members = await createBox({ audience: 'members' });
    expect((await display(members)).body!.address).toBe(`https://pouls.example/b/${members.slug}?key=${members.key}`);
    await expectError(await call(`${members.pub}/display`), 404, 'slug');
  });
});

describe('idea boxes: merges count nobody twice', () => {
  it('supports move over; the count is a lower bound until devices come back, then exact', async () => {
    const box = await createBox({ k: 3 });
    const a = await publishedIdea(box, 'Une boîte à livres');
    const b = await publishedIdea(box, 'Des livres dans la salle d’attente');
    const [d1, d2, d3, d4, d5] = tokens(5);
    await supportAll(box, a, [d1!, d2!, d3!]);
    await supportAll(box, b, [d3!, d4!]);
    const merged = await moderate(box, a, { action: 'merge', into: b });
    expect(merged.status).toBe(200);
    expect(await merged.json()).toMatchObject({ status: 'merged', mergedInto: b });
    // Four distinct devices; nobody can tell d3 supported both: at least 3, at most 5.
    expect(await admin(box, b)).toMatchObject({ supports: 3, supportsAtMost: 5 });
    expect((await shown(box)).map((i) => i.text)).toEqual(['Des livres dans la salle d’attente']);

    // Devices coming back are recognised under either idea's hash, and counted once.
    await supportAll(box, b, [d3!]);
    expect(await admin(box, b)).toMatchObject({ supports: 3, supportsAtMost: 4 });
    await supportAll(box, b, [d1!, d4!]);
    expect(await admin(box, b)).toMatchObject({ supports: 4, supportsAtMost: 4 });
    // Through the merged idea's id, a support lands on the idea it went into.
    expect(await (await support(box, a, d5!)).json()).toEqual({ on: true, supports: 5 });
    expect(await (await support(box, a, d2!, false)).json()).toEqual({ on: false, supports: 4 });
    await supportAll(box, b, [d1!]);
    expect(await admin(box, b)).toMatchObject({ supports: 4, supportsAtMost: 4 });
    await expectError(await moderate(box, a, { action: 'approve' }), 409, 'action');
    await expectError(await moderate(box, b, { action: 'merge', into: b }), 422, 'into');
    await expectError(await moderate(box, b, { action: 'merge', into: a }), 409, 'into');
    await expectError(await moderate(box, b, { action: 'merge', into: crypto.randomUUID() }), 404, 'into');
  });

  it('random supports, withdrawals and merges: never more than the distinct devices, never fewer than the bound, exact once all came back', async () => {
    const box = await createBox({ k: 3 });
    let seed = 20260313;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const ideas = [];
    for (let i = 0; i < 5; i++) ideas.push(await publishedIdea(box, `Idée aléatoire ${i}`));
    const devices = tokens(12);
    /** The truth the server cannot see: each root's distinct supporting devices. */
    const truth = new Map(ideas.map((id) => [id, new Set<string>()]));
    const rootOf = new Map(ideas.map((id) => [id, id]));
    const root = (id: string): string => (rootOf.get(id) === id ? id : root(rootOf.get(id)!));
    const check = async () => {
      for (const [id, set] of truth) {
        if (root(id) !== id) continue;
        const seen = await admin(box, id);
        expect(seen.supports, `idea ${id}`).toBeLessThanOrEqual(set.size);
        expect(seen.supportsAtMost).toBeGreaterThanOrEqual(set.size);
      }
    };
    let merges = 0;
    for (let step = 0; step < 120; step++) {
      const roll = random();
      if (roll < 0.05) {
        const roots = ideas.filter((id) => root(id) === id);
        if (roots.length < 2) continue;
        const from = pick(roots);
        const into = pick(roots.filter((id) => id !== from));
        expect((await moderate(box, from, { action: 'merge', into })).status).toBe(200);
        rootOf.set(from, into);
        merges++;
        for (const device of truth.get(from)!) truth.get(into)!.add(device);
        truth.get(from)!.clear();
        await check();
        continue;
      }
      const device = pick(devices);
      const target = pick(ideas);
      const on = roll < 0.8;
      expect((await support(box, target, device, on)).status).toBe(200);
      if (on) truth.get(root(target))!.add(device);
      else truth.get(root(target))!.delete(device);
      if (step % 10 === 9) await check();
    }
    await check();
    expect(merges).toBeGreaterThanOrEqual(3);
    // Everyone comes back and says what they support: the counts are then exact.
    for (const [id, set] of truth) for (const device of set) await supportAll(box, id, [device]);
    for (const [id, set] of truth) {
      if (root(id) !== id) continue;
      expect(await admin(box, id)).toMatchObject({ supports: set.size, supportsAtMost: set.size });
    }
  });
});
