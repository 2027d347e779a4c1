/**
 * Passwords and single-use tokens, with WebCrypto only (no I/O).
 * PBKDF2-SHA256 at 100,000 iterations: the most Cloudflare Workers allow.
 */
export const PBKDF2_ITERATIONS = 100_000;

const encoder = new TextEncoder();

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** A random, URL-safe token of 32 bytes (256 bits). */
export function newToken(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** Tokens are stored as their SHA-256, so a database leak does not hand out sessions or links. */
export async function sha256(text: string): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text))));
}

/** Bytes as lowercase hexadecimal. */
export const toHex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 in hexadecimal: idempotency keys and rate-limit keys, which are compared, never shown. */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text))));
}

async function pbkdf2(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password.normalize('NFKC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return new Uint8Array(bits);
}

export type PasswordHash = { hash: string; salt: string; iterations: number };

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { hash: toBase64Url(await pbkdf2(password, salt, PBKDF2_ITERATIONS)), salt: toBase64Url(salt), iterations: PBKDF2_ITERATIONS };
}

/** Constant-time check. With no stored hash, still spends the same time, so timing does not reveal unknown emails. */
export async function verifyPassword(password: string, stored: PasswordHash | null): Promise<boolean> {
  const reference = stored ?? { hash: toBase64Url(new Uint8Array(32)), salt: toBase64Url(new Uint8Array(16)), iterations: PBKDF2_ITERATIONS };
  const derived = await pbkdf2(password, fromBase64Url(reference.salt), reference.iterations);
  const expected = fromBase64Url(reference.hash);
  const same = derived.length === expected.length && crypto.subtle.timingSafeEqual(derived, expected);
  return stored !== null && same;
}
