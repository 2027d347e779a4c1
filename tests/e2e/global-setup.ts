/**
 * One `wrangler dev` for all browser tests, on a free port, with a throwaway local D1 holding the
 * migrations and the demo survey. Assumes the front end was built (`npm test` builds it first).
 */
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, applyMigrations, freshStateDir, issueSetupToken, seedDemo, startDevServer, type DevServer } from '../../scripts/lib/wrangler.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The one-time setup link's token of this fresh install (no coordinator yet): coordinator.test.ts uses it. */
    setupToken: string;
    /** The local D1 of this run, for helpers that prepare what the API cannot (support/owner.ts). */
    persistTo: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A port found free can be taken by another process before wrangler binds it: then one more try. */
async function startOnFreePort(persistTo: string): Promise<DevServer> {
  return startDevServer({ port: await freePort(), persistTo, testScheduled: true });
}

export default async function setup(project: TestProject) {
  for (const page of ['respond/index.html', 'live/index.html', 'ideas/index.html', 'ideas/display/index.html', 'app/index.html'])
    if (!existsSync(join(ROOT, 'dist/web', page))) throw new Error(`dist/web/${page} is missing: run \`npm run build\` first (npm test does).`);
  const persistTo = freshStateDir('e2e');
  await applyMigrations({ persistTo }, true);
  await seedDemo({ persistTo }, true);
  const setupToken = await issueSetupToken({ persistTo });
  if (!setupToken) throw new Error('a fresh e2e database should have no coordinator yet');
  const server = await startOnFreePort(persistTo).catch(() => startOnFreePort(persistTo));
  project.provide('baseUrl', server.url);
  project.provide('setupToken', setupToken);
  project.provide('persistTo', persistTo);
  return async () => {
    await server.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
