/** Slugs are [a-z0-9-], 64 at most, no dash at either end (schema/survey.ts `Slug`). */
export const SLUG_MAX = 64;

/** « Besoins du territoire – 2026 » → "besoins-du-territoire-2026". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, '');
}

/** `base` with `suffix` appended, the base cut so the whole still fits. */
export function withSuffix(base: string, suffix: string): string {
  return `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
}
