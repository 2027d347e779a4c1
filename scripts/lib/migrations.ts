/**
 * Pending D1 migrations and their application, local or remote, with what changed named: shared by
 * `npm run upgrade` and `npm run deploy`.
 */
import { databaseFlags, runWrangler, type LocalOptions } from './wrangler.ts';

const MIGRATION_NAME = /\b\d{4}_[\w-]+\.sql\b/g;

/** The migrations of schema/migrations not yet applied to the database, in order. */
export async function pendingMigrations(options: LocalOptions = {}): Promise<string[]> {
  const output = await runWrangler(['d1', 'migrations', 'list', 'DB', ...databaseFlags(options)], { quiet: true });
  return [...new Set(output.match(MIGRATION_NAME) ?? [])].sort();
}

/** Applies the pending migrations (each in its own transaction, as wrangler does) and returns their names. */
export async function upgradeDatabase(options: LocalOptions = {}): Promise<string[]> {
  const pending = await pendingMigrations(options);
  if (pending.length > 0) await runWrangler(['d1', 'migrations', 'apply', 'DB', ...databaseFlags(options)], { quiet: true });
  const left = await pendingMigrations(options);
  if (left.length > 0) throw new Error(`migrations still pending after apply: ${left.join(', ')}`);
  return pending;
}

/** One line per applied migration, or a sentence saying the database was up to date. */
export function describeUpgrade(applied: string[], label: string): string {
  if (applied.length === 0) return `  ${label}: up to date, no migration to apply.`;
  return [`  ${label}: ${applied.length} migration${applied.length > 1 ? 's' : ''} applied:`, ...applied.map((name) => `    - ${name}`)].join('\n');
}
