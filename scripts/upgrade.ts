/**
 * `npm run upgrade [-- --remote]`: applies the pending D1 migrations and names them. The local
 * database by default (.wrangler/state, or --persist-to <dir>); the deployed one with --remote
 * (`npm run deploy` does this too, before deploying the new code).
 */
import { parseArgs } from 'node:util';
import { instance, orExit } from './lib/instance.ts';
import { describeUpgrade, upgradeDatabase } from './lib/migrations.ts';

const { values } = parseArgs({ options: { remote: { type: 'boolean', default: false }, 'persist-to': { type: 'string' } } });
const { database, label } = orExit(() => instance({ remote: values.remote, persistTo: values['persist-to'] }));
console.log(describeUpgrade(await upgradeDatabase(database), label));
