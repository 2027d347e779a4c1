import { describe, expect, it } from 'vitest';
import { telHref } from './tel.ts';

describe('telHref', () => {
  it('keeps the digits of a number written with spaces', () => {
    expect(telHref('0 805 23 23 36')).toBe('tel:0805232336');
    expect(telHref('3114')).toBe('tel:3114');
  });

  it('drops non-breaking and narrow spaces, dots and dashes', () => {
    expect(telHref('0\u00a0805\u202f23.23-36')).toBe('tel:0805232336');
  });

  it('keeps a leading + for international numbers, and only there', () => {
    expect(telHref('+33 1 23 45 67 89')).toBe('tel:+33123456789');
    expect(telHref('01 + 23')).toBe('tel:0123');
  });
});
