import { describe, expect, it } from 'vitest';
import { describedBy } from './describedBy.ts';
import { fieldIds, formLook } from './fieldLook.ts';
import { lockedBy } from './lock.ts';

describe('a field’s aria-describedby', () => {
  it('lists the ids given, in order, without the absent ones', () => {
    expect(describedBy('q-error', false, undefined, 'q-help', null, '', 'ed-lock-reason')).toBe('q-error q-help ed-lock-reason');
  });

  it('is left out when nothing describes the control', () => {
    expect(describedBy(false, undefined, '')).toBeUndefined();
  });

  it('points at the hint and errors each look names', () => {
    expect(fieldIds('login-email', formLook)).toEqual({ hintId: 'login-email-hint', errorId: 'login-email-error' });
    expect(fieldIds('ed-title', { ...formLook, hintSuffix: 'help' })).toEqual({ hintId: 'ed-title-help', errorId: 'ed-title-error' });
  });

  it('reads a lock’s reason only while it is locked', () => {
    expect(lockedBy({ locked: true, reasonId: 'ed-lock-reason' })).toBe('ed-lock-reason');
    expect(lockedBy({ locked: false, reasonId: 'ed-lock-reason' })).toBeUndefined();
    expect(lockedBy(undefined)).toBeUndefined();
  });
});
