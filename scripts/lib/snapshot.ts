/**
 * A frozen copy of what `wrangler dev` serves (config, worker, schema, built front end), so a long run
 * measures one version of the code: edits made meanwhile under the project, by you or a colleague,
 * would otherwise make wrangler rebuild and restart the worker mid-run (503 « Your worker restarted
 * mid-request »). node_modules is linked, not copied.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './wrangler.ts';

/** Top-level entries wrangler needs to build and serve the worker; dist/ holds the assets. */
const NEEDED = [/^wrangler\.(toml|jsonc?)$/, /^package\.json$/, /^tsconfig.*\.json$/, /^worker$/, /^schema$/, /^dist$/];

export type Snapshot = { dir: string; remove: () => void };

export function snapshotProject(label: string, root: string = ROOT): Snapshot {
  const dir = mkdtempSync(join(tmpdir(), `pouls-${label}-tree-`));
  for (const entry of readdirSync(root)) {
    if (NEEDED.some((pattern) => pattern.test(entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true, verbatimSymlinks: true });
  }
  if (existsSync(join(root, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
