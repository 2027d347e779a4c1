import { Hono, type Context } from 'hono';
import { ideaBoxNotice, ideaBoxRecord } from '../../schema/idea-privacy.ts';
import { BoxInput, type Box, type BoxPrivacy } from '../../schema/ideas.ts';
import { localize, type Lang } from '../../schema/lang.ts';
import { ideaBoxTemplates } from '../../schema/templates/idea-boxes.ts';
import { isUniqueViolation } from '../db/client.ts';
import { deleteIdeaBox, forgetIdeaBox, ideaBoxInOrganisation, ideaBoxSummaries, insertIdeaBox, themesInUse, updateIdeaBox } from '../db/idea-boxes.ts';
import { organisationName } from '../db/organisations.ts';
import { newMemberKey } from '../domain/ideas/codes.ts';
import type { StoredBox } from '../domain/ideas/model.ts';
import { qrMatrix, qrSvg } from '../domain/qr.ts';
import type { MemberEnv } from '../env.ts';
import { ApiError, apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { routeBox } from '../middleware/route-box.ts';
import { requireRole } from '../middleware/session.ts';
import { jsonBody } from '../middleware/validate.ts';
import { auditBox } from '../services/audit-trail.ts';
import { boxAddress } from '../services/idea-common.ts';
import { parisDay } from '../domain/paris-time.ts';

/** A box as coordinators read it (the display's counter stays inside). */
export function toBox({ shown: _shown, ...box }: StoredBox): Box {
  return box;
}

const slugTaken = (lang: Lang) =>
  apiError(409, 'slug', { fr: 'Cette adresse est déjà prise par une autre boîte à idées', en: 'This slug is already used by another idea box' }, lang);

/** Theme ids name ideas' themes: each once. */
function checkThemes(lang: Lang, input: BoxInput): void {
  const seen = new Set<string>();
  const problems = input.themes.flatMap((theme, i) => {
    if (!seen.has(theme.id)) return seen.add(theme.id) && [];
    return [{ path: `themes.${i}.id`, message: lang === 'en' ? 'This theme id is already used' : 'Cet identifiant de thème est déjà utilisé' }];
  });
  if (problems.length > 0) throw new ApiError(422, problems);
}

const noStore = <E extends MemberEnv>(c: Context<E>) => c.header('Cache-Control', 'private, no-store');

/**
 * An organisation's idea boxes (mounted under /api/orgs/:orgId/boxes): viewers read, editors build,
 * owners delete. Moderation, workshops, exports and kiosks are in ideas-moderation.ts,
 * ideas-flow.ts and ideas-kiosks.ts. See schema/ideas.ts.
 */
export const ideasBoxes = new Hono<MemberEnv>()
  .get('/', requireRole('viewer'), async (c) => {
    noStore(c);
    return c.json({ boxes: await ideaBoxSummaries(c.var.db, c.req.param('orgId')!) });
  })

  .post('/', requireRole('editor'), requireJson, limitBody, jsonBody(BoxInput, 422), async (c) => {
    const input = c.req.valid('json');
    checkThemes(c.var.lang, input);
    const id = crypto.randomUUID();
    const organisationId = c.req.param('orgId')!;
    try {
      await insertIdeaBox(c.var.db, {
        id,
        organisationId,
        input,
        memberKey: input.audience === 'members' ? newMemberKey() : null,
        day: parisDay(c.var.clock()),
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw slugTaken(c.var.lang);
      throw error;
    }
    noStore(c);
    return c.json<Box>(toBox((await ideaBoxInOrganisation(c.var.db, organisationId, id))!), 201);
  })

  .get('/templates', requireRole('viewer'), (c) => c.json({ templates: ideaBoxTemplates }))

  .get('/:boxId', requireRole('viewer'), routeBox, (c) => {
    noStore(c);
    return c.json<Box>(toBox(c.var.box));
  })

  /** Replaces the definition. Themes may be added or renamed, never removed once an idea has them. */
  .put('/:boxId', requireRole('editor'), routeBox, requireJson, limitBody, jsonBody(BoxInput, 422), async (c) => {
    const { box, db, lang } = c.var;
    const input = c.req.valid('json');
    checkThemes(c.var.lang, input);
    const kept = new Set(input.themes.map((t) => t.id));
    const removed = [...(await themesInUse(db, box.id))].filter((theme) => !kept.has(theme));
    if (removed.length > 0)
      throw apiError(
        409,
        'themes',
        {
          fr: `Des idées ont ce thème : il ne peut pas être retiré (${removed.join(', ')})`,
          en: `Some ideas have this theme: it cannot be removed (${removed.join(', ')})`,
        },
        lang,
      );
    // A members' box keeps its key (links already given keep working); a public one has none.
    const memberKey = input.audience === 'members' ? (box.memberKey ?? newMemberKey()) : null;
    try {
      await updateIdeaBox(db, box.id, input, memberKey);
    } catch (error) {
      if (isUniqueViolation(error)) throw slugTaken(c.var.lang);
      throw error;
    }
    forgetIdeaBox(box.slug);
    noStore(c);
    return c.json<Box>(toBox((await ideaBoxInOrganisation(db, box.organisationId, box.id))!));
  })

  /** Deletes the box with its ideas, supports, reports, kiosks and workshop links (owner). */
  .delete('/:boxId', requireRole('owner'), routeBox, async (c) => {
    await auditBox(c, 'box.deleted', c.var.box);
    await deleteIdeaBox(c.var.db, c.var.box.id);
    forgetIdeaBox(c.var.box.slug);
    return c.body(null, 204);
  })

  /** What people are told, and a draft entry for the organisation's GDPR record. */
  .get('/:boxId/privacy', requireRole('viewer'), routeBox, async (c) => {
    const { box, db, lang } = c.var;
    const organisation = (await organisationName(db, box.organisationId)) ?? '';
    return c.json<BoxPrivacy>({ notice: ideaBoxNotice(box, organisation, lang), record: ideaBoxRecord(box, organisation, lang) });
  })

  .get('/:boxId/qr.svg', requireRole('viewer'), routeBox, (c) => {
    const { box, lang } = c.var;
    const url = boxAddress(new URL(c.req.url).origin, box);
    const title = localize(box.title, lang);
    noStore(c);
    c.header('Content-Type', 'image/svg+xml; charset=utf-8');
    c.header('Content-Disposition', `inline; filename="pouls-boite-${box.slug}.svg"`);
    return c.body(qrSvg(qrMatrix(url), lang === 'en' ? `QR code of the idea box “${title}”: ${url}` : `Code QR de la boîte à idées « ${title} » : ${url}`));
  });
