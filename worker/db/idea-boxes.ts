import type { BoxInput, BoxSummary } from '../../schema/ideas.ts';
import type { StoredBox } from '../domain/ideas/model.ts';
import type { Db } from './client.ts';
import { PUBLIC_SQL } from './ideas.ts';

type BoxRow = {
  id: string;
  organisation_id: string;
  slug: string;
  definition: string;
  member_key: string | null;
  version: number;
  shown: number;
  created_on: string;
};
const BOX_COLUMNS = 'id, organisation_id, slug, definition, member_key, version, shown, created_on';

function fromBoxRow(row: BoxRow): StoredBox {
  return {
    ...(JSON.parse(row.definition) as Omit<BoxInput, 'slug'>),
    slug: row.slug,
    id: row.id,
    organisationId: row.organisation_id,
    memberKey: row.member_key,
    version: row.version,
    shown: row.shown,
    createdOn: row.created_on,
  };
}

const definitionOf = ({ slug: _slug, ...rest }: BoxInput) => JSON.stringify(rest);

export async function insertIdeaBox(
  db: Db,
  box: { id: string; organisationId: string; input: BoxInput; memberKey: string | null; day: string },
): Promise<void> {
  await db.run(
    db.prepare(
      'INSERT INTO idea_boxes (id, organisation_id, slug, definition, member_key, created_on) VALUES (?, ?, ?, ?, ?, ?)',
      box.id,
      box.organisationId,
      box.input.slug,
      definitionOf(box.input),
      box.memberKey,
      box.day,
    ),
  );
}

/** The box, only if it belongs to the organisation. */
export async function ideaBoxInOrganisation(db: Db, organisationId: string, boxId: string): Promise<StoredBox | null> {
  const row = await db.first<BoxRow>(db.prepare(`SELECT ${BOX_COLUMNS} FROM idea_boxes WHERE id = ? AND organisation_id = ?`, boxId, organisationId));
  return row && fromBoxRow(row);
}

/** A box by its public address, with its organisation's name. */
export async function ideaBoxBySlug(db: Db, slug: string): Promise<{ box: StoredBox; organisationName: string } | null> {
  const row = await db.first<BoxRow & { organisation_name: string }>(
    db.prepare(
      `SELECT ${BOX_COLUMNS.split(', ')
        .map((c) => `b.${c}`)
        .join(', ')}, o.name AS organisation_name FROM idea_boxes b JOIN organisations o ON o.id = b.organisation_id WHERE b.slug = ?`,
      slug,
    ),
  );
  return row && { box: fromBoxRow(row), organisationName: row.organisation_name };
}

/**
 * Boxes kept a few seconds per isolate for the public writes (a support costs two D1 round trips,
 * not three). Edits and deletions made through this isolate drop the entry at once; other isolates
 * see them within BOX_TTL_MS. Bounded: the oldest entry goes first.
 */
const cachedBoxes = new Map<string, { found: { box: StoredBox; organisationName: string }; until: number }>();
const BOX_TTL_MS = 5_000;
const MAX_CACHED_BOXES = 1_000;

export async function cachedIdeaBoxBySlug(db: Db, slug: string): Promise<{ box: StoredBox; organisationName: string } | null> {
  const cached = cachedBoxes.get(slug);
  if (cached && cached.until > Date.now()) return cached.found;
  const found = await ideaBoxBySlug(db, slug);
  cachedBoxes.delete(slug);
  if (found) cachedBoxes.set(slug, { found, until: Date.now() + BOX_TTL_MS });
  if (cachedBoxes.size > MAX_CACHED_BOXES) cachedBoxes.delete(cachedBoxes.keys().next().value!);
  return found;
}

export function forgetIdeaBox(slug: string): void {
  cachedBoxes.delete(slug);
}

/** Only what the display's ETag needs: one row. */
export async function ideaBoxShown(db: Db, slug: string): Promise<{ shown: number; memberKey: string | null } | null> {
  const row = await db.first<{ shown: number; member_key: string | null }>(db.prepare('SELECT shown, member_key FROM idea_boxes WHERE slug = ?', slug));
  return row && { shown: row.shown, memberKey: row.member_key };
}

export async function ideaBoxSummaries(db: Db, organisationId: string): Promise<BoxSummary[]> {
  const rows = await db.all<BoxRow & { pending: number; published: number }>(
    db.prepare(
      `SELECT ${BOX_COLUMNS},
          (SELECT COUNT(*) FROM ideas WHERE box_id = idea_boxes.id AND status = 'pending') AS pending,
          (SELECT COUNT(*) FROM ideas WHERE box_id = idea_boxes.id AND status IN ${PUBLIC_SQL}) AS published
        FROM idea_boxes WHERE organisation_id = ? ORDER BY created_on DESC, id`,
      organisationId,
    ),
  );
  return rows.map((row) => {
    const box = fromBoxRow(row);
    return { id: box.id, slug: box.slug, title: box.title, audience: box.audience, status: box.status, pending: row.pending, published: row.published };
  });
}

/** Replaces the definition; what the public pages show may change with it. */
export async function updateIdeaBox(db: Db, boxId: string, input: BoxInput, memberKey: string | null): Promise<void> {
  await db.run(
    db.prepare(
      'UPDATE idea_boxes SET slug = ?, definition = ?, member_key = ?, version = version + 1, shown = shown + 1 WHERE id = ?',
      input.slug,
      definitionOf(input),
      memberKey,
      boxId,
    ),
  );
}

/** The themes some idea of the box has (those cannot be removed). */
export async function themesInUse(db: Db, boxId: string): Promise<Set<string>> {
  return new Set((await db.all<{ theme: string }>(db.prepare('SELECT DISTINCT theme FROM ideas WHERE box_id = ?', boxId))).map((r) => r.theme));
}

/** The box and everything in it — ideas, index rows, supports, reports, daily counts, kiosks, workshop links — in one transaction. */
export async function deleteIdeaBox(db: Db, boxId: string): Promise<void> {
  const ofBox = '(SELECT id FROM ideas WHERE box_id = ?)';
  await db.batch([
    db.prepare('DELETE FROM ideas_fts WHERE rowid IN (SELECT search_id FROM ideas WHERE box_id = ?)', boxId),
    db.prepare(`DELETE FROM idea_supports WHERE idea_id IN ${ofBox}`, boxId),
    db.prepare(`DELETE FROM idea_reports WHERE idea_id IN ${ofBox}`, boxId),
    ...['idea_promotions', 'idea_device_days', 'idea_kiosks', 'ideas'].map((table) => db.prepare(`DELETE FROM ${table} WHERE box_id = ?`, boxId)),
    db.prepare('DELETE FROM idea_boxes WHERE id = ?', boxId),
  ]);
}
