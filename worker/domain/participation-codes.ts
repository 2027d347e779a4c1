/**
 * Printed single-use participation codes: 8 characters of Crockford's base32 (no I, L, O, U, so
 * nothing reads as 1, 0 or V), written `ABCD-EFGH`. 40 random bits: guessing a valid one among
 * 2,000 takes hundreds of millions of tries, and submissions are rate-limited.
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 8;

/** As printed and shown: `ABCD-EFGH`. */
export function formatCode(canonical: string): string {
  return `${canonical.slice(0, 4)}-${canonical.slice(4)}`;
}

function randomCanonicalCode(): string {
  // 256 is a multiple of 32: masking keeps every character equally likely.
  return Array.from(crypto.getRandomValues(new Uint8Array(CODE_LENGTH)), (byte) => CODE_ALPHABET[byte & 31]).join('');
}

/** `count` distinct new codes (canonical, 8 characters), from the platform's cryptographic random source. */
export function newParticipationCodes(count: number): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(randomCanonicalCode());
  return [...codes];
}

/** What people type when they copy a printed code: the letters Crockford's base32 reads as digits. */
const LOOKALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

/**
 * The code as stored, from what someone typed: case, spaces and dashes ignored, O/I/L read as 0/1.
 * Null when it cannot be a code at all.
 */
export function canonicalCode(typed: string): string | null {
  const code = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[OIL]/g, (c) => LOOKALIKES[c]!);
  if (code.length !== CODE_LENGTH || [...code].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return code;
}
