/** Reading exported files back, independently of the worker's writers: CSV as French Excel opens it, and .xlsx sheets. */
import { strFromU8, unzipSync } from 'fflate';
import { expect } from 'vitest';

/** RFC 4180 with `;`: quoted fields may hold separators, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') ((field += '"'), i++);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') (row.push(field), (field = ''));
    else if (char === '\r' && body[i + 1] === '\n') {
      (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    } else field += char;
  }
  if (field || row.length) (row.push(field), rows.push(row));
  return rows;
}

const unescapeXml = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/** The first sheet of an .xlsx as rows of cell texts (inline strings and numbers, as Pouls writes them). */
export function readXlsx(bytes: Uint8Array): string[][] {
  const files = unzipSync(bytes);
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  const columnIndex = (ref: string) => [...ref.replace(/\d+$/, '')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return [...sheet.matchAll(/<row r="\d+">(.*?)<\/row>/g)].map(([, cells]) => {
    const row: string[] = [];
    for (const [, ref, inner] of cells!.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(.*?)<\/c>/g)) {
      const value = inner!.match(/<t[^>]*>(.*?)<\/t>/s)?.[1] ?? inner!.match(/<v>(.*?)<\/v>/)?.[1] ?? '';
      row[columnIndex(ref!)] = unescapeXml(value);
    }
    return Array.from(row, (cell) => cell ?? '');
  });
}

/** The table of an export, below the notes that say how it was made (from its header row on). */
export function tableOf(rows: string[][]): string[][] {
  return rows.slice(rows.findIndex((row) => row.includes('Quelle est votre profession ?')));
}

/** How many rows hold `value` in the column headed `header`. */
export function countIn(rows: string[][], header: string, value: string): number {
  const column = rows[0]!.indexOf(header);
  expect(column, `column « ${header} » in ${rows[0]!.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return rows.slice(1).filter((row) => row[column] === value).length;
}
