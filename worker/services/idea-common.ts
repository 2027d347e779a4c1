import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import * as v from 'valibot';
import { IdeaToken, KIOSK_PAUSE_SECONDS, ReceiptCode } from '../../schema/ideas.ts';
import type { Lang } from '../../schema/lang.ts';
import { toErrorItems } from '../../schema/messages.ts';
import { claimKioskTurn, kioskByToken } from '../db/idea-kiosks.ts';
import { ideaByReceipt } from '../db/ideas.ts';
import { kioskTokenHash, receiptHash } from '../domain/ideas/hashes.ts';
import { sha256Hex } from '../domain/secrets.ts';
import type { StoredBox } from '../domain/ideas/model.ts';
import { clientKey } from '../middleware/client-key.ts';
import { ApiError, apiError } from '../middleware/errors.ts';
import type { PublicBoxEnv } from '../middleware/route-box.ts';
import { nextParisMidnight, parisDay } from '../domain/paris-time.ts';

/** Who contributes: a device (its token, never stored) or an enrolled kiosk (no one in particular). */
export type Contributor = { kind: 'device'; token: string } | { kind: 'kiosk'; kioskId: string };

export const today = (c: Context<PublicBoxEnv>) => parisDay(c.var.clock());

export const ideaNotFound = (lang: Lang) => apiError(404, 'ideaId', { fr: 'Idée introuvable', en: 'Idea not found' }, lang);

/** The box's public address (with its key for a members' box): what the QR code and the screen show. */
export function boxAddress(origin: string, box: Pick<StoredBox, 'slug' | 'memberKey'>): string {
  return `${origin}/b/${box.slug}${box.memberKey ? `?key=${box.memberKey}` : ''}`;
}

/** The idea the route's `:receipt` code follows (400 for a malformed code, 404 for an unknown one). */
export async function receiptIdea(c: Context<PublicBoxEnv>) {
  const code = v.safeParse(ReceiptCode, c.req.param('receipt'), { lang: c.var.lang });
  if (!code.success) throw new ApiError(400, toErrorItems(code.issues, 'receipt'));
  const idea = await ideaByReceipt(c.var.db, c.var.box.id, await receiptHash(c.var.box.id, code.output));
  if (!idea) throw apiError(404, 'receipt', { fr: 'Aucune idée avec ce code de suivi', en: 'No idea with this receipt code' }, c.var.lang);
  return idea;
}

export const boxClosed = (lang: Lang) =>
  apiError(
    409,
    'status',
    { fr: 'Cette boîte à idées est fermée : elle ne reçoit plus d’idées ni de soutiens', en: 'This idea box is closed: it no longer takes ideas or supports' },
    lang,
  );

function tooMany(c: Context<PublicBoxEnv>, seconds: number, fr: string, en: string): ApiError {
  c.header('Retry-After', String(seconds));
  return apiError(429, '$', { fr, en }, c.var.lang);
}

function headerToken(c: Context<PublicBoxEnv>, header: 'X-Idea-Token' | 'X-Kiosk', raw: string): string {
  const parsed = v.safeParse(IdeaToken, raw, { lang: c.var.lang });
  if (!parsed.success) throw new ApiError(400, toErrorItems(parsed.issues, header));
  return parsed.output;
}

/** The device's token (X-Idea-Token), required. */
export function deviceToken(c: Context<PublicBoxEnv>): string {
  const raw = c.req.header('X-Idea-Token');
  if (raw === undefined) throw apiError(400, 'X-Idea-Token', { fr: 'Jeton d’appareil manquant', en: 'Missing device token' }, c.var.lang);
  return headerToken(c, 'X-Idea-Token', raw);
}

/** An enrolled kiosk of this box (X-Kiosk), or else a device (X-Idea-Token). A revoked or unknown kiosk is refused. */
export async function contributor(c: Context<PublicBoxEnv>): Promise<Contributor> {
  const raw = c.req.header('X-Kiosk');
  if (raw === undefined) return { kind: 'device', token: deviceToken(c) };
  const kiosk = await kioskByToken(c.var.db, c.var.box.id, await kioskTokenHash(headerToken(c, 'X-Kiosk', raw)));
  if (!kiosk)
    throw apiError(403, 'X-Kiosk', { fr: 'Cette borne n’est pas (ou plus) enregistrée', en: 'This kiosk is not (or no longer) enrolled' }, c.var.lang);
  return { kind: 'kiosk', kioskId: kiosk.id };
}

/** Public writes and look-ups of a box, per client address (hashed with the day's secret, never stored). */
export const limitBoxRequests = createMiddleware<PublicBoxEnv>(async (c, next) => {
  const { success } = await c.env.IDEA_ADDRESS_LIMITER.limit({ key: await clientKey(c, `ideas|${c.var.box.id}`) });
  if (!success) throw tooMany(c, 60, 'Trop de requêtes : réessayez dans une minute', 'Too many requests: retry in a minute');
  await next();
});

/** A device's pace in a box (IDEA_DEVICE_LIMITER), under a hash of its token that nothing stores. */
export async function paceDevice(c: Context<PublicBoxEnv>, token: string): Promise<void> {
  const { success } = await c.env.IDEA_DEVICE_LIMITER.limit({ key: await sha256Hex(`idea-device|${c.var.box.id}|${token}`) });
  if (!success) throw tooMany(c, 60, 'Trop d’actions depuis cet appareil : réessayez dans une minute', 'Too many actions from this device: retry in a minute');
}

/**
 * A kiosk's turn: after each contribution it pauses KIOSK_PAUSE_SECONDS (the next person's turn),
 * and it takes the box's kioskDailyCap contributions a day. Nothing about the person is kept.
 */
export async function takeKioskTurn(c: Context<PublicBoxEnv>, box: StoredBox, kioskId: string): Promise<void> {
  const now = c.var.clock();
  const turn = await claimKioskTurn(c.var.db, kioskId, {
    now: now.toISOString(),
    until: new Date(now.getTime() + KIOSK_PAUSE_SECONDS * 1000).toISOString(),
    today: parisDay(now),
    cap: box.kioskDailyCap,
  });
  if (turn.ok) return;
  if (turn.reason === 'paused') {
    const seconds = Math.max(1, Math.ceil((Date.parse(turn.until) - now.getTime()) / 1000));
    throw tooMany(c, seconds, 'Un instant : la borne se prépare pour la personne suivante', 'One moment: the kiosk is getting ready for the next person');
  }
  const midnight = nextParisMidnight(now).getTime();
  throw tooMany(
    c,
    Math.ceil((midnight - now.getTime()) / 1000),
    'Cette borne a reçu toutes les contributions prévues pour aujourd’hui : revenez demain, ou proposez en ligne',
    'This kiosk took all the contributions planned for today: come back tomorrow, or propose online',
  );
}
