import { insertMembershipStatement, insertOrganisationStatement } from './accounts.ts';
import type { Db } from './client.ts';

export async function organisationName(db: Db, organisationId: string): Promise<string | null> {
  return (await db.first<{ name: string }>(db.prepare('SELECT name FROM organisations WHERE id = ?', organisationId)))?.name ?? null;
}

export async function organisationSettings(db: Db, organisationId: string): Promise<{ name: string; releaseHour: number } | null> {
  const row = await db.first<{ name: string; release_hour: number }>(db.prepare('SELECT name, release_hour FROM organisations WHERE id = ?', organisationId));
  return row && { name: row.name, releaseHour: row.release_hour };
}

/** Open surveys of an organisation, with their latest release's time, to plan their next look. */
export async function openSurveysWithLastRelease(db: Db, organisationId: string): Promise<{ id: string; lastReleaseAt: string | null }[]> {
  const rows = await db.all<{ id: string; last: string | null }>(
    db.prepare(
      `SELECT s.id, (SELECT MAX(r.made_at) FROM releases r WHERE r.survey_id = s.id) AS last
         FROM surveys s WHERE s.organisation_id = ? AND s.status = 'open'`,
      organisationId,
    ),
  );
  return rows.map((r) => ({ id: r.id, lastReleaseAt: r.last }));
}

/** Sets the publication hour and replans the organisation's open surveys, in one transaction. */
export async function updateReleaseHour(db: Db, organisationId: string, hour: number, plans: readonly { id: string; nextReleaseAt: string }[]): Promise<void> {
  await db.batch([
    db.prepare('UPDATE organisations SET release_hour = ? WHERE id = ?', hour, organisationId),
    db.prepare(
      `UPDATE surveys SET next_release_at = (SELECT p.value ->> 1 FROM json_each(?2) AS p WHERE p.value ->> 0 = surveys.id)
        WHERE organisation_id = ?1 AND id IN (SELECT p.value ->> 0 FROM json_each(?2) AS p)`,
      organisationId,
      JSON.stringify(plans.map((p) => [p.id, p.nextReleaseAt])),
    ),
  ]);
}

/** A new organisation with its founder as owner, together: no organisation is left without one. */
export async function foundOrganisation(db: Db, organisation: { id: string; name: string; ownerId: string; createdAt: string }): Promise<void> {
  await db.batch([
    insertOrganisationStatement(db, organisation.id, organisation.name, organisation.createdAt),
    insertMembershipStatement(db, organisation.id, organisation.ownerId, 'owner'),
  ]);
}
