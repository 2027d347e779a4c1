import { readStored, readStoredJson, writeStored } from '../shared/storage.ts';
import { newDeviceToken } from '../live/model.ts';

/**
 * What a phone keeps for a box, on the phone only: its anonymous device token (sent as X-Idea-Token,
 * never stored by the server), the ideas it supports (the server never says which), the receipt codes
 * of the ideas proposed from it, and a members' box's key. A kiosk keeps only its kiosk token.
 */
const key = (slug: string, what: string) => `pouls:box:${slug}:${what}`;

export function deviceToken(slug: string): string {
  let token = readStored(key(slug, 'token'));
  if (!token || !/^[A-Za-z0-9_-]{22,64}$/.test(token)) writeStored(key(slug, 'token'), (token = newDeviceToken()));
  return token;
}

export function ownSupports(slug: string): string[] {
  const list = readStoredJson<unknown>(key(slug, 'supports'));
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}

export function keepSupports(slug: string, ids: string[]): void {
  writeStored(key(slug, 'supports'), JSON.stringify(ids));
}

export type KeptReceipt = { code: string; excerpt: string };

/** The ten latest receipts kept on this phone, newest first. */
export function keptReceipts(slug: string): KeptReceipt[] {
  const list = readStoredJson<unknown>(key(slug, 'receipts'));
  return Array.isArray(list) ? list.filter((r): r is KeptReceipt => !!r && typeof r.code === 'string' && typeof r.excerpt === 'string').slice(0, 10) : [];
}

export function keepReceipt(slug: string, receipt: KeptReceipt): void {
  writeStored(key(slug, 'receipts'), JSON.stringify([receipt, ...keptReceipts(slug).filter((r) => r.code !== receipt.code)].slice(0, 10)));
}

export function forgetReceipt(slug: string, code: string): void {
  writeStored(key(slug, 'receipts'), JSON.stringify(keptReceipts(slug).filter((r) => r.code !== code)));
}

/** A members' box's key, from the link first, else as kept from an earlier visit. */
export function rememberedKey(slug: string, fromLink: string | null): string | null {
  if (fromLink) writeStored(key(slug, 'key'), fromLink);
  return fromLink ?? readStored(key(slug, 'key'));
}

export const kioskToken = (slug: string) => readStored(key(slug, 'kiosk'));
export const setKioskToken = (slug: string, token: string) => writeStored(key(slug, 'kiosk'), token);
