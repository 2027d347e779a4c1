/**
 * One JSON object per line on the console: Workers Logs indexes their fields ([observability] in
 * wrangler.toml). Callers pass only what is safe to keep: never an address, user agent, body, query
 * string or answer.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export function logLine(level: 'info' | 'error', message: string, fields: LogFields = {}): void {
  const line = JSON.stringify({ level, message, ...fields });
  if (level === 'error') console.error(line);
  else console.log(line);
}
