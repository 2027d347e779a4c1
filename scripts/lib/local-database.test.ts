import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adoptLegacyLocalDatabase } from './local-database.ts';

const FOLDER = 'v3/d1/miniflare-D1DatabaseObject';
const LEGACY = 'faaf2b0445ab934c3aac48ddf0cdfade8f9bac050be98993748742cdd2cb05fb';
const CURRENT = 'e7352547963de7050bd7d94658afc4fe78b61811b7815da12d90be8e863abf4d';

function state(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'pouls-local-db-test-'));
  mkdirSync(join(root, FOLDER), { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, FOLDER, name), content);
  return root;
}

describe('adoptLegacyLocalDatabase', () => {
  it('moves the database kept under the old placeholder id, its WAL and shared memory with it', () => {
    const root = state({ [`${LEGACY}.sqlite`]: 'db', [`${LEGACY}.sqlite-wal`]: 'wal', [`${LEGACY}.sqlite-shm`]: 'shm' });
    expect(adoptLegacyLocalDatabase(root)).toBe(true);
    expect(readFileSync(join(root, FOLDER, `${CURRENT}.sqlite`), 'utf8')).toBe('db');
    expect(readFileSync(join(root, FOLDER, `${CURRENT}.sqlite-wal`), 'utf8')).toBe('wal');
    expect(existsSync(join(root, FOLDER, `${LEGACY}.sqlite`))).toBe(false);
    expect(adoptLegacyLocalDatabase(root)).toBe(false);
  });

  it('never overwrites a database already under the new name, and does nothing on a fresh machine', () => {
    const root = state({ [`${LEGACY}.sqlite`]: 'old', [`${CURRENT}.sqlite`]: 'new' });
    expect(adoptLegacyLocalDatabase(root)).toBe(false);
    expect(readFileSync(join(root, FOLDER, `${CURRENT}.sqlite`), 'utf8')).toBe('new');
    expect(adoptLegacyLocalDatabase(mkdtempSync(join(tmpdir(), 'pouls-local-db-test-')))).toBe(false);
  });
});
