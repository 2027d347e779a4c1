import { describe, expect, it } from 'vitest';
import { displayNumber, parseNumber } from './number-text.ts';

describe('parseNumber', () => {
  it('reads digits with a decimal comma or point, and spaces between thousands', () => {
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber('1,5')).toBe(1.5);
    expect(parseNumber('1.5')).toBe(1.5);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('2 000')).toBe(2000);
  });

  it('treats an empty field as no answer', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('   ')).toBeUndefined();
  });

  it('keeps anything else as typed, for validation to explain', () => {
    expect(parseNumber('douze')).toBe('douze');
    expect(parseNumber('1,')).toBe('1,');
    expect(parseNumber('1,2,3')).toBe('1,2,3');
  });
});

describe('displayNumber', () => {
  it('writes decimals the French way in French only', () => {
    expect(displayNumber(1.5, 'fr')).toBe('1,5');
    expect(displayNumber(1.5, 'en')).toBe('1.5');
    expect(displayNumber('1,', 'fr')).toBe('1,');
    expect(displayNumber(undefined, 'fr')).toBe('');
  });
});
