/**
 * `npm start`: build the front end, apply the D1 migrations to the local database, seed the demo
 * (existing data is kept), make sure an admin token exists, then serve Pouls with `wrangler dev`.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, applyMigrations, seedDemo, startDevServer } from './lib/wrangler.ts';

const port = Number(process.env.PORT ?? 8787);

console.log('› Building the front end (vite build)…');
execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });

console.log('› Applying D1 migrations to the local database…');
await applyMigrations({}, true);
console.log('› Seeding the demo survey (kept if already there)…');
await seedDemo({}, true);

const devVars = join(ROOT, '.dev.vars');
const existing = existsSync(devVars) ? readFileSync(devVars, 'utf8') : '';
if (!/^ADMIN_TOKEN=/m.test(existing)) {
  const token = randomBytes(24).toString('base64url');
  writeFileSync(devVars, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}ADMIN_TOKEN=${token}\n`, { mode: 0o600 });
  console.log(`\n  Coordinator token (shown once, kept in .dev.vars):\n  ADMIN_TOKEN=${token}\n`);
}

const server = await startDevServer({ port, inheritOutput: true });
console.log(`\n  Pouls is running: ${server.url.replace('127.0.0.1', 'localhost')}/`);
console.log(`  Demo survey:      ${server.url.replace('127.0.0.1', 'localhost')}/s/demo`);
console.log(`  Demo results:     ${server.url.replace('127.0.0.1', 'localhost')}/s/demo/results\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.stop().then(() => process.exit(0)));
server.process.on('exit', (code) => process.exit(code ?? 0));
