import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { ideaBoxNotice } from '../../schema/idea-privacy.ts';
import { type BoxDisplay, type BoxPublic, type IdeaFollow } from '../../schema/ideas.ts';
import { localize, LANGS } from '../../schema/lang.ts';
import { Id } from '../../schema/survey.ts';
import { ideaBoxBySlug, ideaBoxShown } from '../db/idea-boxes.ts';
import { publicIdeasOfBox, similarIdeas } from '../db/ideas.ts';
import { SUPPORTABLE } from '../domain/ideas/model.ts';
import { ftsQuery } from '../domain/ideas/search-terms.ts';
import { displayIdeas, followedIdea, publicIdea, publicIdeas } from '../domain/ideas/views.ts';
import { qrMatrix, qrSvg } from '../domain/qr.ts';
import type { AppEnv } from '../env.ts';
import { boxNotFound, keyFits, routePublicBox, type PublicBoxEnv } from '../middleware/route-box.ts';
import { parseOrThrow } from '../middleware/validate.ts';
import { boxAddress, limitBoxRequests, receiptIdea, today } from '../services/idea-common.ts';
import { parisDay } from '../domain/paris-time.ts';

/** How many similar ideas are suggested while typing. */
const SIMILAR_LIMIT = 5;

const SimilarQuery = v.strictObject({
  q: v.pipe(v.string(), v.maxLength(500)),
  theme: v.optional(Id),
  key: v.optional(v.string()),
  lang: v.optional(v.picklist(LANGS)),
});

const origin = <E extends AppEnv>(c: Context<E>) => new URL(c.req.url).origin;
/** The display's ETag: the box's counter of shown changes, and the day (days waited move at midnight). */
const displayTag = (shown: number, day: string) => `"${shown}-${day}"`;

/**
 * An idea box's public reads (mounted under /api/b): the box with its published ideas, similar ideas
 * while typing, the waiting-room display (ETag, 304 when unchanged), an idea followed with its receipt
 * code, and the QR code of the box's address. See schema/ideas.ts.
 */
export const ideasBox = new Hono<PublicBoxEnv>()
  .get('/:slug', routePublicBox, async (c) => {
    const { box, organisationName, db } = c.var;
    const ideas = await publicIdeasOfBox(db, box.id);
    c.header('Cache-Control', 'no-cache');
    return c.json<BoxPublic>({
      slug: box.slug,
      title: box.title,
      intro: box.intro,
      themes: box.themes,
      k: box.k,
      status: box.status,
      organisation: { name: organisationName },
      ideas: publicIdeas(ideas, box.k, box.themes, today(c)),
      privacy: { fr: ideaBoxNotice(box, organisationName, 'fr'), en: ideaBoxNotice(box, organisationName, 'en') },
    });
  })

  /** Ideas still open to supports whose text is like `q`: accents, case, elisions and simple plurals folded. */
  .get('/:slug/similar', routePublicBox, limitBoxRequests, async (c) => {
    const { box, db, lang } = c.var;
    const query = parseOrThrow(SimilarQuery, c.req.query(), lang);
    const match = ftsQuery(query.q);
    const found = match ? await similarIdeas(db, box.id, match, SUPPORTABLE, query.theme ?? null, SIMILAR_LIMIT) : [];
    c.header('Cache-Control', 'no-store');
    return c.json({ ideas: found.map((idea) => publicIdea(idea, box.k, today(c))) });
  })

  /**
   * The waiting-room screen, polled every second: one row read to answer 304 while nothing shown
   * changed, the published ideas (counters already aggregated) otherwise.
   */
  .get('/:slug/display', async (c) => {
    const { db, lang } = c.var;
    const slug = c.req.param('slug');
    const shown = await ideaBoxShown(db, slug);
    if (!shown || !keyFits(shown.memberKey, c.req.query('key'))) throw boxNotFound(lang);
    const day = parisDay(c.var.clock());
    const tag = displayTag(shown.shown, day);
    c.header('Cache-Control', 'no-cache');
    c.header('ETag', tag);
    if (
      c.req
        .header('If-None-Match')
        ?.split(/\s*,\s*/)
        .includes(tag)
    )
      return c.body(null, 304);
    const found = await ideaBoxBySlug(db, slug);
    if (!found) throw boxNotFound(lang);
    const { box, organisationName } = found;
    // The counter may have moved between the two reads: the ETag is the one the content goes with.
    c.header('ETag', displayTag(box.shown, day));
    const shownIdeas = displayIdeas(await publicIdeasOfBox(db, box.id), box.k, box.themes, day);
    return c.json<BoxDisplay>({
      slug: box.slug,
      title: box.title,
      themes: box.themes,
      k: box.k,
      organisation: { name: organisationName },
      address: boxAddress(origin(c), box),
      ...shownIdeas,
      version: `${box.shown}-${day}`,
    });
  })

  .get('/:slug/qr.svg', routePublicBox, async (c) => {
    const { box, lang } = c.var;
    const url = boxAddress(origin(c), box);
    const title = localize(box.title, lang);
    c.header('Content-Type', 'image/svg+xml; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(qrSvg(qrMatrix(url), lang === 'en' ? `QR code of the idea box “${title}”: ${url}` : `Code QR de la boîte à idées « ${title} » : ${url}`));
  })

  /** The author follows their idea: status, whole history, answer, and why it was declined. */
  .get('/:slug/receipts/:receipt', routePublicBox, limitBoxRequests, async (c) => {
    const idea = await receiptIdea(c);
    c.header('Cache-Control', 'private, no-store');
    return c.json<IdeaFollow>(followedIdea(idea, today(c)));
  });
