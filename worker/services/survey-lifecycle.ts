import type { Lang } from '../../schema/lang.ts';
import type { Db } from '../db/client.ts';
import { surveyLifecycle } from '../db/lifecycle.ts';
import { latestRelease, releaseHourOfSurvey } from '../db/releases.ts';
import { surveyReleaseState, updateSurveyStatus, type StoredSurvey } from '../db/surveys.ts';
import { closingMayRelease, plannedAfter } from '../domain/release/schedule.ts';
import { apiError } from '../middleware/errors.ts';
import { releaseSurvey } from './make-release.ts';

/** Opens (or reopens) a survey and plans its first look by the release job. A survey exported row by row stays closed. */
export async function openSurvey(db: Db, survey: StoredSurvey, now: Date, lang: Lang): Promise<void> {
  if (survey.status === 'open') return;
  const [{ rowsExportedOn }, hour, last, lifecycle] = await Promise.all([
    surveyReleaseState(db, survey.id),
    releaseHourOfSurvey(db, survey.id),
    latestRelease(db, survey.id),
    surveyLifecycle(db, survey.id),
  ]);
  if (lifecycle?.purgedOn)
    throw apiError(
      409,
      'status',
      {
        fr: 'Les réponses de ce questionnaire ont été effacées à la fin de la durée de conservation : il ne peut plus rouvrir. Lancez une nouvelle vague.',
        en: 'This survey’s responses were deleted at the end of the retention period: it cannot reopen. Start a new wave.',
      },
      lang,
    );
  if (rowsExportedOn)
    throw apiError(
      409,
      'status',
      {
        fr: 'Ce questionnaire a été exporté ligne à ligne : il ne peut plus rouvrir (un second fichier donnerait les nouvelles réponses par différence). Lancez une nouvelle vague.',
        en: 'This survey was exported row by row: it cannot reopen (a second file would give the new responses by difference). Start a new wave.',
      },
      lang,
    );
  await updateSurveyStatus(db, survey.id, 'open', now, plannedAfter(now, last?.madeAt ?? null, hour).toISOString());
}

/**
 * Closes a survey. Closing publishes at once when at least k responses wait and the last release is
 * a day old or more; otherwise the release job publishes them at the organisation's next hour.
 */
export async function closeSurvey(db: Db, survey: StoredSurvey, now: Date): Promise<void> {
  if (survey.status === 'closed') return;
  const [last, { nextReleaseAt: planned }] = await Promise.all([latestRelease(db, survey.id), surveyReleaseState(db, survey.id)]);
  await updateSurveyStatus(db, survey.id, 'closed', now, planned);
  if (closingMayRelease(last?.madeAt ?? null, now)) await releaseSurvey(db, { ...survey, status: 'closed' }, now, 'closing');
}
