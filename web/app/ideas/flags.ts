import type { PersonalFlag } from '../../../schema/ideas.ts';

export type Segment = { text: string; flag: PersonalFlag['kind'] | null };

/**
 * The text cut at its flags (start inclusive, end exclusive, in UTF-16 units as the worker counts):
 * overlapping or out-of-range flags are clipped, so every character appears once, in order.
 */
export function segments(text: string, flags: PersonalFlag[]): Segment[] {
  const sorted = [...flags].filter((f) => f.end > f.start).sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const flag of sorted) {
    const start = Math.max(at, Math.min(flag.start, text.length));
    const end = Math.min(flag.end, text.length);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), flag: null });
    out.push({ text: text.slice(start, end), flag: flag.kind });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), flag: null });
  return out;
}
