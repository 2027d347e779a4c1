/** A cell: its text, or a text spanning several columns (a withheld figure says why across count and share). */
export type TableCell = string | { text: string; span: number };
export type TableRow = { key: string; header: string; cells: TableCell[] };

type Props = { id: string; caption: string; columns: string[]; rows: TableRow[]; wide?: boolean };

/**
 * The figures of a chart as a real table: a caption, column headers and row headers, so screen
 * readers announce each number with what it counts. A `wide` table scrolls sideways on phones, inside
 * a region that can take focus so the keyboard can scroll it too.
 */
export function DataTable({ id, caption, columns, rows, wide }: Props) {
  const captionId = `${id}-caption`;
  const table = (
    <table class="data-table">
      <caption id={captionId} class={wide ? 'sr-only' : undefined}>
        {caption}
      </caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.header}</th>
            {row.cells.map((cell, index) =>
              typeof cell === 'string' ? (
                <td key={index}>{cell}</td>
              ) : (
                <td key={index} colSpan={cell.span} class="cell-hidden">
                  {cell.text}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!wide) return table;
  // The caption would scroll away with the table: it is shown above the region instead (and read from the table).
  return (
    <>
      <p class="table-title" aria-hidden="true">
        {caption}
      </p>
      <div class="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        {table}
      </div>
    </>
  );
}
