/**
 * The local D1 is a SQLite file named after the binding's id. wrangler.toml used to carry a placeholder
 * id (00000000-…); without one, wrangler keys the local database by its binding (`DB`), so the file
 * changes name. This moves a local database made under the old key to the new one, once, so that
 * `npm start` keeps the data a coordinator already has on their laptop.
 */
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// Miniflare's file names for the D1 keyed "00000000-0000-4000-8000-000000000000" and keyed "DB" (SHA-256 derived, stable across versions).
const LEGACY = 'faaf2b0445ab934c3aac48ddf0cdfade8f9bac050be98993748742cdd2cb05fb';
const CURRENT = 'e7352547963de7050bd7d94658afc4fe78b61811b7815da12d90be8e863abf4d';

/** Returns true when a legacy local database was moved into place. */
export function adoptLegacyLocalDatabase(persistTo: string = join(ROOT, '.wrangler/state')): boolean {
  const folder = join(persistTo, 'v3/d1/miniflare-D1DatabaseObject');
  const file = (key: string, suffix = '') => join(folder, `${key}.sqlite${suffix}`);
  if (!existsSync(file(LEGACY)) || existsSync(file(CURRENT))) return false;
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(file(LEGACY, suffix))) renameSync(file(LEGACY, suffix), file(CURRENT, suffix));
  return true;
}
