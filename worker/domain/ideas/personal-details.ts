import type { PersonalFlag } from '../../../schema/ideas.ts';

/**
 * What in an idea's text looks like personal or health details: emails, French phone numbers,
 * dates, capitalised names after a title (« Dr Martin », « Mme Durand »), health words. Flags only,
 * for the moderator, who decides and redacts: a false alarm costs a glance, a miss is a published name.
 */

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

/** 06 12 34 56 78, 06.12.34.56.78, 0612345678, +33 6 12 34 56 78, 0033 6…, and 15, 3114 left alone. */
const PHONE = /(?<![\p{N}])(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?![\p{N}])/gu;

const MONTHS =
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec';
const DATE = new RegExp(
  [
    String.raw`(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d)`, // 12/03/2026, 12-03-26
    String.raw`(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)`, // 2026-03-12
    String.raw`(?<![\p{L}\d])(?:1er|\d{1,2})\s+(?:${MONTHS})\.?(?:\s+\d{4})?(?![\p{L}])`, // 3 mars, 1er janvier 2026
  ].join('|'),
  'giu',
);

/** A title then one to three capitalised words: « Dr Martin », « Madame Le Goff », « M. Dupont-Durand ». */
const TITLES = String.raw`(?:Dr|Dre|Docteur|Docteure|Pr|Professeur|Professeure|M|Mr|Mme|Mlle|Madame|Monsieur|Mademoiselle|Me|Maître)`;
const NAME = new RegExp(String.raw`(?<![\p{L}])${TITLES}\.?\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|du|le|la|van|von)\s+)?\p{Lu}[\p{L}'’-]*){0,2})`, 'gu');

/** Words that tell something of someone's health (flagged, not refused: « diabète » may be about a workshop). */
const HEALTH_WORDS = [
  'cancer',
  'chimio',
  'chimiothérapie',
  'diabète',
  'diabétique',
  'vih',
  'sida',
  'séropositif',
  'séropositive',
  'hépatite',
  'dépression',
  'dépressif',
  'dépressive',
  'suicide',
  'schizophrène',
  'schizophrénie',
  'bipolaire',
  'alcoolique',
  'toxicomane',
  'enceinte',
  'grossesse',
  'ivg',
  'fausse couche',
  'handicapé',
  'handicapée',
  'alzheimer',
  'parkinson',
  'autiste',
  'épilepsie',
  'dialyse',
];
const HEALTH = new RegExp(String.raw`(?<![\p{L}])(?:${HEALTH_WORDS.join('|')})s?(?![\p{L}])`, 'giu');

function matches(text: string, pattern: RegExp, kind: PersonalFlag['kind']): PersonalFlag[] {
  return [...text.matchAll(pattern)].map((m) => ({ kind, start: m.index, end: m.index + m[0].length }));
}

/** The flags of a text, in reading order; a span inside another one already flagged is left out. */
export function personalFlags(text: string): PersonalFlag[] {
  const all = [
    ...matches(text, EMAIL, 'email'),
    ...matches(text, PHONE, 'phone'),
    ...matches(text, DATE, 'date'),
    ...matches(text, NAME, 'name'),
    ...matches(text, HEALTH, 'health'),
  ];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalFlag[] = [];
  for (const flag of all) {
    const last = kept.at(-1);
    if (last && flag.start >= last.start && flag.end <= last.end) continue;
    kept.push(flag);
  }
  return kept;
}
