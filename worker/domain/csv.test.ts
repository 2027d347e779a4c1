import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data;

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa;b\r\nc;d\r\n');
  });

  it('quotes separators, quotes and line breaks (RFC 4180), and nothing else', () => {
    const csv = toCsv([['plain', 'a;b', 'say "hi"', 'two\nlines', 'cr\r\nlf', 'é à ç']]);
    expect(csv).toBe('\uFEFFplain;"a;b";"say ""hi""";"two\nlines";"cr\r\nlf";é à ç\r\n');
    expect(parse(csv)).toEqual([['plain', 'a;b', 'say "hi"', 'two\nlines', 'cr\r\nlf', 'é à ç']]);
  });

  it('writes numbers with a decimal comma and empty cells as nothing', () => {
    expect(toCsv([[3.5, -2, 0, null, 10]])).toBe('\uFEFF3,5;-2;0;;10\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    const csv = toCsv([['=HYPERLINK("http://x")', '+1', '-pas assez', '@SUM(A1)', 'ok = fine']]);
    expect(parse(csv)).toEqual([['\'=HYPERLINK("http://x")', "'+1", "'-pas assez", "'@SUM(A1)", 'ok = fine']]);
  });
});
