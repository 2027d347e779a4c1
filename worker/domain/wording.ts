import { instrumentStatus } from '../../schema/instruments/instrument.ts';
import { cbi } from '../../schema/instruments/cbi.ts';
import { who5 } from '../../schema/instruments/who5.ts';
import type { SurveyInput } from '../../schema/survey.ts';

/**
 * What may change once a survey has had responses: its wording (title, description, page titles,
 * labels, help, option, item and scale-point labels, and the texts of its notice), never its
 * structure or settings (pages, questions, options, types, conditions, k, visibility, codes…), which
 * anonymity and comparability rest on. Pure.
 */

/** Keys holding wording: what they hold is text for people, not structure. */
const WORDING_KEYS = new Set(['title', 'description', 'label', 'help', 'unit']);
/** Settings that are texts of the notice and of the feedback page. */
const WORDING_SETTINGS = new Set(['purpose', 'contact', 'supportContacts']);

/** The definition without its wording: two definitions differing only in wording (added, changed or removed) give the same structure. */
export function structureOf(definition: Omit<SurveyInput, 'slug'> & { slug?: string }): unknown {
  const strip = (value: unknown, inSettings: boolean): unknown => {
    if (Array.isArray(value)) return value.map((v) => strip(v, false));
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (!(WORDING_KEYS.has(key) || (inSettings && WORDING_SETTINGS.has(key)))) out[key] = strip(inner, key === 'settings');
    }
    return out;
  };
  return strip(definition, false);
}

/** The paths whose wording changed between two definitions of the same structure (for the survey's history). */
export function wordingChanges(before: unknown, after: unknown, path = ''): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return [path || '$'];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: string[] = [];
  for (const key of keys) {
    const at = path ? `${path}.${key}` : key;
    const [a, b] = [(before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key]];
    if (WORDING_KEYS.has(key) || WORDING_SETTINGS.has(key)) {
      if (JSON.stringify(a) !== JSON.stringify(b)) changes.push(at);
    } else changes.push(...wordingChanges(a, b, at));
  }
  return changes;
}

export type WordingCheck = { ok: true; changes: string[] } | { ok: false; reason: 'structure' | 'slug' | 'instrument' };

/** Whether `after` only rewords `before`: same slug and structure, and no validated instrument reworded (it would stop being scored). */
export function checkWordingEdit(before: SurveyInput, after: SurveyInput): WordingCheck {
  if (before.slug !== after.slug) return { ok: false, reason: 'slug' };
  const { slug: _a, ...b } = before;
  const { slug: _b, ...a } = after;
  if (JSON.stringify(structureOf(b)) !== JSON.stringify(structureOf(a))) return { ok: false, reason: 'structure' };
  if ([cbi, who5].some((instrument) => instrumentStatus(before, instrument) !== instrumentStatus(after, instrument)))
    return { ok: false, reason: 'instrument' };
  return { ok: true, changes: wordingChanges(b, a) };
}
