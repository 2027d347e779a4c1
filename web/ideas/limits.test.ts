import { describe, expect, it } from 'vitest';
import * as schema from '../../schema/ideas.ts';
import { ANSWERED_STATUSES, IDEA_MAX_LENGTH } from './limits.ts';
import { RECEIPT_ALPHABET } from './paths.ts';

describe('the box page’s copies of the contract', () => {
  it('keep its limits', () => {
    expect(IDEA_MAX_LENGTH).toBe(schema.IDEA_MAX_LENGTH);
    expect(ANSWERED_STATUSES).toEqual(schema.ANSWERED_STATUSES);
    expect(RECEIPT_ALPHABET).toBe(schema.RECEIPT_ALPHABET);
  });
});
