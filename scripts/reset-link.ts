/**
 * `npm run reset-link -- <email> [--remote] [--origin https://pouls.example.org]`: a one-time link
 * (24 hours) with which the account `email` chooses a new password, for when nobody in the team can
 * issue one from the app (a sole owner who forgot theirs). Nothing is sent: the link is printed.
 *
 *   --remote        the deployed database (`wrangler d1 execute --remote`, signed in to Cloudflare);
 *                   the local one (.wrangler/state, as `npm start` uses it) otherwise
 *   --origin <url>  the site's address, to print the whole link (default http://localhost:8787)
 *   --persist-to <dir>  another local database (the tests' own)
 */
import { parseArgs } from 'node:util';
import { issueResetToken } from './lib/wrangler.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { remote: { type: 'boolean', default: false }, origin: { type: 'string' }, 'persist-to': { type: 'string' } },
});
const [email] = positionals;
if (!email || !/^[^\s@']+@[^\s@']+$/.test(email.trim())) {
  console.error('usage: npm run reset-link -- <email> [--remote] [--origin https://pouls.example.org]');
  process.exit(2);
}

const issued = await issueResetToken(email, { remote: values.remote, persistTo: values['persist-to'] });
if (!issued) {
  console.error(`No account with the email ${email} in the ${values.remote ? 'deployed' : 'local'} database.`);
  process.exit(1);
}
const origin = (values.origin ?? (values.remote ? '' : 'http://localhost:8787')).replace(/\/+$/, '');
const path = `/app/reset/${issued.token}`;
console.log(`One-time link for ${issued.name} <${email}>, valid until ${issued.expiresAt}:`);
console.log(origin ? `${origin}${path}` : `${path}  (after your site's address: pass --origin to print it whole)`);
