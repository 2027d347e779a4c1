/**
 * Configurations derived from wrangler.toml, which holds production settings only. The API tests and
 * the bench each get a copy with their own changes, written where `wrangler deploy` never looks (it
 * reads wrangler.toml/json(c) at the project's root), so neither can be deployed by mistake and
 * neither can drift from production: every other setting is production's own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { experimental_readRawConfig } from 'wrangler';
import { ROOT } from './wrangler.ts';

type RateLimit = { name: string; namespace_id: string; simple: { limit: number; period: number } };
type RawConfig = {
  main?: string;
  assets?: { directory?: string };
  d1_databases?: { migrations_dir?: string }[];
  ratelimits?: RateLimit[];
  vars?: Record<string, string>;
  [key: string]: unknown;
};

/** Turns on the `Server-Timing` row counts of worker/middleware/db.ts (never in production: they leak how many cells exist). */
export const ROWS_READ_VAR = { REPORT_ROWS_READ: 'on' };

/** wrangler.toml as written, parsed. */
export function productionConfig(root: string = ROOT): RawConfig {
  return structuredClone(experimental_readRawConfig({ config: join(root, 'wrangler.toml') }).rawConfig) as RawConfig;
}

/** The production rate limits, by binding name. */
export function productionLimits(root: string = ROOT): Record<string, number> {
  return Object.fromEntries((productionConfig(root).ratelimits ?? []).map((r) => [r.name, r.simple.limit]));
}

/** Writes `config` to `file`, its paths made absolute (they were relative to the project's root). */
export function writeConfig(config: RawConfig, root: string, file: string): string {
  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(root, path));
  if (config.main) config.main = absolute(config.main);
  if (config.assets?.directory) config.assets.directory = absolute(config.assets.directory);
  for (const database of config.d1_databases ?? []) if (database.migrations_dir) database.migrations_dir = absolute(database.migrations_dir);
  mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

/**
 * The API tests' configuration: production's, without the Workers rate limiters (vitest.config.ts
 * puts counting limiters that never reset in their place, so a test sees a 429 exactly where the
 * limit falls, whatever the clock), and with row counts on (tests check reads stay flat).
 */
export function testConfig(root: string = ROOT): string {
  const { ratelimits: _limiters, ...config } = productionConfig(root);
  return writeConfig({ ...config, vars: { ...config.vars, ...ROWS_READ_VAR } }, root, join(root, '.wrangler/derived/wrangler.test.json'));
}

/** Bindings the bench pushes far past production's limits: thousands of submissions and votes a second from one address. */
const LIFTED = new Set(['SUBMIT_LIMITER', 'LIVE_ADDRESS_LIMITER', 'LIVE_JOIN_LIMITER', 'IDEA_ADDRESS_LIMITER']);

/** The bench's configuration: production's, with the public write limits lifted and row counts on. Pass it to wrangler with `--config`. */
export function benchConfig(root: string = ROOT): string {
  const config = productionConfig(root);
  config.ratelimits = (config.ratelimits ?? []).map((r) => (LIFTED.has(r.name) ? { ...r, simple: { ...r.simple, limit: 1_000_000 } } : r));
  config.vars = { ...config.vars, ...ROWS_READ_VAR };
  return writeConfig(config, root, join(root, '.wrangler/derived/wrangler.bench.json'));
}
