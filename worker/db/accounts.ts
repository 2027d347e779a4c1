import type { Role } from '../../schema/accounts.ts';
import type { PasswordHash } from '../domain/secrets.ts';
import type { Db } from './client.ts';

export type UserRow = { id: string; email: string; name: string };
type UserWithPassword = UserRow & { password_hash: string; password_salt: string; password_iterations: number };

export async function userCount(db: Db): Promise<number> {
  return (await db.first<{ n: number }>(db.prepare('SELECT COUNT(*) AS n FROM users')))?.n ?? 0;
}

export async function userWithPasswordByEmail(db: Db, email: string): Promise<(UserRow & { password: PasswordHash }) | null> {
  const row = await db.first<UserWithPassword>(db.prepare('SELECT * FROM users WHERE email = ?', email));
  return (
    row && { id: row.id, email: row.email, name: row.name, password: { hash: row.password_hash, salt: row.password_salt, iterations: row.password_iterations } }
  );
}

export async function passwordOfUser(db: Db, userId: string): Promise<PasswordHash | null> {
  const row = await db.first<UserWithPassword>(db.prepare('SELECT password_hash, password_salt, password_iterations FROM users WHERE id = ?', userId));
  return row && { hash: row.password_hash, salt: row.password_salt, iterations: row.password_iterations };
}

export function insertUserStatement(db: Db, user: UserRow, password: PasswordHash, now: string): D1PreparedStatement {
  return db.prepare(
    'INSERT INTO users (id, email, name, password_hash, password_salt, password_iterations, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    user.id,
    user.email,
    user.name,
    password.hash,
    password.salt,
    password.iterations,
    now,
  );
}

export function updatePasswordStatement(db: Db, userId: string, password: PasswordHash): D1PreparedStatement {
  return db.prepare(
    'UPDATE users SET password_hash = ?, password_salt = ?, password_iterations = ? WHERE id = ?',
    password.hash,
    password.salt,
    password.iterations,
    userId,
  );
}

// ---- organisations and memberships ----

export function insertOrganisationStatement(db: Db, id: string, name: string, now: string): D1PreparedStatement {
  return db.prepare('INSERT INTO organisations (id, name, created_at) VALUES (?, ?, ?)', id, name, now);
}

/** Surveys seeded before any organisation existed (the demo) join the first one. */
export function adoptOrphanSurveysStatement(db: Db, organisationId: string): D1PreparedStatement {
  return db.prepare('UPDATE surveys SET organisation_id = ? WHERE organisation_id IS NULL', organisationId);
}

export function insertMembershipStatement(db: Db, organisationId: string, userId: string, role: Role): D1PreparedStatement {
  return db.prepare(
    'INSERT INTO memberships (organisation_id, user_id, role) VALUES (?, ?, ?) ON CONFLICT (organisation_id, user_id) DO UPDATE SET role = excluded.role',
    organisationId,
    userId,
    role,
  );
}

export async function organisationsOfUser(db: Db, userId: string): Promise<{ id: string; name: string; role: Role }[]> {
  return db.all(
    db.prepare('SELECT o.id, o.name, m.role FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = ? ORDER BY o.name', userId),
  );
}

export async function roleInOrganisation(db: Db, organisationId: string, userId: string): Promise<Role | null> {
  const row = await db.first<{ role: Role }>(db.prepare('SELECT role FROM memberships WHERE organisation_id = ? AND user_id = ?', organisationId, userId));
  return row?.role ?? null;
}

export async function membersOfOrganisation(db: Db, organisationId: string): Promise<(UserRow & { role: Role })[]> {
  return db.all(
    db.prepare(
      'SELECT u.id, u.email, u.name, m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = ? ORDER BY u.name',
      organisationId,
    ),
  );
}

export async function ownerCount(db: Db, organisationId: string): Promise<number> {
  return (
    (await db.first<{ n: number }>(db.prepare("SELECT COUNT(*) AS n FROM memberships WHERE organisation_id = ? AND role = 'owner'", organisationId)))?.n ?? 0
  );
}

export async function updateMemberRole(db: Db, organisationId: string, userId: string, role: Role): Promise<boolean> {
  const result = await db.run(db.prepare('UPDATE memberships SET role = ? WHERE organisation_id = ? AND user_id = ?', role, organisationId, userId));
  return result.meta.changes === 1;
}

export async function deleteMembership(db: Db, organisationId: string, userId: string): Promise<boolean> {
  const result = await db.run(db.prepare('DELETE FROM memberships WHERE organisation_id = ? AND user_id = ?', organisationId, userId));
  return result.meta.changes === 1;
}

// ---- sessions ----

export function insertSessionStatement(db: Db, tokenHash: string, userId: string, expiresAt: string): D1PreparedStatement {
  return db.prepare('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)', tokenHash, userId, expiresAt);
}

export async function userBySession(db: Db, tokenHash: string, now: string): Promise<UserRow | null> {
  return db.first<UserRow>(
    db.prepare('SELECT u.id, u.email, u.name FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ?', tokenHash, now),
  );
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.run(db.prepare('DELETE FROM sessions WHERE token_hash = ?', tokenHash));
}

export function deleteOtherSessionsStatement(db: Db, userId: string, keepTokenHash: string): D1PreparedStatement {
  return db.prepare('DELETE FROM sessions WHERE user_id = ? AND token_hash != ?', userId, keepTokenHash);
}

// ---- single-use links ----

export async function insertSetupToken(db: Db, tokenHash: string, expiresAt: string): Promise<void> {
  await db.run(db.prepare('INSERT INTO setup_tokens (token_hash, expires_at) VALUES (?, ?)', tokenHash, expiresAt));
}

/** The expiry of a setup token still valid at `now`, or null. */
export async function setupTokenExpiry(db: Db, tokenHash: string, now: string): Promise<string | null> {
  return (
    (await db.first<{ expires_at: string }>(db.prepare('SELECT expires_at FROM setup_tokens WHERE token_hash = ? AND expires_at > ?', tokenHash, now)))
      ?.expires_at ?? null
  );
}

/** Consumes every setup token: setup happens once per install. */
export function deleteSetupTokensStatement(db: Db): D1PreparedStatement {
  return db.prepare('DELETE FROM setup_tokens');
}

export type InvitationRow = { organisation_id: string; organisation_name: string; email: string; role: Role; expires_at: string; used_at: string | null };

export function insertInvitationStatement(
  db: Db,
  invitation: { tokenHash: string; organisationId: string; email: string; role: Role; invitedBy: string; expiresAt: string },
): D1PreparedStatement {
  return db.prepare(
    'INSERT INTO invitations (token_hash, organisation_id, email, role, invited_by, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    invitation.tokenHash,
    invitation.organisationId,
    invitation.email,
    invitation.role,
    invitation.invitedBy,
    invitation.expiresAt,
  );
}

export async function invitationByToken(db: Db, tokenHash: string): Promise<InvitationRow | null> {
  return db.first<InvitationRow>(
    db.prepare(
      'SELECT i.organisation_id, o.name AS organisation_name, i.email, i.role, i.expires_at, i.used_at FROM invitations i JOIN organisations o ON o.id = i.organisation_id WHERE i.token_hash = ?',
      tokenHash,
    ),
  );
}

/** An organisation's invitations still waiting at `now` (unused, unexpired), newest first; `id` is the link's hash (the link itself is never kept). */
export async function pendingInvitations(
  db: Db,
  organisationId: string,
  now: string,
): Promise<{ id: string; email: string; role: Role; expiresAt: string; invitedBy: string | null }[]> {
  return db.all(
    db.prepare(
      `SELECT i.token_hash AS id, i.email, i.role, i.expires_at AS expiresAt, u.name AS invitedBy
       FROM invitations i LEFT JOIN users u ON u.id = i.invited_by
       WHERE i.organisation_id = ? AND i.used_at IS NULL AND i.expires_at > ? ORDER BY i.expires_at DESC`,
      organisationId,
      now,
    ),
  );
}

/** Revokes a pending invitation of this organisation; returns its email, or null when there was none to revoke. */
export async function deletePendingInvitation(db: Db, organisationId: string, tokenHash: string): Promise<string | null> {
  const row = await db.first<{ email: string }>(
    db.prepare('DELETE FROM invitations WHERE organisation_id = ? AND token_hash = ? AND used_at IS NULL RETURNING email', organisationId, tokenHash),
  );
  return row?.email ?? null;
}

/** Marks an invitation used only if it still is unused and unexpired: the statement is the single-use guard. */
export function useInvitationStatement(db: Db, tokenHash: string, now: string): D1PreparedStatement {
  return db.prepare('UPDATE invitations SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?', now, tokenHash, now);
}

/** Opens `session` on sign-in, together with clearing the account's sign-in delay and trusting this browser. */
export async function recordSignIn(
  db: Db,
  signIn: { session: D1PreparedStatement; clearThrottle: D1PreparedStatement; trustDevice: D1PreparedStatement },
): Promise<void> {
  await db.batch([signIn.session, signIn.clearThrottle, signIn.trustDevice]);
}

/** A new password, and every other session of the user signed out, together. */
export async function changePassword(db: Db, userId: string, password: PasswordHash, keepSessionHash: string): Promise<void> {
  await db.batch([updatePasswordStatement(db, userId, password), deleteOtherSessionsStatement(db, userId, keepSessionHash)]);
}

/** A pending invitation, valid until `expiresAt`. */
export async function insertInvitation(db: Db, invitation: Parameters<typeof insertInvitationStatement>[1]): Promise<void> {
  await db.batch([insertInvitationStatement(db, invitation)]);
}

/** Spends an invitation (a guarded update: single-use even under concurrent clicks); whether this call spent it. */
export async function useInvitation(db: Db, tokenHash: string, now: string): Promise<boolean> {
  return (await db.run(useInvitationStatement(db, tokenHash, now))).meta.changes === 1;
}

/** An existing account joins an organisation. */
export async function joinOrganisation(db: Db, organisationId: string, userId: string, role: Role): Promise<void> {
  await db.batch([insertMembershipStatement(db, organisationId, userId, role)]);
}

/** A newcomer's account, membership and first `session`, all or nothing. */
export async function createInvitedAccount(
  db: Db,
  account: { user: UserRow; password: PasswordHash; now: string; organisationId: string; role: Role; session: D1PreparedStatement },
): Promise<void> {
  await db.batch([
    insertUserStatement(db, account.user, account.password, account.now),
    insertMembershipStatement(db, account.organisationId, account.user.id, account.role),
    account.session,
  ]);
}
