import { sha256 } from '../secrets.ts';

/**
 * What the idea box keeps instead of codes and device tokens. Every hash mixes in the box and what
 * it is for, so no two hashes of one device (its supports of two ideas, its reports, its daily
 * count) can be matched with each other.
 */

/** The stored receipt (the code as ReceiptCode normalises it). */
export const receiptHash = (boxId: string, code: string) => sha256(`${boxId}:receipt:${code}`);

/** A device's support of one idea: the only trace of it. */
export const supporterHash = (token: string, boxId: string, ideaId: string) => sha256(`${token}:${boxId}:support:${ideaId}`);

/** A device's report of one idea (distinct devices hide it). */
export const reporterHash = (token: string, boxId: string, ideaId: string) => sha256(`${token}:${boxId}:report:${ideaId}`);

/** A device on one day, for its daily cap of ideas: two days of one device do not match. */
export const deviceDayHash = (token: string, boxId: string, day: string) => sha256(`${token}:${boxId}:day:${day}`);

/** A kiosk's token, shown once in its enrolment link. */
export const kioskTokenHash = (token: string) => sha256(`kiosk:${token}`);
