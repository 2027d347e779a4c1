/** The bench's wrangler dev: its first coordinator, its D1 counted once it stops, and the crash of the fault run. */
import { randomBytes } from 'node:crypto';
import type { Me } from '../../schema/accounts.ts';
import type { HttpClient } from '../lib/http.ts';
import { queryLocal } from '../lib/wrangler.ts';
import { config, log, runAbort, server } from './context.ts';

/** Counts straight from the D1 tables (not the tallies), once the server is stopped. */
export async function countInD1(persistTo: string, surveyId: string): Promise<{ responses: number; keys: number }> {
  const [row] = await queryLocal<{ responses: number; keys: number }>(
    `SELECT (SELECT COUNT(*) FROM responses WHERE survey_id = '${surveyId}') AS responses, (SELECT COUNT(*) FROM submission_keys WHERE survey_id = '${surveyId}') AS keys`,
    { persistTo, config },
  );
  if (!row) throw new Error('no row from D1');
  return row;
}

/** The first coordinator of a fresh install, through the one-time setup link: returns a session cookie and the organisation. */
export async function setUpCoordinator(client: HttpClient, token: string): Promise<{ cookie: string; orgId: string }> {
  const body = { token, organisation: 'CPTS du banc d’essai', name: 'Bench', email: 'bench@example.org', password: randomBytes(18).toString('base64url') };
  const response = await client.json<Me>('/api/auth/setup', { method: 'POST', body, signal: runAbort.signal });
  if (response.status !== 201) throw new Error(`setup → ${response.status} ${response.body.slice(0, 300)}`);
  const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = setCookie.map((c) => c.split(';')[0]!).find((c) => /^(__Host-)?pouls_session=/.test(c));
  const orgId = response.data.organisations[0]?.id;
  if (!cookie || !orgId) throw new Error(`setup: no session cookie or organisation in ${JSON.stringify(setCookie)} ${response.body.slice(0, 300)}`);
  return { cookie, orgId };
}

/** Kills wrangler dev outright (a crash, not a shutdown) and starts it again on the same port and D1. */
export async function killAndRestart(start: () => Promise<unknown>): Promise<void> {
  const exited = new Promise((done) => server!.process.once('exit', done));
  process.kill(-server!.process.pid!, 'SIGKILL');
  await exited;
  log('  server killed mid-load; starting it again on the same D1…');
  await start();
}
