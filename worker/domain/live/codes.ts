import { JOIN_CODE_ALPHABET } from '../../../schema/live.ts';

export function randomFrom(alphabet: string, length: number): string {
  const out: string[] = [];
  // Rejection sampling: every character equally likely whatever the alphabet's size.
  const limit = 256 - (256 % alphabet.length);
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out.push(alphabet[byte % alphabet.length]!);
    }
  }
  return out.join('');
}

/** A session's join code: 6 characters nobody misreads on a projector (≈ 887 million codes). */
export function newJoinCode(): string {
  return randomFrom(JOIN_CODE_ALPHABET, 6);
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A printed card's code, which is also the device token it stands for: 22 URL-safe chars (132 bits). */
export function newCardCodes(count: number): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(randomFrom(TOKEN_ALPHABET, 22));
  return [...codes];
}

/** A random id for an idea. */
export function newIdeaId(): string {
  return randomFrom(TOKEN_ALPHABET.slice(0, 62), 16);
}
