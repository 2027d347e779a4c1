import type { Context } from 'hono';
import { insertFirstSigninFailure, replaceSigninFailures, signinThrottleOf } from '../db/signin-throttle.ts';
import { sha256 } from '../domain/secrets.ts';
import { afterFailure, waitBeforeAttempt } from '../domain/signin-throttle.ts';
import type { AppEnv } from '../env.ts';
import { apiError } from './errors.ts';

/** The key of an account's sign-in delay: a hash of the email, whether or not an account has it (the answer must not tell). */
export const accountHash = (email: string) => sha256(`signin|${email}`);

function tooSoon(c: Context<AppEnv>, waitMs: number) {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  c.header('Retry-After', String(seconds));
  return apiError(
    429,
    '$',
    { fr: `Trop de tentatives pour ce compte : réessayez dans ${seconds} s`, en: `Too many attempts for this account: retry in ${seconds} s` },
    c.var.lang,
  );
}

/**
 * Lets one sign-in attempt at `email` through, or refuses it with 429 and Retry-After while the
 * account's delay runs (worker/domain/signin-throttle.ts). The attempt is counted as a failure before
 * the password is checked (`clearSignInDelay` undoes that on success), with a compare-and-set: attempts
 * sent all at once cannot all slip through before one of them is counted.
 */
export async function holdSignInAttempt(c: Context<AppEnv>, email: string): Promise<void> {
  const { db } = c.var;
  const now = c.var.clock();
  const key = await accountHash(email);
  const seen = await signinThrottleOf(db, key);
  const wait = waitBeforeAttempt(seen, now);
  if (wait > 0) throw tooSoon(c, wait);
  const next = afterFailure(seen, now);
  const counted = seen ? await replaceSigninFailures(db, key, seen, next) : await insertFirstSigninFailure(db, key, next);
  if (!counted) throw tooSoon(c, 1000);
}
