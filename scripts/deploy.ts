/**
 * `npm run deploy`: puts this Pouls online on the signed-in Cloudflare account, and can be run again
 * at any time (each run upgrades the same instance and keeps its data):
 *
 *   1. checks someone is signed in (`npx wrangler login`, or CLOUDFLARE_API_TOKEN in CI);
 *   2. finds this instance's D1 database, or creates it, and keeps its id in .pouls/deploy.json;
 *   3. applies the pending migrations to it, naming them;
 *   4. builds the front end and deploys the worker;
 *   5. prints the address and, while no owner exists, a one-time setup link issued on that database.
 *
 *   --dry-run           every step offline: the local database (as `npm start` uses it, or
 *                       --persist-to <dir>), `wrangler deploy --dry-run --outdir`, then the worker's
 *                       size and startup time against their budgets (scripts/lib/worker-size.ts)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFrontEnd } from './lib/build.ts';
import { deployedUrl, findOrCreateDatabase, signedInAs } from './lib/cloudflare.ts';
import { deployConfig } from './lib/deploy-config.ts';
import { deployStateFile, readDeployState, writeDeployState } from './lib/deploy-state.ts';
import { describeUpgrade, upgradeDatabase } from './lib/migrations.ts';
import { bundleSize, judge, startupMs } from './lib/worker-size.ts';
import { issueSetupToken, runWrangler, type LocalOptions } from './lib/wrangler.ts';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false }, 'persist-to': { type: 'string' } } });
const dryRun = values['dry-run'];
const step = (text: string) => console.log(`› ${text}`);

step('Signed in to Cloudflare?');
if (dryRun) console.log('  skipped: --dry-run stays on this machine.');
else {
  const who = await signedInAs();
  if (!who) {
    console.error('  Nobody is signed in. Run `npx wrangler login` (or set CLOUDFLARE_API_TOKEN), then `npm run deploy` again.');
    process.exit(1);
  }
  console.log(`  ${who}`);
}

step('The D1 database');
let database: LocalOptions;
let config: string;
if (dryRun) {
  config = deployConfig(null);
  database = { persistTo: values['persist-to'] };
  console.log(`  the local one (${values['persist-to'] ?? '.wrangler/state'}), as \`npm start\` uses it.`);
} else {
  const found = await findOrCreateDatabase();
  writeDeployState({ ...readDeployState(), databaseName: found.name, databaseId: found.id });
  config = deployConfig(found.id);
  database = { remote: true, config };
  console.log(`  ${found.created ? 'created' : 'found'}: ${found.name} (${found.id}), kept in ${deployStateFile()}.`);
}

step('Migrations');
console.log(describeUpgrade(await upgradeDatabase(database), dryRun ? 'local database' : 'remote database'));

step('Building the front end');
buildFrontEnd('warn');

let address: string;
if (dryRun) {
  step('Deploying (dry run: bundled, not uploaded)');
  const outdir = mkdtempSync(join(tmpdir(), 'pouls-deploy-'));
  await runWrangler(['deploy', '--dry-run', '--outdir', outdir, '--config', config], { quiet: true });
  const size = bundleSize(outdir);
  const { lines, over } = judge(size, await startupMs(config));
  console.log(`  bundle in ${outdir}:`);
  for (const line of lines) console.log(line);
  if (over.length > 0) {
    console.error(`  Over budget: ${over.join(', ')}. See scripts/lib/worker-size.ts for the limits they come from.`);
    process.exit(1);
  }
  address = 'http://localhost:8787';
} else {
  step('Deploying');
  const output = await runWrangler(['deploy', '--config', config], { quiet: true });
  const url = deployedUrl(output);
  if (!url) {
    console.error(`  wrangler deploy printed no address:\n${output}`);
    process.exit(1);
  }
  const state = readDeployState();
  if (state) writeDeployState({ ...state, url });
  address = url;
}

step('Setup link');
const token = await issueSetupToken(database);
if (token) console.log(`  No owner yet. Create your organisation and owner account (single-use link, 7 days):\n  ${address}/setup/${token}`);
else console.log('  An owner exists: nothing to set up. (A forgotten password: `npm run reset-link -- <email>' + (dryRun ? '' : ' --remote') + '`.)');

console.log(`\n  Pouls ${dryRun ? 'would be' : 'is'} online: ${dryRun ? '(dry run, nothing uploaded)' : `${address}/`}`);
if (!dryRun) console.log(`  Coordinators: ${address}/app`);
