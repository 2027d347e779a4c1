/**
 * A signed-in coordinator for browser tests that are not about signing up. coordinator.test.ts owns the
 * install's one-time setup link (the first owner may only be created once), so this makes an owner of a
 * separate organisation directly in the run's local D1, then signs them in through the API like anyone.
 * `remove()` deletes them with their organisation and its surveys: whichever order the test files run
 * in, the others find the install as they expect (no coordinator yet, setup link still valid).
 */
import { pbkdf2Sync, randomBytes, randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { queryLocal } from '../../../scripts/lib/wrangler.ts';

export type Owner = { orgId: string; userId: string; email: string; password: string; remove: () => Promise<void> };

const base64url = (bytes: Buffer) => bytes.toString('base64url');
const sql = (text: string) => `'${text.replaceAll("'", "''")}'`;
/** As worker/domain/secrets.ts stores them: PBKDF2-SHA256, 100,000 iterations, base64url. */
const ITERATIONS = 100_000;

export async function createOwner(context: BrowserContext, baseUrl: string, persistTo: string, organisation: string): Promise<Owner> {
  const orgId = randomUUID();
  const userId = randomUUID();
  const email = `owner-${userId.slice(0, 8)}@editor-tests.example`;
  const password = `une phrase de passe ${randomUUID()}`;
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(password.normalize('NFKC'), salt, ITERATIONS, 32, 'sha256');
  const now = new Date().toISOString();
  await queryLocal(
    [
      `INSERT INTO organisations (id, name, created_at) VALUES (${sql(orgId)}, ${sql(organisation)}, ${sql(now)})`,
      `INSERT INTO users (id, email, name, password_hash, password_salt, password_iterations, created_at) VALUES (${sql(userId)}, ${sql(email)}, 'Camille Durand', ${sql(base64url(hash))}, ${sql(base64url(salt))}, ${ITERATIONS}, ${sql(now)})`,
      `INSERT INTO memberships (organisation_id, user_id, role) VALUES (${sql(orgId)}, ${sql(userId)}, 'owner')`,
    ].join(';\n'),
    { persistTo },
  );
  const signIn = await context.request.post(`${baseUrl}/api/auth/sign-in`, { data: { email, password } });
  if (!signIn.ok()) throw new Error(`sign-in: HTTP ${signIn.status()} ${await signIn.text()}`);
  return {
    orgId,
    userId,
    email,
    password,
    remove: async () => {
      await queryLocal(
        [`DELETE FROM surveys WHERE organisation_id = ${sql(orgId)}`, `DELETE FROM organisations WHERE id = ${sql(orgId)}`, `DELETE FROM users WHERE id = ${sql(userId)}`].join(';\n'),
        { persistTo },
      );
    },
  };
}
