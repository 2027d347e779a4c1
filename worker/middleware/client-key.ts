import type { Context } from 'hono';
import { rateLimitSecretOfDay } from '../db/rate-limit-secrets.ts';
import { newToken, toHex } from '../domain/secrets.ts';
import type { AppEnv } from '../env.ts';
import { parisDay } from '../domain/paris-time.ts';

const encoder = new TextEncoder();

/** The day's HMAC key, kept by this isolate until the day changes (one D1 statement a day per isolate). */
let cached: { day: string; key: Promise<CryptoKey> } | null = null;

function keyOfDay<E extends AppEnv>(c: Context<E>, day: string): Promise<CryptoKey> {
  if (cached?.day !== day) {
    const key = rateLimitSecretOfDay(c.var.db, day, newToken()).then((secret) =>
      crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
    );
    cached = { day, key };
    // A failed read must not stick for the rest of the day.
    key.catch(() => {
      if (cached?.key === key) cached = null;
    });
  }
  return cached.key;
}

/** The client's address as the edge reports it; never stored, only hashed below. */
export const clientAddress = <E extends AppEnv>(c: Context<E>) => c.req.header('CF-Connecting-IP') ?? 'local';

/**
 * The key under which a rate limiter counts this client for `scope`: HMAC-SHA256 of the address with
 * a secret that changes every day (Paris) (worker/db/rate-limit-secrets.ts). A plain hash of an IPv4
 * address is reversed by trying all 2^32; this one cannot be without the day's secret, deleted the
 * next day. Limiter windows last a minute, so the daily change costs nothing.
 */
export async function clientKey<E extends AppEnv>(c: Context<E>, scope: string): Promise<string> {
  const key = await keyOfDay(c, parisDay(c.var.clock()));
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`${scope}|${clientAddress(c)}`));
  return toHex(new Uint8Array(mac));
}
