import { describe, expect, it } from 'vitest';
import { numberText, parseNumberText } from './numbers.ts';

describe('parseNumberText', () => {
  it('reads whole numbers, negative ones too', () => {
    expect(parseNumberText('12', true)).toEqual({ kind: 'number', value: 12 });
    expect(parseNumberText(' -3 ', true)).toEqual({ kind: 'number', value: -3 });
    expect(parseNumberText('1 000', true)).toEqual({ kind: 'number', value: 1000 });
  });

  it('reads decimals with a comma or a point when decimals are allowed', () => {
    expect(parseNumberText('2,5', false)).toEqual({ kind: 'number', value: 2.5 });
    expect(parseNumberText('2.5', false)).toEqual({ kind: 'number', value: 2.5 });
    expect(parseNumberText('2,5', true)).toEqual({ kind: 'invalid' });
  });

  it('tells an empty field from text that is not a number', () => {
    expect(parseNumberText('  ', true)).toEqual({ kind: 'empty' });
    expect(parseNumberText('douze', true)).toEqual({ kind: 'invalid' });
    expect(parseNumberText('1e5', false)).toEqual({ kind: 'invalid' });
    expect(parseNumberText('-', true)).toEqual({ kind: 'invalid' });
  });
});

describe('numberText', () => {
  it('writes decimals with a comma in French', () => {
    expect(numberText(2.5, 'fr')).toBe('2,5');
    expect(numberText(2.5, 'en')).toBe('2.5');
    expect(numberText(undefined, 'fr')).toBe('');
  });
});
