/**
 * `npm start`: build the front end, apply the D1 migrations to the local database, seed the demo
 * (existing data is kept), print the one-time setup link while no coordinator exists, then serve
 * Pouls with `wrangler dev`.
 */
import { buildFrontEnd } from './lib/build.ts';
import { applyMigrations, issueSetupToken, seedDemo, startDevServer } from './lib/wrangler.ts';

const port = Number(process.env.PORT ?? 8787);

console.log('› Building the front end (vite build: the public pages, then the coordinators’ app)…');
buildFrontEnd('warn');

console.log('› Applying D1 migrations to the local database…');
await applyMigrations({}, true);
console.log('› Seeding the demo survey and, on a fresh install, the demo idea box (kept if already there)…');
await seedDemo({}, true);
const setupToken = await issueSetupToken();

const server = await startDevServer({ port, inheritOutput: true, testScheduled: true });
const shown = server.url.replace('127.0.0.1', 'localhost');
console.log(`\n  Pouls is running: ${shown}/`);
console.log(`  Demo survey:      ${shown}/s/demo`);
console.log(`  Demo results:     ${shown}/s/demo/results`);
console.log(`  Demo idea box:    ${shown}/b/demo (waiting-room screen: ${shown}/b/demo/display)`);
console.log(`  Coordinators:     ${shown}/app`);
console.log(`  Release now:      ${shown}/__scheduled?cron=17+*+*+*+* (the hourly job: publishes the surveys due)`);
if (setupToken) console.log(`\n  First time? Create your organisation and owner account (single-use link, 7 days):\n  ${shown}/setup/${setupToken}`);
console.log('');

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.stop().then(() => process.exit(0)));
server.process.on('exit', (code) => process.exit(code ?? 0));
