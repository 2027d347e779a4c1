/**
 * CSV as French Excel opens it on a double-click: UTF-8 with a byte-order mark (without it Excel
 * reads Windows-1252 and mangles accents), `;` between fields (the list separator of French
 * Windows), decimal commas, CRLF line ends and RFC 4180 quoting. This is also R's `read.csv2`
 * dialect. No `sep=` line: Excel would honour it, but every other tool would read it as data.
 */
export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const SEPARATOR = ';';
const NEEDS_QUOTES = /[;"\r\n]/;
/** Spreadsheets run cells that start like a formula: answers come from anyone, so they are defused. */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: one line per row, each ended by CRLF. */
export function toCsv(rows: Iterable<readonly CsvCell[]>): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(row.map(field).join(SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
