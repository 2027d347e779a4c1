import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, canonicalCode, formatCode, newParticipationCodes } from './participation-codes.ts';

describe('newParticipationCodes', () => {
  it('gives distinct 8-character codes from the unambiguous alphabet, printed ABCD-EFGH', () => {
    const codes = newParticipationCodes(2000);
    expect(codes).toHaveLength(2000);
    expect(new Set(codes).size).toBe(2000);
    for (const code of codes) expect(formatCode(code)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('uses all 32 characters and never I, L, O or U', () => {
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
    const seen = new Set(newParticipationCodes(500).join(''));
    expect(seen.size).toBe(32);
  });
});

describe('canonicalCode', () => {
  it('ignores case, spaces and dashes', () => {
    expect(canonicalCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(canonicalCode(' AB CD  EF-GH ')).toBe('ABCDEFGH');
    expect(canonicalCode('ABCDEFGH')).toBe('ABCDEFGH');
  });

  it('reads O as zero and I or L as one, as Crockford’s base32 does', () => {
    expect(canonicalCode('OOIL-2345')).toBe('00112345');
  });

  it('refuses what cannot be a code', () => {
    for (const typed of ['', 'ABCD-EFG', 'ABCD-EFGHJ', 'ABCD-EFGU', 'ABCD-EF*H', 'ÀBCD-EFGH']) expect(canonicalCode(typed), typed).toBeNull();
  });

  it('round-trips every printed code', () => {
    for (const code of newParticipationCodes(100)) expect(canonicalCode(formatCode(code))).toBe(code);
  });
});
