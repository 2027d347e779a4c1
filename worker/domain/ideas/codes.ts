import { RECEIPT_ALPHABET } from '../../../schema/ideas.ts';
import { randomFrom } from '../live/codes.ts';
import { sha256 } from '../secrets.ts';

/**
 * The idea box's random codes and the hashes it keeps instead of them. Every hash mixes in the box
 * and what it is for, so no two hashes of one device (its supports, its reports, its daily count)
 * can be matched with each other.
 */

/** A receipt code: 12 characters nobody misreads (≈ 2^59), to follow or withdraw an idea. */
export function newReceipt(): string {
  return randomFrom(RECEIPT_ALPHABET, 12);
}

/** XXXX-XXXX-XXXX, as shown to the author. */
export const formatReceipt = (code: string) => code.match(/.{1,4}/g)!.join('-');

/** The stored receipt (the code as ReceiptCode normalises it). */
export const receiptHash = (boxId: string, code: string) => sha256(`${boxId}:receipt:${code}`);

/** A device's support of one idea: the only trace of it. */
export const supporterHash = (token: string, boxId: string, ideaId: string) => sha256(`${token}:${boxId}:support:${ideaId}`);

/** A device's report of one idea (distinct devices hide it). */
export const reporterHash = (token: string, boxId: string, ideaId: string) => sha256(`${token}:${boxId}:report:${ideaId}`);

/** A device on one day, for its daily cap of ideas: two days of one device do not match. */
export const deviceDayHash = (token: string, boxId: string, day: string) => sha256(`${token}:${boxId}:day:${day}`);

/** A kiosk's token, shown once in its enrolment link. */
export const newKioskToken = () => randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43);
export const kioskTokenHash = (token: string) => sha256(`kiosk:${token}`);

/** A members' box's key, carried by its link. */
export const newMemberKey = () => randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 24);

/** The idea's row in the full-text index: random, below 2^53. */
export function newSearchId(): number {
  const [high, low] = crypto.getRandomValues(new Uint32Array(2));
  return (high! & 0x1fffff) * 2 ** 32 + low! + 1;
}
