/**
 * Identifiers of pages, questions, options and matrix rows. Answers, tallies and conditions refer to
 * them, so they are made once, from the label typed when the thing is created, and never change after:
 * rewording a question or an option later keeps its id.
 */

/** Room left after the base for a « _99 » suffix, within the schema's 48 characters. */
const BASE_LENGTH = 40;

/** « Infirmier·ère (IDEL) ? » → « infirmier_ere_idel »: lowercase ASCII letters, digits and underscores. */
export function slugify(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+/, '')
    .slice(0, BASE_LENGTH)
    .replace(/_+$/, '');
}

/**
 * An id made from `label` that is not in `taken`: the slug itself, else the slug with « _2 », « _3 »…
 * A label with no letter or digit (« ??? ») falls back to `fallback`.
 */
export function uniqueId(label: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const base = slugify(label) || slugify(fallback) || 'id';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

type WithQuestions = { pages: readonly { id: string; questions: readonly { id: string }[] }[] };

/** Every question id of a survey: question ids are unique across all its pages. */
export function questionIds(survey: WithQuestions): string[] {
  return survey.pages.flatMap((page) => page.questions.map((q) => q.id));
}
