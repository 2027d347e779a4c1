/**
 * A thin D1 wrapper that counts rows read (and written) per request, so the results endpoints can
 * report their cost (`Server-Timing`) and the bench can check it does not grow with responses.
 */
export class Db {
  rowsRead = 0;
  rowsWritten = 0;
  constructor(readonly d1: D1Database) {}

  prepare(sql: string, ...params: unknown[]): D1PreparedStatement {
    return this.d1.prepare(sql).bind(...params);
  }

  async all<T>(statement: D1PreparedStatement): Promise<T[]> {
    const result = await statement.all<T>();
    this.count(result);
    return result.results;
  }

  async first<T>(statement: D1PreparedStatement): Promise<T | null> {
    const [row] = await this.all<T>(statement);
    return row ?? null;
  }

  async run(statement: D1PreparedStatement): Promise<D1Result> {
    const result = await statement.run();
    this.count(result);
    return result;
  }

  /** Runs statements in one transaction: all are applied or none. */
  async batch(statements: D1PreparedStatement[]): Promise<D1Result[]> {
    const results = await this.d1.batch(statements);
    for (const result of results) this.count(result);
    return results;
  }

  private count({ meta }: D1Result): void {
    this.rowsRead += meta.rows_read ?? 0;
    this.rowsWritten += meta.rows_written ?? 0;
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && /UNIQUE constraint failed/i.test(error.message);
}
