import { Hono, type Context } from 'hono';
import { localize } from '../../schema/lang.ts';
import { CodeBatchRequest, QrPngQuery, type ShareLink } from '../../schema/sharing.ts';
import { isUniqueViolation } from '../db/client.ts';
import { codeBatchesOfSurvey, issueCodeBatch } from '../db/code-batches.ts';
import { invitedCount } from '../db/report.ts';
import type { StoredSurvey } from '../db/surveys.ts';
import { participationCodeHash } from '../domain/participation-code-hash.ts';
import { formatCode, newParticipationCodes } from '../domain/participation-codes.ts';
import { encodePng } from '../domain/png.ts';
import { qrBitmap, qrMatrix, qrSvg } from '../domain/qr.ts';
import type { MemberEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { existingSurvey } from '../middleware/route-survey.ts';
import { requireRole } from '../middleware/session.ts';
import { jsonBody, parseOrThrow } from '../middleware/validate.ts';
import { audit, surveyTarget } from '../services/audit-trail.ts';

/** Codes are random: a clash with an existing code is rare, and a fresh draw settles it. */
const CODE_ATTEMPTS = 3;

/** Loaded in the handler, after the body is checked (a bad body is a 4xx before a missing survey is). */
const routeSurvey = (c: Context<MemberEnv>) => existingSurvey(c.var.db, c.req.param('orgId') ?? '', c.req.param('id') ?? '', c.var.lang);

/** The link respondents open, on the host the coordinator is using. */
const respondentUrl = (c: Context<MemberEnv>, slug: string) => new URL(`/s/${slug}`, c.req.url).href;

function qrTitle(c: Context<MemberEnv>, survey: StoredSurvey, url: string): string {
  const title = localize(survey.title, c.var.lang);
  return c.var.lang === 'en' ? `QR code for the survey “${title}”: ${url}` : `Code QR du questionnaire « ${title} » : ${url}`;
}

/** Link and QR images change with the slug, and codes are shown once: nothing here is worth caching. */
const noStore = (c: Context<MemberEnv>) => c.header('Cache-Control', 'private, no-store');

/**
 * Sharing a survey (mounted under /api/orgs/:orgId/surveys/:id): its link and QR codes for viewers,
 * printed single-use participation codes created by editors.
 */
export const share = new Hono<MemberEnv>()
  .get('/share', requireRole('viewer'), async (c) => {
    const survey = await routeSurvey(c);
    noStore(c);
    return c.json<ShareLink>({ url: respondentUrl(c, survey.slug), slug: survey.slug, status: survey.status });
  })

  .get('/share/qr.svg', requireRole('viewer'), async (c) => {
    const survey = await routeSurvey(c);
    const url = respondentUrl(c, survey.slug);
    noStore(c);
    c.header('Content-Type', 'image/svg+xml; charset=utf-8');
    c.header('Content-Disposition', `inline; filename="pouls-${survey.slug}.svg"`);
    return c.body(qrSvg(qrMatrix(url), qrTitle(c, survey, url)));
  })

  .get('/share/qr.png', requireRole('viewer'), async (c) => {
    const { size } = parseOrThrow(QrPngQuery, c.req.query(), c.var.lang);
    const survey = await routeSurvey(c);
    const matrix = qrMatrix(respondentUrl(c, survey.slug));
    if (size < matrix.length)
      throw apiError(
        400,
        'size',
        { fr: `Trop petit pour ce lien : ${matrix.length} pixels au moins`, en: `Too small for this link: at least ${matrix.length} pixels` },
        c.var.lang,
      );
    noStore(c);
    c.header('Content-Type', 'image/png');
    c.header('Content-Disposition', `inline; filename="pouls-${survey.slug}.png"`);
    return c.body(await encodePng(qrBitmap(matrix, size)));
  })

  /**
   * The batches of codes issued (when, by whom, how many) and the declared population that caps
   * them; never how many were used (that would be a live count of responses), never which.
   */
  .get('/codes', requireRole('viewer'), async (c) => {
    const survey = await routeSurvey(c);
    const [batches, population] = await Promise.all([codeBatchesOfSurvey(c.var.db, survey.id), invitedCount(c.var.db, survey.id)]);
    return c.json({ total: batches.reduce((n, b) => n + b.count, 0), population, batches });
  })

  /** New codes, returned this once (only their hashes are kept), within the declared population. */
  .post('/codes', requireRole('editor'), requireJson, limitBody, jsonBody(CodeBatchRequest), async (c) => {
    const survey = await routeSurvey(c);
    const { count } = c.req.valid('json');
    const { db, lang, user } = c.var;
    for (let attempt = 1; ; attempt++) {
      const codes = newParticipationCodes(count);
      const hashes = await Promise.all(codes.map((code) => participationCodeHash(survey.id, code)));
      let outcome;
      try {
        outcome = await issueCodeBatch(db, { surveyId: survey.id, issuedAt: c.var.clock().toISOString(), issuedBy: user.name, codeHashes: hashes });
      } catch (error) {
        if (isUniqueViolation(error) && attempt < CODE_ATTEMPTS) continue;
        throw error;
      }
      if (outcome === 'no_population')
        throw apiError(
          409,
          'population',
          {
            fr: 'Indiquez d’abord la population déclarée (personnes invitées ou présentes) : elle plafonne les codes',
            en: 'Enter the declared population first (people invited or present): it caps the codes',
          },
          lang,
        );
      if (outcome === 'over_population')
        throw apiError(
          409,
          'count',
          {
            fr: 'Ces codes dépasseraient la population déclarée : chaque personne n’a besoin que d’un code',
            en: 'These codes would exceed the declared population: each person needs one code only',
          },
          lang,
        );
      await audit(c, 'survey.codes_issued', surveyTarget(survey), { count });
      noStore(c);
      return c.json({ codes: codes.map(formatCode) }, 201);
    }
  });
