/** French spacing: no-break spaces before « : » and inside « », narrow ones before « ? ! ; », so nothing wraps alone. */
export function typeset(value: string): string {
  return value
    .replace(/ :/g, '\u00a0:')
    .replace(/ ([?!;»])/g, '\u202f$1')
    .replace(/« /g, '«\u202f');
}

/** The same dictionary with French spacing applied to every text, including those made by functions. */
export function typesetAll<T>(dict: T): T {
  if (typeof dict === 'string') return typeset(dict) as T;
  if (typeof dict === 'function') return ((...args: unknown[]) => typeset((dict as (...a: unknown[]) => string)(...args))) as T;
  if (dict && typeof dict === 'object') return Object.fromEntries(Object.entries(dict).map(([key, value]) => [key, typesetAll(value)])) as T;
  return dict;
}
