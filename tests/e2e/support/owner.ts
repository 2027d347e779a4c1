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
import { quietReleaseHour } from './release.ts';

export type Member = { userId: string; email: string; password: string };
export type Owner = Member & { orgId: string; remove: () => Promise<void> };

const base64url = (bytes: Buffer) => bytes.toString('base64url');
const sql = (text: string) => `'${text.replaceAll("'", "''")}'`;
/** As worker/domain/secrets.ts stores them: PBKDF2-SHA256, 100,000 iterations, base64url. */
const ITERATIONS = 100_000;

/** A user of the organisation with this role, in SQL, and their password. */
function account(orgId: string, name: string, role: 'owner' | 'editor' | 'viewer'): Member & { statements: string[] } {
  const userId = randomUUID();
  const email = `${role}-${userId.slice(0, 8)}@editor-tests.example`;
  const password = `une phrase de passe ${randomUUID()}`;
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(password.normalize('NFKC'), salt, ITERATIONS, 32, 'sha256');
  const now = new Date().toISOString();
  return {
    userId,
    email,
    password,
    statements: [
      `INSERT INTO users (id, email, name, password_hash, password_salt, password_iterations, created_at) VALUES (${sql(userId)}, ${sql(email)}, ${sql(name)}, ${sql(base64url(hash))}, ${sql(base64url(salt))}, ${ITERATIONS}, ${sql(now)})`,
      `INSERT INTO memberships (organisation_id, user_id, role) VALUES (${sql(orgId)}, ${sql(userId)}, ${sql(role)})`,
    ],
  };
}

async function signIn(context: BrowserContext, baseUrl: string, { email, password }: Member): Promise<void> {
  const response = await context.request.post(`${baseUrl}/api/auth/sign-in`, { data: { email, password } });
  if (!response.ok()) throw new Error(`sign-in: HTTP ${response.status()} ${await response.text()}`);
}

/** An owner of a new organisation (publishing 12 hours away from now: see support/release.ts), signed in in `context`. */
export async function createOwner(context: BrowserContext, baseUrl: string, persistTo: string, organisation: string): Promise<Owner> {
  const orgId = randomUUID();
  const owner = account(orgId, 'Camille Durand', 'owner');
  const now = new Date().toISOString();
  await queryLocal(
    [
      `INSERT INTO organisations (id, name, created_at, release_hour) VALUES (${sql(orgId)}, ${sql(organisation)}, ${sql(now)}, ${quietReleaseHour()})`,
      ...owner.statements,
    ].join(';\n'),
    { persistTo },
  );
  await signIn(context, baseUrl, owner);
  return {
    orgId,
    userId: owner.userId,
    email: owner.email,
    password: owner.password,
    remove: async () => {
      await queryLocal(
        [
          `DELETE FROM surveys WHERE organisation_id = ${sql(orgId)}`,
          `DELETE FROM users WHERE id IN (SELECT user_id FROM memberships WHERE organisation_id = ${sql(orgId)})`,
          `DELETE FROM organisations WHERE id = ${sql(orgId)}`,
        ].join(';\n'),
        { persistTo },
      );
    },
  };
}

/** Another member of the owner's organisation, signed in in `context` (removed with the owner). */
export async function addMember(
  context: BrowserContext,
  baseUrl: string,
  persistTo: string,
  owner: Owner,
  role: 'editor' | 'viewer',
  name: string,
): Promise<Member> {
  const member = account(owner.orgId, name, role);
  await queryLocal(member.statements.join(';\n'), { persistTo });
  await signIn(context, baseUrl, member);
  return { userId: member.userId, email: member.email, password: member.password };
}
