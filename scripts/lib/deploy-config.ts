/**
 * The configuration `npm run deploy` hands to wrangler: wrangler.toml's, with the id of this
 * instance's D1 database. wrangler.toml names the database but holds no id (none is real for
 * everyone); the Deploy to Cloudflare button provisions one and writes its id there itself.
 */
import { join } from 'node:path';
import { productionConfig, writeConfig } from './wrangler-config.ts';
import { ROOT } from './wrangler.ts';

type D1Binding = { binding: string; database_name: string; database_id?: string; migrations_dir?: string };

/** The D1 binding `DB` as wrangler.toml declares it. */
export function databaseBinding(root: string = ROOT): D1Binding {
  const binding = (productionConfig(root).d1_databases as D1Binding[] | undefined)?.find((d) => d.binding === 'DB');
  if (!binding) throw new Error('wrangler.toml declares no D1 binding named DB');
  return binding;
}

/** Writes the deploy configuration (under .wrangler/derived, git-ignored) and returns its path. Without an id (dry run), wrangler's own rules apply. */
export function deployConfig(databaseId: string | null, root: string = ROOT): string {
  const config = productionConfig(root);
  const databases = (config.d1_databases ?? []) as D1Binding[];
  config.d1_databases = databases.map((d) => (d.binding === 'DB' && databaseId ? { ...d, database_id: databaseId } : d));
  return writeConfig(config, root, join(root, '.wrangler/derived/wrangler.deploy.json'));
}
