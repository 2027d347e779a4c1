import { Hono } from 'hono';
import { PasswordReset } from '../../schema/accounts.ts';
import type { Lang } from '../../schema/lang.ts';
import { isUniqueViolation, type Db } from '../db/client.ts';
import { passwordResetByToken, resetPassword, type PasswordResetRow } from '../db/password-resets.ts';
import { hashPassword, sha256 } from '../domain/secrets.ts';
import type { AppEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { limitSignIns } from '../middleware/rate-limit.ts';
import { sessionStatement } from '../middleware/session.ts';
import { jsonBody } from '../middleware/validate.ts';
import { me } from '../services/me.ts';
import { accountHash } from '../middleware/signin-gate.ts';

const unusable = {
  fr: 'Lien de réinitialisation invalide, expiré ou déjà utilisé : demandez-en un nouveau',
  en: 'Reset link invalid, expired or already used: ask for a new one',
};

async function usableReset(db: Db, tokenHash: string, now: string, lang: Lang): Promise<PasswordResetRow> {
  const reset = await passwordResetByToken(db, tokenHash);
  if (!reset || reset.expires_at <= now) throw apiError(404, 'token', unusable, lang);
  return reset;
}

/**
 * One-time password-reset links (mounted under /api/auth), issued by an owner for a member
 * (routes/members.ts) or by `npm run reset-link`. Using one sets a new password, signs out
 * every session of the account and signs this browser in.
 */
export const authReset = new Hono<AppEnv>()
  .get('/reset/:token', async (c) => {
    const reset = await usableReset(c.var.db, await sha256(c.req.param('token')), c.var.clock().toISOString(), c.var.lang);
    c.header('Cache-Control', 'no-store');
    return c.json({ email: reset.email, expiresAt: reset.expires_at });
  })

  .post('/reset', requireJson, limitBody, limitSignIns, jsonBody(PasswordReset), async (c) => {
    const { db, lang } = c.var;
    const { token, password } = c.req.valid('json');
    const tokenHash = await sha256(token);
    const reset = await usableReset(db, tokenHash, c.var.clock().toISOString(), lang);
    const session = await sessionStatement(c, db, reset.user_id);
    try {
      await resetPassword(db, {
        tokenHash,
        linkExpiresAt: reset.expires_at,
        userId: reset.user_id,
        password: await hashPassword(password),
        accountHash: await accountHash(reset.email),
        session: session.statement,
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw apiError(404, 'token', unusable, lang);
      throw error;
    }
    return c.json(await me(db, { id: reset.user_id, email: reset.email, name: reset.name }));
  });
