import { Hono, type Context } from 'hono';
import { IdeaInput, MAX_IDEAS_PER_DEVICE_PER_DAY, SupportInput, type SupportReply } from '../../schema/ideas.ts';
import { isUniqueViolation } from '../db/client.ts';
import { addKioskSupport, reportIdea, setDeviceSupport, type SupportOutcome } from '../db/idea-supports.ts';
import { ideaInBox, insertDeviceIdea, insertIdea, supportFamily, withdrawIdea, type NewIdea } from '../db/ideas.ts';
import { formatReceipt, newReceipt, newSearchId } from '../domain/ideas/codes.ts';
import { deviceDayHash, receiptHash, reporterHash, supporterHash } from '../domain/ideas/hashes.ts';
import { isPublic, SUPPORTABLE, type StoredIdea } from '../domain/ideas/model.ts';
import { publicSupports } from '../domain/ideas/views.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { routeCachedPublicBox, routePublicBox, type PublicBoxEnv } from '../middleware/route-box.ts';
import { jsonBody } from '../middleware/validate.ts';
import {
  boxClosed,
  contributor,
  deviceToken,
  ideaNotFound,
  limitBoxRequests,
  paceDevice,
  receiptIdea,
  takeKioskTurn,
  today,
  type Contributor,
} from '../services/idea-common.ts';

/** A family merged while a support was being hashed is hashed again; more than this many times in a row is a 409. */
const SUPPORT_ATTEMPTS = 3;
/** Receipt codes are random (≈ 2^59): a clash is rare, and a fresh draw settles it. */
const RECEIPT_ATTEMPTS = 3;

/** The published idea of the route (404 for any other: pending ideas are not known to exist). */
async function publishedIdea(c: Context<PublicBoxEnv>): Promise<StoredIdea> {
  const idea = await ideaInBox(c.var.db, c.var.box.id, c.req.param('ideaId') ?? '');
  if (!idea || !isPublic(idea.status)) throw ideaNotFound(c.var.lang);
  return idea;
}

/** The idea supports go to (the route's, or the one it was merged into), with its family. */
async function supportTarget(c: Context<PublicBoxEnv>): Promise<{ root: StoredIdea; family: string[] }> {
  const found = await supportFamily(c.var.db, c.var.box.id, c.req.param('ideaId') ?? '');
  if (!found || !isPublic(found.root.status)) throw ideaNotFound(c.var.lang);
  return found;
}

async function deviceSupport(c: Context<PublicBoxEnv>, token: string, on: boolean): Promise<SupportOutcome & { root: StoredIdea }> {
  const { db, box } = c.var;
  for (let attempt = 1; attempt <= SUPPORT_ATTEMPTS; attempt++) {
    const { root, family } = await supportTarget(c);
    if (on && !SUPPORTABLE.includes(root.status)) throw decided(c);
    const hashes = new Map(await Promise.all(family.map(async (id) => [id, await supporterHash(token, box.id, id)] as const)));
    const outcome = await setDeviceSupport(db, { boxId: box.id, rootId: root.id, k: box.k }, hashes, on);
    if (!outcome.stale) return { ...outcome, root };
  }
  throw apiError(409, 'ideaId', { fr: 'Cette idée vient d’être regroupée : réessayez', en: 'This idea was just merged: retry' }, c.var.lang);
}

const decided = (c: Context<PublicBoxEnv>) =>
  apiError(
    409,
    'ideaId',
    { fr: 'Cette idée a déjà reçu sa réponse : elle ne prend plus de soutiens', en: 'This idea has been answered: it takes no more supports' },
    c.var.lang,
  );

async function checkOpen(c: Context<PublicBoxEnv>, who: Contributor): Promise<void> {
  if (c.var.box.status === 'closed') throw boxClosed(c.var.lang);
  if (who.kind === 'device') await paceDevice(c, who.token);
}

/**
 * What people do in a box (mounted under /api/b): propose an idea, support one (or take the support
 * back), report one, withdraw their own with its receipt code. A device sends its token
 * (X-Idea-Token), an enrolled kiosk its own (X-Kiosk). See schema/ideas.ts.
 */
export const ideasContributions = new Hono<PublicBoxEnv>()
  .post('/:slug/ideas', routeCachedPublicBox, limitBoxRequests, requireJson, limitBody, jsonBody(IdeaInput), async (c) => {
    const { box, db, lang } = c.var;
    const who = await contributor(c);
    const { text, theme } = c.req.valid('json');
    await checkOpen(c, who);
    if (!box.themes.some((t) => t.id === theme)) throw apiError(422, 'theme', { fr: 'Thème inconnu dans cette boîte', en: 'No such theme in this box' }, lang);
    if (who.kind === 'kiosk') await takeKioskTurn(c, box, who.kioskId);
    const day = today(c);
    for (let attempt = 1; ; attempt++) {
      const receipt = newReceipt();
      const idea: NewIdea = {
        id: crypto.randomUUID(),
        boxId: box.id,
        searchId: newSearchId(),
        theme,
        text,
        source: who.kind === 'kiosk' ? 'kiosk' : 'online',
        day,
        receiptHash: await receiptHash(box.id, receipt),
        history: [{ status: 'pending', on: day }],
      };
      try {
        if (who.kind === 'kiosk') await insertIdea(db, idea);
        else if (!(await insertDeviceIdea(db, idea, { hash: await deviceDayHash(who.token, box.id, day), cap: MAX_IDEAS_PER_DEVICE_PER_DAY }))) {
          c.header('Retry-After', '3600');
          throw apiError(
            429,
            '$',
            {
              fr: `Vous avez proposé ${MAX_IDEAS_PER_DEVICE_PER_DAY} idées aujourd’hui : revenez demain`,
              en: `You proposed ${MAX_IDEAS_PER_DEVICE_PER_DAY} ideas today: come back tomorrow`,
            },
            lang,
          );
        }
      } catch (error) {
        if (isUniqueViolation(error) && attempt < RECEIPT_ATTEMPTS) continue;
        throw error;
      }
      c.header('Cache-Control', 'no-store');
      return c.json({ status: 'pending' as const, receipt: formatReceipt(receipt) }, 201);
    }
  })

  /** On or off for a device (set, so a retry changes nothing); one more for a kiosk, which never takes one back. */
  .put('/:slug/ideas/:ideaId/support', routeCachedPublicBox, limitBoxRequests, requireJson, limitBody, jsonBody(SupportInput), async (c) => {
    const { box, db, lang } = c.var;
    const who = await contributor(c);
    const { on } = c.req.valid('json');
    await checkOpen(c, who);
    if (who.kind === 'device') {
      const outcome = await deviceSupport(c, who.token, on);
      if (outcome.stale) throw decided(c);
      return c.json<SupportReply>({ on, supports: publicSupports(outcome.supports, box.k) });
    }
    if (!on)
      throw apiError(
        409,
        'on',
        {
          fr: 'À la borne, un soutien ne se retire pas : rien ne dit qui l’a donné',
          en: 'At a kiosk a support cannot be taken back: nothing tells who gave it',
        },
        lang,
      );
    const { root, family } = await supportTarget(c);
    if (!SUPPORTABLE.includes(root.status)) throw decided(c);
    await takeKioskTurn(c, box, who.kioskId);
    const outcome = await addKioskSupport(db, { boxId: box.id, rootId: root.id, k: box.k }, family.length);
    return c.json<SupportReply>({ on: true, supports: outcome.stale ? null : publicSupports(outcome.supports, box.k) });
  })

  /** A report from a device: the idea is hidden, pending review, once the box's number of distinct devices reported it. */
  .post('/:slug/ideas/:ideaId/report', routePublicBox, limitBoxRequests, async (c) => {
    const { box, db } = c.var;
    if (c.req.header('X-Kiosk') !== undefined)
      throw apiError(
        400,
        'X-Kiosk',
        { fr: 'Une borne ne signale pas : signalez depuis votre téléphone', en: 'A kiosk does not report: report from your phone' },
        c.var.lang,
      );
    const token = deviceToken(c);
    await checkOpen(c, { kind: 'device', token });
    const idea = await publishedIdea(c);
    await reportIdea(db, {
      boxId: box.id,
      ideaId: idea.id,
      reporterHash: await reporterHash(token, box.id, idea.id),
      hideAt: box.reportsToHide,
      entry: { status: 'hidden', on: today(c) },
    });
    return c.json({ status: 'reported' as const }, 202);
  })

  /** The author withdraws their idea with its receipt code (again: still 204). */
  .delete('/:slug/receipts/:receipt', routePublicBox, limitBoxRequests, async (c) => {
    const idea = await receiptIdea(c);
    if (idea.status === 'withdrawn') return c.body(null, 204);
    if (['done', 'rejected', 'declined', 'merged'].includes(idea.status))
      throw apiError(
        409,
        'receipt',
        { fr: 'Cette idée est déjà tranchée : elle ne peut plus être retirée', en: 'This idea is settled: it can no longer be withdrawn' },
        c.var.lang,
      );
    await withdrawIdea(c.var.db, idea, { status: 'withdrawn', on: today(c) });
    return c.body(null, 204);
  });
