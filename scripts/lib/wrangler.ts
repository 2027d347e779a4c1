/**
 * Runs wrangler from this project's own Node (≥ 22.12), with no telemetry and no network calls.
 * Shared by `npm start`, the e2e tests and `npm run bench`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { DEMO_SURVEY_ID, demoSurvey } from '../../schema/demo.ts';
import { SurveyInput } from '../../schema/survey.ts';
import { demoBoxStatements } from './demo-box-seed.ts';
import { adoptLegacyLocalDatabase } from './local-database.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WRANGLER = join(ROOT, 'node_modules/wrangler/bin/wrangler.js');

export const QUIET_WRANGLER_ENV = {
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_HIDE_BANNER: 'true',
} as const;

export type LocalOptions = {
  /** Where the local D1 lives; wrangler's default (.wrangler/state) when absent. */
  persistTo?: string;
  /** Another configuration than wrangler.toml, e.g. the bench's (scripts/lib/wrangler-config.ts). */
  config?: string;
  /** The deployed database (`wrangler d1 execute --remote`) instead of the local one. */
  remote?: boolean;
};

export function databaseFlags({ persistTo, config, remote }: LocalOptions): string[] {
  if (!remote && !config) adoptLegacyLocalDatabase(persistTo);
  const where = remote ? ['--remote'] : ['--local', ...(persistTo ? ['--persist-to', persistTo] : [])];
  return [...where, ...(config ? ['--config', config] : [])];
}

export function runWrangler(args: string[], options: { quiet?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRANGLER, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...QUIET_WRANGLER_ENV, CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`wrangler ${args.join(' ')} exited with ${code}\n${output}`));
    });
    if (!options.quiet) child.stdout.pipe(process.stdout);
  });
}

export function applyMigrations(options: LocalOptions = {}, quiet = false): Promise<string> {
  return runWrangler(['d1', 'migrations', 'apply', 'DB', ...databaseFlags(options)], { quiet });
}

const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Inserts the demo survey unless one with its slug exists, and on a fresh install (no account yet) the
 * demo idea box: re-running keeps existing data, and a box the organisation deleted does not come back.
 */
export function seedDemo(options: LocalOptions = {}, quiet = false): Promise<string> {
  const { slug, ...definition } = v.parse(SurveyInput, demoSurvey);
  const now = new Date().toISOString();
  const sql = `INSERT INTO surveys (id, slug, status, definition, version, created_at, updated_at)
VALUES (${sqlText(DEMO_SURVEY_ID)}, ${sqlText(slug)}, 'open', ${sqlText(JSON.stringify(definition))}, 1, ${sqlText(now)}, ${sqlText(now)})
ON CONFLICT DO NOTHING;\n${demoBoxStatements(new Date()).join('\n')}\n`;
  const file = join(mkdtempSync(join(tmpdir(), 'pouls-seed-')), 'seed.sql');
  writeFileSync(file, sql);
  return runWrangler(['d1', 'execute', 'DB', ...databaseFlags(options), '--file', file, '--yes'], { quiet });
}

/** Runs one SQL statement on the local D1 (or the deployed one, with `remote`) and returns its rows. */
export async function queryLocal<T>(sql: string, options: LocalOptions = {}): Promise<T[]> {
  const output = await runWrangler(['d1', 'execute', 'DB', ...databaseFlags(options), '--command', sql, '--json', '--yes'], { quiet: true });
  const parsed = JSON.parse(output.slice(output.indexOf('['))) as { results: T[] }[];
  return parsed.flatMap((statement) => statement.results);
}

/**
 * Issues a one-time setup token for a fresh install (no coordinator yet) and returns it, or null
 * when accounts exist. Only its SHA-256 is stored, as the worker expects.
 */
export async function issueSetupToken(options: LocalOptions = {}): Promise<string | null> {
  const [{ n } = { n: 0 }] = await queryLocal<{ n: number }>('SELECT COUNT(*) AS n FROM users', options);
  if (n > 0) return null;
  const token = randomBytes(32).toString('base64url');
  const hash = createHash('sha256').update(token).digest('base64url');
  const expires = new Date(Date.now() + 7 * 86_400_000).toISOString();
  await queryLocal(`INSERT INTO setup_tokens (token_hash, expires_at) VALUES ('${hash}', '${expires}')`, options);
  return token;
}

/**
 * Issues a one-time password-reset link's token for the account with `email` (24 hours, stored
 * hashed, as an owner's would be: worker/routes/members.ts), or null when no account has it.
 * For `npm run reset-link`, so that a sole owner who forgot their password is never locked out.
 */
export async function issueResetToken(email: string, options: LocalOptions = {}): Promise<{ token: string; name: string; expiresAt: string } | null> {
  const [user] = await queryLocal<{ id: string; name: string }>(`SELECT id, name FROM users WHERE email = ${sqlText(email.trim().toLowerCase())}`, options);
  if (!user) return null;
  const token = randomBytes(32).toString('base64url');
  const hash = createHash('sha256').update(token).digest('base64url');
  const expiresAt = new Date(Date.now() + 24 * 3_600_000).toISOString();
  await queryLocal(
    `INSERT INTO password_resets (token_hash, user_id, issued_by, expires_at) VALUES ('${hash}', ${sqlText(user.id)}, NULL, '${expiresAt}')`,
    options,
  );
  return { token, name: user.name, expiresAt };
}

export type DevServer = { url: string; process: ChildProcess; stop: () => Promise<void> };

/** Starts `wrangler dev` and resolves once /healthz answers. */
export async function startDevServer(
  options: LocalOptions & {
    port: number;
    vars?: Record<string, string>;
    inheritOutput?: boolean;
    /** Where wrangler.toml and the worker live: ROOT by default, or a snapshot of it (see snapshot.ts). */
    cwd?: string;
    /** `GET /__scheduled?cron=…` runs the Cron Trigger's handler: releases on demand, without waiting for the hour. */
    testScheduled?: boolean;
  },
): Promise<DevServer> {
  const args = [WRANGLER, 'dev', '--port', String(options.port), '--ip', '127.0.0.1', '--show-interactive-dev-session=false', '--log-level', 'warn'];
  if (options.persistTo) args.push('--persist-to', options.persistTo);
  if (options.config) args.push('--config', options.config);
  if (options.testScheduled) args.push('--test-scheduled');
  for (const [name, value] of Object.entries(options.vars ?? {})) args.push('--var', `${name}:${value}`);
  const child = spawn(process.execPath, args, {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...QUIET_WRANGLER_ENV },
    stdio: ['ignore', options.inheritOutput ? 'inherit' : 'pipe', options.inheritOutput ? 'inherit' : 'pipe'],
    detached: !options.inheritOutput,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${options.port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      try {
        process.kill(options.inheritOutput ? child.pid! : -child.pid!, 'SIGTERM');
      } catch {
        resolve();
      }
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early (${child.exitCode})\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return { url, process: child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`wrangler dev did not answer on ${url} within 60 s\n${output}`);
}

/** A throwaway local D1 for tests and benchmarks, never the developer's own. */
export function freshStateDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `pouls-${label}-`));
}
