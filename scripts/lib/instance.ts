/**
 * Which database a maintenance command (`npm run upgrade`, `npm run setup-link`) works on: the local
 * one by default, the deployed one with --remote, found the way `npm run deploy` left it.
 */
import { knownDatabaseId } from './cloudflare.ts';
import { deployConfig } from './deploy-config.ts';
import { readDeployState } from './deploy-state.ts';
import type { LocalOptions } from './wrangler.ts';

export type Instance = { database: LocalOptions; label: string; origin: string | null };

export function instance({ remote, persistTo, origin }: { remote: boolean; persistTo?: string; origin?: string }): Instance {
  const trim = (url: string) => url.replace(/\/+$/, '');
  if (!remote) return { database: { persistTo }, label: 'local database', origin: trim(origin ?? 'http://localhost:8787') };
  const id = knownDatabaseId();
  if (!id) throw new Error('No deployed database known on this machine: run `npm run deploy` first (it finds an existing one by name).');
  const url = origin ?? readDeployState()?.url;
  return { database: { remote: true, config: deployConfig(id) }, label: 'remote database', origin: url ? trim(url) : null };
}

/** Runs `find`, or prints why it could not and exits: a missing deployment is a sentence, not a stack trace. */
export function orExit<T>(find: () => T): T {
  try {
    return find();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
