import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { reportRowsRead } from '../middleware/db.ts';
import { apiError } from '../middleware/errors.ts';
import { publishedSurvey } from '../services/published-survey.ts';
import { everyoneResults } from '../services/published-results.ts';

/** A survey's public results (mounted under /api/s): the latest release only, so a public reader learns nothing a release did not publish. */
export const results = new Hono<AppEnv>().get('/:slug/results', reportRowsRead, async (c) => {
  const survey = await publishedSurvey(c, c.req.param('slug'));
  if (survey.settings.resultsVisibility !== 'public')
    throw apiError(
      403,
      'settings.resultsVisibility',
      { fr: 'Les résultats de ce questionnaire ne sont pas publics', en: 'This survey’s results are not public' },
      c.var.lang,
    );
  c.header('Cache-Control', 'no-cache');
  return c.json(await everyoneResults(c.var.db, survey));
});
