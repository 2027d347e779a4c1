import type { LocalizedText } from '../../schema/lang.ts';
import { withSuffix } from '../../schema/slugs.ts';

/** A free slug for a copy: "besoins" → "besoins-copie", then "besoins-copie-2"… skipping those taken. */
export function copySlug(slug: string, taken: ReadonlySet<string>): string {
  let candidate = withSuffix(slug, '-copie');
  for (let n = 2; taken.has(candidate); n++) candidate = withSuffix(slug, `-copie-${n}`);
  return candidate;
}

/** « Titre » → « Titre (copie) » / “Title (copy)”. */
export function copyTitle(title: LocalizedText): LocalizedText {
  return { fr: `${title.fr} (copie)`, ...(title.en ? { en: `${title.en} (copy)` } : {}) };
}
