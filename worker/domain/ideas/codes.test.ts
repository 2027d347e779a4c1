import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { IdeaToken, ReceiptCode } from '../../../schema/ideas.ts';
import { formatReceipt, newKioskToken, newMemberKey, newReceipt, newSearchId, reporterHash, supporterHash } from './codes.ts';

describe('idea box codes', () => {
  it('receipts are 12 unambiguous characters, read back with or without dashes and in any case', () => {
    const code = newReceipt();
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{12}$/);
    expect(formatReceipt(code)).toMatch(/^.{4}-.{4}-.{4}$/);
    expect(v.parse(ReceiptCode, ` ${formatReceipt(code).toLowerCase()} `)).toBe(code);
    expect(v.safeParse(ReceiptCode, 'ABCD-EFGH-IJK0').success).toBe(false);
  });

  it('kiosk tokens pass as device-token-shaped headers; member keys are URL-safe', () => {
    expect(v.safeParse(IdeaToken, newKioskToken()).success).toBe(true);
    expect(newMemberKey()).toMatch(/^[A-Za-z0-9]{24}$/);
  });

  it('a device’s support and report of one idea, and its supports of two ideas, do not match', async () => {
    const token = 'device-token-0123456789abcdef';
    const hashes = [await supporterHash(token, 'box', 'a'), await supporterHash(token, 'box', 'b'), await reporterHash(token, 'box', 'a')];
    expect(new Set(hashes).size).toBe(3);
  });

  it('search ids are safe integers', () => {
    for (let i = 0; i < 100; i++) expect(Number.isSafeInteger(newSearchId()) && newSearchId() > 0).toBe(true);
  });
});
