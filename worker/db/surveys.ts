import type { Survey, SurveyInput, SurveyStatus } from '../../schema/survey.ts';
import type { Db } from './client.ts';
import { everAnsweredSql } from './responses.ts';
import { parisDay } from '../domain/paris-time.ts';

export type SurveyRow = { id: string; slug: string; status: SurveyStatus; definition: string; version: number };

export type StoredSurvey = Survey & { version: number };

export function fromSurveyRow(row: SurveyRow): StoredSurvey {
  const definition = JSON.parse(row.definition) as SurveyInput;
  return { ...definition, id: row.id, slug: row.slug, status: row.status, version: row.version };
}

export async function surveyById(db: Db, id: string): Promise<StoredSurvey | null> {
  const row = await db.first<SurveyRow>(db.prepare('SELECT id, slug, status, definition, version FROM surveys WHERE id = ?', id));
  return row && fromSurveyRow(row);
}

export async function surveyBySlug(db: Db, slug: string): Promise<StoredSurvey | null> {
  const row = await db.first<SurveyRow>(db.prepare('SELECT id, slug, status, definition, version FROM surveys WHERE slug = ?', slug));
  return row && fromSurveyRow(row);
}

/**
 * Open surveys, kept a few seconds per isolate so a submission costs one D1 round trip, not two.
 * Safe because every write of a submission re-checks the version and status in SQL
 * (see `storeResponse`), and a mismatch drops the entry.
 */
const openSurveys = new Map<string, { survey: StoredSurvey; until: number }>();
const OPEN_SURVEY_TTL_MS = 10_000;

export async function openSurveyBySlug(db: Db, slug: string): Promise<StoredSurvey | null> {
  const cached = openSurveys.get(slug);
  if (cached && cached.until > Date.now()) return cached.survey;
  const survey = await surveyBySlug(db, slug);
  if (survey?.status === 'open') openSurveys.set(slug, { survey, until: Date.now() + OPEN_SURVEY_TTL_MS });
  else openSurveys.delete(slug);
  return survey;
}

export function forgetOpenSurvey(slug: string): void {
  openSurveys.delete(slug);
}

/** A survey, only if it belongs to the organisation: other organisations' ids find nothing. */
export async function surveyInOrganisation(db: Db, organisationId: string, id: string): Promise<StoredSurvey | null> {
  const row = await db.first<SurveyRow>(
    db.prepare('SELECT id, slug, status, definition, version FROM surveys WHERE id = ? AND organisation_id = ?', id, organisationId),
  );
  return row && fromSurveyRow(row);
}

/**
 * A survey in the coordinators' list: `responses` is what its latest release describes (never a live
 * count); `answered` whether it ever had a response (see `surveyEverAnswered`): its structure and
 * settings are then frozen, and the editor offers its wording alone. Only those who edit are told
 * (a refused save tells them anyway); viewers learn of responses from releases alone.
 */
export type SurveyListItem = {
  id: string;
  slug: string;
  status: SurveyStatus;
  version: number;
  title: SurveyInput['title'];
  responses: number;
  archived: boolean;
  answered?: boolean;
};

export async function surveysOfOrganisation(db: Db, organisationId: string, withAnswered = false): Promise<SurveyListItem[]> {
  const rows = await db.all<SurveyRow & { responses: number | null; archived: number; answered: number }>(
    db.prepare(
      `SELECT s.id, s.slug, s.status, s.definition, s.version, s.archived,
              (SELECT r.responses FROM releases r WHERE r.survey_id = s.id ORDER BY r.number DESC LIMIT 1) AS responses
              ${withAnswered ? `, (s.status <> 'draft' AND ${everAnsweredSql('s.id')}) AS answered` : ''}
         FROM surveys s
        WHERE s.organisation_id = ?
        ORDER BY s.created_at DESC`,
      organisationId,
    ),
  );
  return rows.map((row) => {
    const { id, slug, status, version, title } = fromSurveyRow(row);
    return {
      id,
      slug,
      status,
      version,
      title,
      responses: row.responses ?? 0,
      archived: row.archived === 1,
      ...(withAnswered ? { answered: row.answered === 1 } : {}),
    };
  });
}

function definitionJson(input: SurveyInput): string {
  const { slug: _slug, ...definition } = input;
  return JSON.stringify(definition);
}

export async function insertSurvey(db: Db, organisationId: string, id: string, input: SurveyInput): Promise<void> {
  const now = new Date().toISOString();
  await db.run(
    db.prepare(
      "INSERT INTO surveys (id, organisation_id, slug, status, definition, version, created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, 1, ?, ?)",
      id,
      organisationId,
      input.slug,
      definitionJson(input),
      now,
      now,
    ),
  );
}

/** Replaces the definition if nobody changed it since `expectedVersion`; returns whether it did. */
export async function updateSurveyDefinition(db: Db, id: string, input: SurveyInput, expectedVersion: number): Promise<boolean> {
  const result = await db.run(
    db.prepare(
      'UPDATE surveys SET slug = ?, definition = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?',
      input.slug,
      definitionJson(input),
      new Date().toISOString(),
      id,
      expectedVersion,
    ),
  );
  return result.meta.changes === 1;
}

/**
 * Changes the status; closing records the day (the retention period runs from it), reopening clears
 * it. `nextReleaseAt` is when the release job looks at the survey next (null: never).
 */
export async function updateSurveyStatus(db: Db, id: string, status: SurveyStatus, now: Date, nextReleaseAt: string | null): Promise<void> {
  const iso = now.toISOString();
  await db.run(
    db.prepare(
      "UPDATE surveys SET status = ?1, closed_on = CASE WHEN ?1 = 'closed' THEN ?2 END, version = version + 1, updated_at = ?3, next_release_at = ?5 WHERE id = ?4",
      status,
      parisDay(now),
      iso,
      id,
      nextReleaseAt,
    ),
  );
}

/** Where a survey stands in its releases: when the job looks next, whether a row export was made (then it may not reopen). */
export async function surveyReleaseState(db: Db, id: string): Promise<{ nextReleaseAt: string | null; rowsExportedOn: string | null }> {
  const row = await db.first<{ next_release_at: string | null; rows_exported_on: string | null }>(
    db.prepare('SELECT next_release_at, rows_exported_on FROM surveys WHERE id = ?', id),
  );
  return { nextReleaseAt: row?.next_release_at ?? null, rowsExportedOn: row?.rows_exported_on ?? null };
}

export async function markRowsExported(db: Db, id: string, today: string): Promise<void> {
  await db.run(db.prepare('UPDATE surveys SET rows_exported_on = COALESCE(rows_exported_on, ?) WHERE id = ?', today, id));
}

/** A survey and the name of the organisation running it, in one round trip: what a respondent's page starts from (the name is null before setup). */
export async function surveyWithOrganisationBySlug(db: Db, slug: string): Promise<{ survey: StoredSurvey; organisationName: string | null } | null> {
  const row = await db.first<SurveyRow & { organisation_name: string | null }>(
    db.prepare(
      'SELECT s.id, s.slug, s.status, s.definition, s.version, o.name AS organisation_name FROM surveys s LEFT JOIN organisations o ON o.id = s.organisation_id WHERE s.slug = ?',
      slug,
    ),
  );
  return row && { survey: fromSurveyRow(row), organisationName: row.organisation_name };
}

export type WordingEdit = { editedAt: string; editedBy: string; changes: string[] };

/**
 * Rewords a survey that has had responses: the new definition and its history entry (the definition
 * before, what changed, who, when) in one transaction, if nobody changed it since `expectedVersion`.
 */
export async function rewordSurvey(db: Db, survey: StoredSurvey, input: SurveyInput, expectedVersion: number, edit: WordingEdit): Promise<boolean> {
  const { id: _id, status: _status, version: _version, ...definition } = survey;
  const before = definitionJson(definition);
  const [updated] = await db.batch([
    db.prepare(
      'UPDATE surveys SET definition = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?',
      definitionJson(input),
      edit.editedAt,
      survey.id,
      expectedVersion,
    ),
    db.prepare(
      `INSERT INTO survey_history (survey_id, version, edited_at, edited_by, changes, definition)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE EXISTS (SELECT 1 FROM surveys WHERE id = ?1 AND version = ?2 AND updated_at = ?3)`,
      survey.id,
      expectedVersion + 1,
      edit.editedAt,
      edit.editedBy,
      JSON.stringify(edit.changes),
      before,
    ),
  ]);
  return updated?.meta.changes === 1;
}

export async function surveyHistory(db: Db, surveyId: string): Promise<(WordingEdit & { version: number })[]> {
  const rows = await db.all<{ version: number; edited_at: string; edited_by: string; changes: string }>(
    db.prepare('SELECT version, edited_at, edited_by, changes FROM survey_history WHERE survey_id = ? ORDER BY version DESC', surveyId),
  );
  return rows.map((r) => ({ version: r.version, editedAt: r.edited_at, editedBy: r.edited_by, changes: JSON.parse(r.changes) as string[] }));
}

/** Slugs of the organisation starting with `prefix`, to pick a free one for a copy. */
export async function slugsLike(db: Db, prefix: string): Promise<Set<string>> {
  const rows = await db.all<{ slug: string }>(db.prepare("SELECT slug FROM surveys WHERE slug = ?1 OR slug GLOB ?1 || '-*'", prefix));
  return new Set(rows.map((r) => r.slug));
}

/** Deletes a survey and everything it holds (responses, releases, codes, history: all cascade). */
export async function deleteSurvey(db: Db, surveyId: string): Promise<void> {
  await db.run(db.prepare('DELETE FROM surveys WHERE id = ?', surveyId));
}
