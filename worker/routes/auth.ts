import { Hono } from 'hono';
import { PasswordChange, SignIn, Setup } from '../../schema/accounts.ts';
import { changePassword, deleteSession, passwordOfUser, recordSignIn, setupTokenExpiry, userCount, userWithPasswordByEmail } from '../db/accounts.ts';
import { isUniqueViolation } from '../db/client.ts';
import { setUpInstall } from '../db/setup.ts';
import { deleteSigninThrottleStatement } from '../db/signin-throttle.ts';
import { hashPassword, sha256, verifyPassword } from '../domain/secrets.ts';
import type { AppEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { limitSignIns } from '../middleware/rate-limit.ts';
import { clearSessionCookie, requireUser, sessionStatement } from '../middleware/session.ts';
import { isTrustedDevice, trustDevice } from '../middleware/trusted-device.ts';
import { jsonBody } from '../middleware/validate.ts';
import { me } from '../services/me.ts';
import { accountHash, holdSignInAttempt } from '../middleware/signin-gate.ts';

const invalidSetupLink = { fr: 'Lien de configuration invalide, expiré ou déjà utilisé', en: 'Setup link invalid, expired or already used' };

/** Sign-in, sign-out, password change, and the one-time setup of a fresh install. */
export const auth = new Hono<AppEnv>()
  .get('/setup/:token', async (c) => {
    const { db, lang } = c.var;
    const valid = (await userCount(db)) === 0 && (await setupTokenExpiry(db, await sha256(c.req.param('token')), c.var.clock().toISOString())) !== null;
    if (!valid) throw apiError(404, 'token', invalidSetupLink, lang);
    return c.json({ valid: true as const });
  })

  /** Creates the first organisation and its owner, who adopts the surveys seeded before (the demo). */
  .post('/setup', requireJson, limitBody, limitSignIns, jsonBody(Setup), async (c) => {
    const { db, lang } = c.var;
    const input = c.req.valid('json');
    const now = c.var.clock().toISOString();
    const tokenHash = await sha256(input.token);
    const linkExpiresAt = (await userCount(db)) === 0 ? await setupTokenExpiry(db, tokenHash, now) : null;
    if (!linkExpiresAt) throw apiError(404, 'token', invalidSetupLink, lang);
    const owner = { id: crypto.randomUUID(), email: input.email, name: input.name };
    const session = await sessionStatement(c, db, owner.id);
    const organisation = { id: crypto.randomUUID(), name: input.organisation };
    try {
      await setUpInstall(db, { tokenHash, linkExpiresAt, organisation, owner, password: await hashPassword(input.password), session: session.statement, now });
    } catch (error) {
      // The same link used by another request meanwhile: its guard row is there (db/links.ts).
      if (isUniqueViolation(error)) throw apiError(404, 'token', invalidSetupLink, lang);
      throw error;
    }
    return c.json(await me(db, owner), 201);
  })

  /**
   * Besides the per-address limits (limitSignIns), a delay per account whatever the address
   * (worker/middleware/signin-gate.ts), skipped from a browser the account signed in from before.
   */
  .post('/sign-in', requireJson, limitBody, limitSignIns, jsonBody(SignIn), async (c) => {
    const { db, lang } = c.var;
    const { email, password } = c.req.valid('json');
    const user = await userWithPasswordByEmail(db, email);
    // The same queries for an unknown email as for a known one: timing does not tell them apart.
    if (!(await isTrustedDevice(c, user?.id ?? ''))) await holdSignInAttempt(c, email);
    // Same answer, and the same work, whether or not the email exists.
    if (!(await verifyPassword(password, user?.password ?? null)) || !user)
      throw apiError(401, 'password', { fr: 'E-mail ou mot de passe incorrect', en: 'Wrong email or password' }, lang);
    const session = await sessionStatement(c, db, user.id);
    await recordSignIn(db, {
      session: session.statement,
      clearThrottle: deleteSigninThrottleStatement(db, await accountHash(email)),
      trustDevice: await trustDevice(c, db, user.id),
    });
    return c.json(await me(db, user));
  })

  .post('/sign-out', async (c) => {
    if (c.var.user) await deleteSession(c.var.db, c.var.user.sessionHash);
    clearSessionCookie(c);
    return c.body(null, 204);
  })

  .get('/me', requireUser, async (c) => c.json(await me(c.var.db, c.var.user!)))

  /** Changes the password and signs out every other session of this user. */
  .post('/password', requireUser, requireJson, limitBody, limitSignIns, jsonBody(PasswordChange), async (c) => {
    const { db, lang } = c.var;
    const user = c.var.user!;
    const { current, next } = c.req.valid('json');
    if (!(await verifyPassword(current, await passwordOfUser(db, user.id))))
      throw apiError(422, 'current', { fr: 'Mot de passe actuel incorrect', en: 'Current password is wrong' }, lang);
    await changePassword(db, user.id, await hashPassword(next), user.sessionHash);
    return c.body(null, 204);
  });
