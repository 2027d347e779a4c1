/**
 * `npm run setup-link [-- --remote] [--origin https://pouls.example.org]`: a new one-time setup link
 * (7 days) while the instance has no owner yet, e.g. when the one `npm run deploy` printed was lost.
 *
 *   --remote            the deployed database (found as `npm run deploy` left it); the local one otherwise
 *   --origin <url>      the site's address (default: the deployed address, or http://localhost:8787)
 *   --persist-to <dir>  another local database
 */
import { parseArgs } from 'node:util';
import { instance, orExit } from './lib/instance.ts';
import { issueSetupToken } from './lib/wrangler.ts';

const { values } = parseArgs({
  options: { remote: { type: 'boolean', default: false }, origin: { type: 'string' }, 'persist-to': { type: 'string' } },
});
const { database, label, origin } = orExit(() => instance({ remote: values.remote, persistTo: values['persist-to'], origin: values.origin }));
const token = await issueSetupToken(database);
if (!token) {
  console.error(`The ${label} has an owner already: no setup link. A forgotten password: npm run reset-link -- <email>${values.remote ? ' --remote' : ''}`);
  process.exit(1);
}
const path = `/setup/${token}`;
console.log(`One-time setup link (7 days), for the first owner of the ${label}:`);
console.log(origin ? `${origin}${path}` : `${path}  (after your site's address: pass --origin to print it whole)`);
