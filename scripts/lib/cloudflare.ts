/**
 * The Cloudflare side of `npm run deploy`: who is signed in, and which D1 database is this instance's.
 * Every call goes through wrangler, signed in with `wrangler login` or `CLOUDFLARE_API_TOKEN` (CI).
 */
import * as v from 'valibot';
import { databaseBinding } from './deploy-config.ts';
import { readDeployState } from './deploy-state.ts';
import { runWrangler } from './wrangler.ts';

/** The `wrangler whoami` sentence, or null when nobody is signed in; throws with wrangler's words when it cannot tell (no network…). */
export async function signedInAs(): Promise<string | null> {
  const output = await runWrangler(['whoami'], { quiet: true }).catch((error: Error) => error.message);
  if (/not authenticated|not logged in/i.test(output)) return null;
  const line = output.split('\n').find((l) => /logged in/i.test(l));
  if (!line) throw new Error(`wrangler whoami could not tell who is signed in:\n${output}`);
  return line.replace(/^[^A-Za-z]+/, '').trim();
}

const DatabaseList = v.array(v.looseObject({ uuid: v.string(), name: v.string() }));

async function findDatabase(name: string): Promise<string | null> {
  const output = await runWrangler(['d1', 'list', '--json'], { quiet: true });
  const databases = v.parse(DatabaseList, JSON.parse(output.slice(output.indexOf('['))));
  return databases.find((d) => d.name === name)?.uuid ?? null;
}

/** The id this machine already knows: wrangler.toml's (written there by the Deploy button) or .pouls/deploy.json's. */
export function knownDatabaseId(): string | null {
  return databaseBinding().database_id ?? readDeployState()?.databaseId ?? null;
}

/**
 * This instance's database: the known id, else the account's database of wrangler.toml's name (a lost
 * .pouls/deploy.json, another machine), else a new one. Running it again never creates a second.
 */
export async function findOrCreateDatabase(): Promise<{ name: string; id: string; created: boolean }> {
  const { database_name: name } = databaseBinding();
  const known = knownDatabaseId() ?? (await findDatabase(name));
  if (known) return { name, id: known, created: false };
  await runWrangler(['d1', 'create', name], { quiet: true });
  const id = await findDatabase(name);
  if (!id) throw new Error(`wrangler d1 create ${name} succeeded but the database is not listed`);
  return { name, id, created: true };
}

/** The address `wrangler deploy` printed: the workers.dev one first, else the first https address. */
export function deployedUrl(output: string): string | null {
  const addresses = output.match(/https:\/\/[^\s)]+/g) ?? [];
  return (addresses.find((a) => a.endsWith('.workers.dev')) ?? addresses[0] ?? null)?.replace(/\/+$/, '') ?? null;
}
