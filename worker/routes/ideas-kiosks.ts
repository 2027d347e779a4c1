import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import type { KioskSummary } from '../../schema/ideas.ts';
import { deleteKiosk, insertKiosk, kiosksOfBox } from '../db/idea-kiosks.ts';
import { newKioskToken } from '../domain/ideas/codes.ts';
import { kioskTokenHash } from '../domain/ideas/hashes.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { routeBox, type BoxEnv } from '../middleware/route-box.ts';
import { requireRole } from '../middleware/session.ts';
import { jsonBody } from '../middleware/validate.ts';
import { auditBox } from '../services/audit-trail.ts';
import { parisDay } from '../domain/paris-time.ts';

const KioskInput = v.strictObject({ label: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)) });

const day = (c: Context<BoxEnv>) => parisDay(c.var.clock());
const noStore = (c: Context<BoxEnv>) => c.header('Cache-Control', 'private, no-store');

/**
 * Kiosks of a box (mounted under /api/orgs/:orgId/boxes): a tablet in the waiting room is enrolled
 * with a link carrying a random token, shown this once (only its hash is kept) and revocable.
 * See schema/ideas.ts for the link's shape.
 */
export const ideasKiosks = new Hono<BoxEnv>()
  .post('/:boxId/kiosks', requireRole('editor'), routeBox, requireJson, limitBody, jsonBody(KioskInput), async (c) => {
    const { box, db } = c.var;
    const { label } = c.req.valid('json');
    const token = newKioskToken();
    const kioskId = crypto.randomUUID();
    await auditBox(c, 'box.kiosk_enrolled', box, { label });
    await insertKiosk(db, { id: kioskId, boxId: box.id, label, tokenHash: await kioskTokenHash(token), day: day(c) });
    // In the fragment: never sent to the server with the page, so never in a log.
    const link = `${new URL(c.req.url).origin}/b/${box.slug}/kiosk#kiosk=${token}${box.memberKey ? `&key=${box.memberKey}` : ''}`;
    noStore(c);
    return c.json({ kioskId, link }, 201);
  })

  .get('/:boxId/kiosks', requireRole('viewer'), routeBox, async (c) => {
    noStore(c);
    return c.json<{ kiosks: KioskSummary[] }>({ kiosks: await kiosksOfBox(c.var.db, c.var.box.id, day(c)) });
  })

  /** Revokes a kiosk: its token stops working at once. */
  .delete('/:boxId/kiosks/:kioskId', requireRole('editor'), routeBox, async (c) => {
    const { box, db, lang } = c.var;
    const kiosk = (await kiosksOfBox(db, box.id, day(c))).find((k) => k.id === c.req.param('kioskId'));
    if (!kiosk) throw apiError(404, 'kioskId', { fr: 'Borne introuvable', en: 'Kiosk not found' }, lang);
    await auditBox(c, 'box.kiosk_revoked', box, { label: kiosk.label });
    await deleteKiosk(db, box.id, kiosk.id);
    return c.body(null, 204);
  });
