import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName, escapeXml, xlsxWorkbook } from './xlsx.ts';

const parts = (file: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(file)).map(([name, bytes]) => [name, strFromU8(bytes)]));

describe('xlsxWorkbook', () => {
  it('zips the parts a spreadsheet needs', () => {
    const files = parts(xlsxWorkbook('Réponses', [['a'], [1]]));
    expect(Object.keys(files).sort()).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].sort(),
    );
    expect(files['xl/workbook.xml']).toContain('<sheet name="Réponses" sheetId="1" r:id="rId1"/>');
  });

  it('writes a bold header, numbers as numbers, text inline and escaped, and skips empty cells', () => {
    const sheet = parts(
      xlsxWorkbook('S', [
        ['Q1', 'Q2', 'Q3'],
        [3.5, null, 'a < b & "c"\nd'],
      ]),
    )['xl/worksheets/sheet1.xml']!;
    expect(sheet).toContain('<row r="1"><c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Q1</t></is></c>');
    expect(sheet).toContain(
      '<row r="2"><c r="A2"><v>3.5</v></c><c r="C2" t="inlineStr"><is><t xml:space="preserve">a &lt; b &amp; &quot;c&quot;\nd</t></is></c></row>',
    );
    expect(sheet).toContain('state="frozen"');
  });

  it('drops characters XML cannot carry and cleans the sheet name', () => {
    expect(escapeXml('a\u0000b\u0007c\td')).toBe('abc\td');
    expect(parts(xlsxWorkbook('a/b:c', [['x']]))['xl/workbook.xml']).toContain('name="a b c"');
  });
});

describe('columnName', () => {
  it('counts like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
