import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './wrangler.ts';

/**
 * The front end, as `npm run build`, `npm start` and the tests serve it: the public pages, then the
 * coordinators' app as a graph of its own (so it never weighs on the respondent's page) into the same dist/web.
 */
export function buildFrontEnd(logLevel: 'info' | 'warn' = 'info'): void {
  for (const config of ['vite.config.ts', 'vite.app.config.ts'])
    execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', config, '--logLevel', logLevel], {
      cwd: ROOT,
      stdio: 'inherit',
    });
}
