import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { roleAllows, type Role } from '../../schema/accounts.ts';
import { insertSessionStatement, roleInOrganisation, userBySession } from '../db/accounts.ts';
import type { Db } from '../db/client.ts';
import { newToken, sha256 } from '../domain/secrets.ts';
import type { AppEnv, MemberEnv, SessionUser } from '../env.ts';
import { apiError } from './errors.ts';

/** Sent as `__Host-pouls_session`: Secure, path /, no Domain — bound to this exact origin. */
export const SESSION_COOKIE = 'pouls_session';
const SESSION_DAYS = 14;

/** Reads the session cookie, if any; invalid or expired sessions are simply ignored. */
export const loadSession = createMiddleware<AppEnv>(async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE, 'host');
  if (token && /^[A-Za-z0-9_-]{20,100}$/.test(token)) {
    const sessionHash = await sha256(token);
    const user = await userBySession(c.var.db, sessionHash, c.var.clock().toISOString());
    if (user) c.set('user', { ...user, sessionHash });
  }
  await next();
});

export const requireUser = createMiddleware<AppEnv & { Variables: { user: SessionUser } }>(async (c, next) => {
  if (!c.var.user) throw apiError(401, 'session', { fr: 'Connectez-vous pour continuer', en: 'Sign in to continue' }, c.var.lang);
  await next();
});

/**
 * Checks that the signed-in user belongs to the route's organisation (`:orgId`) with at least `needed`.
 * Every coordinator route goes through this.
 */
export function requireRole(needed: Role) {
  return createMiddleware<MemberEnv>(async (c, next) => {
    const { user, lang, db } = c.var;
    if (!user) throw apiError(401, 'session', { fr: 'Connectez-vous pour continuer', en: 'Sign in to continue' }, lang);
    const role = await roleInOrganisation(db, c.req.param('orgId') ?? '', user.id);
    if (!role) throw apiError(403, 'orgId', { fr: 'Vous n’êtes pas membre de cette organisation', en: 'You are not a member of this organisation' }, lang);
    if (!roleAllows(role, needed)) {
      const names = { viewer: ['lecteur', 'viewer'], editor: ['éditeur', 'editor'], owner: ['propriétaire', 'owner'] } as const;
      throw apiError(403, 'role', { fr: `Action réservée au rôle ${names[needed][0]} ou plus`, en: `This needs the ${names[needed][1]} role or higher` }, lang);
    }
    c.set('role', role);
    await next();
  });
}

/** Opens a session: random token in an HttpOnly, Secure, SameSite=Lax cookie; only its hash is stored. */
export async function sessionStatement(c: Context<AppEnv>, db: Db, userId: string): Promise<{ statement: D1PreparedStatement; hash: string }> {
  const token = newToken();
  const hash = await sha256(token);
  const expires = new Date(c.var.clock().getTime() + SESSION_DAYS * 86_400_000);
  // Max-Age rather than Expires: the browser counts from now, whatever the server's clock says.
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/', maxAge: SESSION_DAYS * 86_400, prefix: 'host' });
  return { statement: insertSessionStatement(db, hash, userId, expires.toISOString()), hash };
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true, prefix: 'host' });
}
