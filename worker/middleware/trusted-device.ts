import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Db } from '../db/client.ts';
import { deviceIsTrusted, trustDeviceStatement } from '../db/trusted-devices.ts';
import { newToken, sha256 } from '../domain/secrets.ts';
import type { AppEnv } from '../env.ts';

/**
 * A browser an account signed in from: a random token in `__Host-pouls_device` (HttpOnly, Secure,
 * SameSite=Strict), stored hashed. Sign-ins from such a browser skip the per-account delay
 * (worker/domain/signin-throttle.ts), so someone failing on purpose from elsewhere cannot keep a
 * colleague out of the browser they always use.
 */
const DEVICE_COOKIE = 'pouls_device';
const DEVICE_DAYS = 90;
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

const deviceToken = (c: Context<AppEnv>) => {
  const token = getCookie(c, DEVICE_COOKIE, 'host');
  return token && TOKEN.test(token) ? token : null;
};

export async function isTrustedDevice(c: Context<AppEnv>, userId: string): Promise<boolean> {
  const token = deviceToken(c);
  return token !== null && deviceIsTrusted(c.var.db, await sha256(token), userId, c.var.clock().toISOString());
}

/** Trusts this browser for `userId` (for DEVICE_DAYS more), keeping its token if it has one: one browser may serve several accounts. */
export async function trustDevice(c: Context<AppEnv>, db: Db, userId: string): Promise<D1PreparedStatement> {
  const token = deviceToken(c) ?? newToken();
  const expires = new Date(c.var.clock().getTime() + DEVICE_DAYS * 86_400_000);
  setCookie(c, DEVICE_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/', maxAge: DEVICE_DAYS * 86_400, prefix: 'host' });
  return trustDeviceStatement(db, await sha256(token), userId, expires.toISOString());
}
