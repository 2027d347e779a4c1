import type { Survey } from '../../schema/survey.ts';
import type { Db } from '../db/client.ts';
import {
  pastReleases,
  rawAnswersOfSurvey,
  releaseHourOfSurvey,
  responseCountOfSurvey,
  setNextReleaseAt,
  storeRelease,
  type ReleaseInfo,
} from '../db/releases.ts';
import { measuresOfSurvey } from '../domain/release/measures.ts';
import { plannedAfter } from '../domain/release/schedule.ts';
import { makeSnapshot } from '../domain/release/snapshot.ts';
import { intactScaleKeys } from '../domain/scored-scales.ts';

/** Every measure a survey's releases count, for storing and reading back their atoms. */
export function allMeasures(survey: Pick<Survey, 'pages'>): string[] {
  const { everyone, groups } = measuresOfSurvey(survey, intactScaleKeys(survey));
  return [...new Set([...everyone, ...groups])];
}

export type ReleaseOutcome = { released: ReleaseInfo | null; pending: boolean };

/**
 * Makes a release of the survey now if at least k responses arrived since the previous one:
 * reads the raw responses (O(responses): a release, never a results read), runs the disclosure
 * check against everything published before and stores the snapshot. Then plans when the job
 * looks again: at the organisation's next publication hour while the survey is open; never once it
 * is closed with nothing more to publish.
 */
export async function releaseSurvey(db: Db, survey: Survey, now: Date, kind: 'scheduled' | 'closing'): Promise<ReleaseOutcome> {
  const measures = allMeasures(survey);
  const [count, past, hour] = await Promise.all([
    responseCountOfSurvey(db, survey.id),
    pastReleases(db, survey.id, measures),
    releaseHourOfSurvey(db, survey.id),
  ]);
  const last = past.at(-1);
  // After a release now, the next look is a day away at least; without one, the next publication hour.
  const plan = (lastAt: string | null) => (survey.status === 'open' ? plannedAfter(now, lastAt, hour).toISOString() : null);
  if (count - (last?.responses ?? 0) < survey.settings.k) {
    // Not enough new responses: nothing is published; a closed survey will get no more.
    await setNextReleaseAt(db, survey.id, plan(last?.madeAt ?? null));
    return { released: null, pending: count > (last?.responses ?? 0) };
  }
  const answers = await rawAnswersOfSurvey(db, survey.id);
  const snapshot = makeSnapshot(survey, answers, past);
  const release = { number: (last?.number ?? 0) + 1, madeAt: now.toISOString(), kind, responses: snapshot.responses };
  const stored = await storeRelease(db, {
    surveyId: survey.id,
    number: release.number,
    madeAt: release.madeAt,
    kind,
    snapshot,
    measures,
    nextReleaseAt: plan(release.madeAt),
  });
  return { released: stored ? release : null, pending: false };
}
