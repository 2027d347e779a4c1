/**
 * What `npm run deploy` learnt about this machine's Cloudflare instance, kept where the next run finds
 * it: `.pouls/deploy.json` (git-ignored, as it names one account's database). Losing it costs nothing:
 * the next deploy finds the database again by name (`wrangler d1 list`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as v from 'valibot';
import { ROOT } from './wrangler.ts';

const DeployState = v.object({
  /** The D1 database's name and id on Cloudflare. */
  databaseName: v.string(),
  databaseId: v.pipe(v.string(), v.uuid()),
  /** The address `wrangler deploy` printed last (https://pouls.<account>.workers.dev), once deployed. */
  url: v.optional(v.pipe(v.string(), v.url())),
});
export type DeployState = v.InferOutput<typeof DeployState>;

export const deployStateFile = (root: string = ROOT) => join(root, '.pouls/deploy.json');

export function readDeployState(root: string = ROOT): DeployState | null {
  const file = deployStateFile(root);
  if (!existsSync(file)) return null;
  const parsed = v.safeParse(DeployState, JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not what npm run deploy writes: ${parsed.issues[0].message}. Delete it and deploy again.`);
  return parsed.output;
}

export function writeDeployState(state: DeployState, root: string = ROOT): void {
  const file = deployStateFile(root);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
}
