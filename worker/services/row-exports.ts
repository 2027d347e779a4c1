import type { Lang } from '../../schema/lang.ts';
import type { CodeBatch } from '../../schema/report.ts';
import type { ReleaseSummary } from '../../schema/results.ts';
import type { Survey } from '../../schema/survey.ts';
import type { Db } from '../db/client.ts';
import { codeBatchesOfSurvey } from '../db/code-batches.ts';
import { surveyLifecycle } from '../db/lifecycle.ts';
import { latestRelease, releasedRows } from '../db/releases.ts';
import { markRowsExported } from '../db/surveys.ts';
import { answersTable, recodingNotes, scoresTable, type ExportTable } from '../domain/export-table.ts';
import { anonymizeProfiles } from '../domain/release/microdata.ts';
import { breakdownQuestions } from '../domain/release/profile.ts';
import { intactScaleKeys } from '../domain/scored-scales.ts';
import { shuffled } from '../domain/shuffle.ts';

/**
 * Row-by-row exports (owners only): the responses of the survey's final release, with profile
 * columns made k-anonymous. Only one such file may ever exist — two files of different releases
 * would give the new rows by difference — so they open once the survey is closed, and the first
 * download keeps it closed for good (a new wave carries on).
 */

export type RowExportKind = 'answers' | 'scores';

/** Why a row export cannot be had now. */
export type RowExportRefusal = 'open' | 'no_release' | 'purged' | 'too_few' | 'no_instrument';

export type RowExportAvailability = { available: true } | { available: false; reason: RowExportRefusal; purgedOn?: string };

export async function rowExportAvailability(db: Db, survey: Survey, kind: RowExportKind): Promise<RowExportAvailability> {
  if (kind === 'scores' && intactScaleKeys(survey).length === 0) return { available: false, reason: 'no_instrument' };
  if (survey.status !== 'closed') return { available: false, reason: 'open' };
  const [lifecycle, release] = await Promise.all([surveyLifecycle(db, survey.id), latestRelease(db, survey.id)]);
  if (lifecycle?.purgedOn) return { available: false, reason: 'purged', purgedOn: lifecycle.purgedOn };
  if (!release) return { available: false, reason: 'no_release' };
  if (release.responses < survey.settings.k) return { available: false, reason: 'too_few' };
  return { available: true };
}

export const ROW_EXPORT_REFUSALS: Record<RowExportRefusal, (k: number) => { fr: string; en: string }> = {
  open: () => ({
    fr: 'Les exports ligne à ligne s’ouvrent une fois le questionnaire clos : deux fichiers de publications différentes donneraient par différence les réponses arrivées entre les deux',
    en: 'Row-by-row exports open once the survey is closed: two files of different releases would give, by difference, the responses that came in between',
  }),
  no_release: () => ({ fr: 'Aucune publication encore : rien à exporter', en: 'No release yet: nothing to export' }),
  purged: () => ({
    fr: 'Les réponses détaillées ont été effacées à la fin de la durée de conservation',
    en: 'The individual responses were deleted at the end of the retention period',
  }),
  too_few: (k) => ({ fr: `L’export ligne à ligne demande au moins ${k} réponses publiées`, en: `A row-by-row export needs at least ${k} released responses` }),
  no_instrument: () => ({
    fr: 'Ce questionnaire ne contient aucun questionnaire validé intact : aucun score à exporter',
    en: 'This survey carries no intact validated questionnaire: no scores to export',
  }),
};

const dateOf = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(iso));

export function releaseNote(release: ReleaseSummary, lang: Lang): string {
  return lang === 'en'
    ? `Release no. ${release.number} of ${dateOf(release.madeAt, lang)}: ${release.responses} responses.`
    : `Publication n° ${release.number} du ${dateOf(release.madeAt, lang)} : ${release.responses} réponses.`;
}

/** Code batches, in a line each: hoarding codes shows in every file. */
export function codeBatchNotes(batches: readonly CodeBatch[], lang: Lang): string[] {
  if (batches.length === 0) return [lang === 'en' ? 'Participation codes: none issued (open link).' : 'Codes de participation : aucun émis (lien ouvert).'];
  return batches.map((b) =>
    lang === 'en'
      ? `Participation codes: ${b.count} issued on ${dateOf(b.issuedAt, lang)} by ${b.issuedBy} (declared population ${b.population}).`
      : `Codes de participation : ${b.count} émis le ${dateOf(b.issuedAt, lang)} par ${b.issuedBy} (population déclarée ${b.population}).`,
  );
}

/** The file, once `rowExportAvailability` said yes; marks the survey as exported (it may no longer reopen). */
export async function rowExport(db: Db, survey: Survey, kind: RowExportKind, lang: Lang, today: string): Promise<ExportTable> {
  const [stored, release, batches] = await Promise.all([releasedRows(db, survey.id), latestRelease(db, survey.id), codeBatchesOfSurvey(db, survey.id)]);
  // A fresh order at every download: no row position to match between two copies of the file.
  const rows = shuffled(stored);
  const { profiles, recoding } = anonymizeProfiles(
    breakdownQuestions(survey),
    rows.map((r) => r.profile),
    survey.settings.k,
  );
  const notes = [releaseNote(release!, lang), ...recodingNotes(survey, recoding, lang), ...codeBatchNotes(batches, lang)];
  await markRowsExported(db, survey.id, today);
  return kind === 'answers' ? answersTable(survey, rows, profiles, notes, lang) : scoresTable(survey, rows, profiles, intactScaleKeys(survey), notes, lang);
}
