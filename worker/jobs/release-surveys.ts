import type { Db } from '../db/client.ts';
import { surveysDueForRelease } from '../db/releases.ts';
import { surveyById } from '../db/surveys.ts';
import { releaseSurvey } from '../services/make-release.ts';

/**
 * The hourly look at surveys due for a release (their organisation's publication hour has come).
 * Each survey is released in its own transaction: one failure leaves the others done and itself
 * due for the next run. Returns the ids of the surveys released.
 */
export async function releaseDueSurveys(db: Db, now: Date): Promise<string[]> {
  const released: string[] = [];
  for (const due of await surveysDueForRelease(db, now.toISOString())) {
    const survey = await surveyById(db, due.id);
    if (!survey) continue;
    try {
      if ((await releaseSurvey(db, survey, now, 'scheduled')).released) released.push(survey.id);
    } catch (error) {
      console.error(`release of survey ${survey.id} failed`, error);
    }
  }
  return released;
}
