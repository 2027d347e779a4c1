import { createMiddleware } from 'hono/factory';
import type { Lang } from '../../schema/lang.ts';
import { ideaBoxBySlug, ideaBoxInOrganisation } from '../db/idea-boxes.ts';
import type { StoredBox } from '../domain/ideas/model.ts';
import type { AppEnv, MemberEnv } from '../env.ts';
import { apiError } from './errors.ts';

/** Routes under /api/orgs/:orgId/boxes/:boxId, once the box is loaded. */
export type BoxEnv = MemberEnv & { Variables: MemberEnv['Variables'] & { box: StoredBox } };
/** Public routes under /api/b/:slug, once the box is loaded (and its key checked). */
export type PublicBoxEnv = AppEnv & { Variables: AppEnv['Variables'] & { box: StoredBox; organisationName: string } };

export const boxNotFound = (lang: Lang) => apiError(404, 'slug', { fr: 'Boîte à idées introuvable', en: 'Idea box not found' }, lang);

/** A members' box answers only to its link's key: without it, it does not exist. */
export const keyFits = (memberKey: string | null, key: string | undefined) => memberKey === null || key === memberKey;

/** Loads the route's box (`:boxId`) within the route's organisation: another organisation's is as unknown as a missing one. Goes after `requireRole`. */
export const routeBox = createMiddleware<BoxEnv>(async (c, next) => {
  const box = await ideaBoxInOrganisation(c.var.db, c.req.param('orgId') ?? '', c.req.param('boxId') ?? '');
  if (!box) throw apiError(404, 'boxId', { fr: 'Boîte à idées introuvable', en: 'Idea box not found' }, c.var.lang);
  c.set('box', box);
  await next();
});

/** Loads the public box of `:slug`; a members' box needs `?key=` from its link (404 otherwise). */
export const routePublicBox = createMiddleware<PublicBoxEnv>(async (c, next) => {
  const found = await ideaBoxBySlug(c.var.db, c.req.param('slug') ?? '');
  if (!found || !keyFits(found.box.memberKey, c.req.query('key'))) throw boxNotFound(c.var.lang);
  c.set('box', found.box);
  c.set('organisationName', found.organisationName);
  await next();
});
