import { RECEIPT_ALPHABET } from '../../../schema/ideas.ts';
import { randomFrom } from '../live/codes.ts';

/** The idea box's random codes (the hashes kept instead of them are in ./hashes.ts). */

/** A receipt code: 12 characters nobody misreads (≈ 2^59), to follow or withdraw an idea. */
export function newReceipt(): string {
  return randomFrom(RECEIPT_ALPHABET, 12);
}

/** XXXX-XXXX-XXXX, as shown to the author. */
export const formatReceipt = (code: string) => code.match(/.{1,4}/g)!.join('-');

/** A kiosk's token, shown once in its enrolment link. */
export const newKioskToken = () => randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43);

/** A members' box's key, carried by its link. */
export const newMemberKey = () => randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 24);

/** The idea's row in the full-text index: random, below 2^53. */
export function newSearchId(): number {
  const [high, low] = crypto.getRandomValues(new Uint32Array(2));
  return (high! & 0x1fffff) * 2 ** 32 + low! + 1;
}
