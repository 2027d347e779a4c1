import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { JOIN_CODE, LiveToken } from '../../../schema/live.ts';
import { newCardCodes, newIdeaId, newJoinCode } from './codes.ts';

describe('live codes', () => {
  it('join codes pass the contract’s schema', () => {
    for (let i = 0; i < 200; i++) expect(v.safeParse(JOIN_CODE, newJoinCode()).success).toBe(true);
  });
  it('card codes are distinct valid device tokens', () => {
    const codes = newCardCodes(500);
    expect(new Set(codes).size).toBe(500);
    for (const code of codes) expect(v.safeParse(LiveToken, code).success).toBe(true);
  });
  it('idea ids match the upvote pattern', () => {
    expect(newIdeaId()).toMatch(/^[A-Za-z0-9]{16}$/);
  });
});
