/**
 * What the run's local D1 holds, for what no page or API says any more: results are releases, so
 * « counted exactly once » is checked where a response is stored, one row each.
 */
import { inject } from 'vitest';
import { DEMO_SURVEY_ID } from '../../../schema/demo.ts';
import { queryLocal } from '../../../scripts/lib/wrangler.ts';

export async function storedResponses(surveyId = DEMO_SURVEY_ID): Promise<number> {
  const [row] = await queryLocal<{ n: number }>(`SELECT COUNT(*) AS n FROM responses WHERE survey_id = '${surveyId.replaceAll("'", "''")}'`, {
    persistTo: inject('persistTo'),
  });
  return row?.n ?? 0;
}
