import * as v from 'valibot';
import type { Lang } from './lang.ts';

/**
 * French and English wording for every valibot issue Pouls can raise.
 * Registered once per language so that `safeParse(schema, input, { lang })` speaks the reader's language.
 */
type AnyIssue = v.BaseIssue<unknown>;
type Wording = (issue: AnyIssue) => string;

/** A message that depends on the issue's language; French unless the parse asked for English. */
export function say(fr: Wording | string, en: Wording | string): (issue: AnyIssue) => string {
  return (issue) => {
    const pick = issue.lang === 'en' ? en : fr;
    return typeof pick === 'string' ? pick : pick(issue);
  };
}

const TYPE_NAMES: Record<string, { fr: string; en: string }> = {
  string: { fr: 'un texte', en: 'a text' },
  number: { fr: 'un nombre', en: 'a number' },
  boolean: { fr: 'vrai ou faux', en: 'true or false' },
  Object: { fr: 'un objet', en: 'an object' },
  Array: { fr: 'une liste', en: 'a list' },
  null: { fr: 'null', en: 'null' },
  undefined: { fr: 'une valeur', en: 'a value' },
  never: { fr: 'rien (clé inconnue)', en: 'nothing (unknown key)' },
};

function typeName(raw: string | null, lang: Lang): string {
  if (!raw) return lang === 'en' ? 'a valid value' : 'une valeur valide';
  return raw
    .replace(/^\((.*)\)$/, '$1')
    .split(' | ')
    .map((part) => TYPE_NAMES[part]?.[lang] ?? part)
    .join(lang === 'en' ? ' or ' : ' ou ');
}

function received(issue: AnyIssue, lang: Lang): string {
  if (issue.received === 'undefined') return lang === 'en' ? 'nothing' : 'rien';
  return typeName(issue.received, lang);
}

let registered = false;

export function registerMessages(): void {
  if (registered) return;
  registered = true;
  for (const lang of ['fr', 'en'] as const) {
    const en = lang === 'en';
    v.setSchemaMessage(
      (issue) =>
        issue.type === 'strict_object' && issue.expected === 'never'
          ? en
            ? 'Unknown field'
            : 'Champ inconnu'
          : issue.received === 'undefined'
            ? en
              ? 'This field is required'
              : 'Ce champ est obligatoire'
            : en
              ? `Expected ${typeName(issue.expected, lang)}, received ${received(issue, lang)}`
              : `Attendu : ${typeName(issue.expected, lang)}, reçu : ${received(issue, lang)}`,
      lang,
    );
    v.setSpecificMessage(
      v.minLength,
      (i) => (en ? `Too short: at least ${i.requirement} expected` : `Trop court : au moins ${i.requirement} attendu(s)`),
      lang,
    );
    v.setSpecificMessage(v.maxLength, (i) => (en ? `Too long: at most ${i.requirement} allowed` : `Trop long : au plus ${i.requirement} autorisé(s)`), lang);
    v.setSpecificMessage(v.minValue, (i) => (en ? `Must be at least ${i.requirement}` : `Doit être au moins ${i.requirement}`), lang);
    v.setSpecificMessage(v.maxValue, (i) => (en ? `Must be at most ${i.requirement}` : `Doit être au plus ${i.requirement}`), lang);
    v.setSpecificMessage(v.integer, () => (en ? 'Must be a whole number' : 'Doit être un nombre entier'), lang);
    v.setSpecificMessage(v.isoDate, () => (en ? 'Must be a date written YYYY-MM-DD' : 'Doit être une date au format AAAA-MM-JJ'), lang);
    v.setSpecificMessage(v.regex, () => (en ? 'Invalid format' : 'Format invalide'), lang);
    v.setSpecificMessage(v.finite, () => (en ? 'Must be a finite number' : 'Doit être un nombre fini'), lang);
    v.setGlobalMessage(() => (en ? 'Invalid value' : 'Valeur invalide'), lang);
  }
}

registerMessages();

export type ErrorItem = { path: string; message: string };

/** Turns valibot issues into the `{path, message}` items every 4xx body carries. */
export function toErrorItems(issues: readonly AnyIssue[], prefix = ''): ErrorItem[] {
  return issues.map((issue) => {
    const dot = v.getDotPath(issue);
    return { path: [prefix, dot].filter(Boolean).join('.') || prefix || '$', message: issue.message };
  });
}
