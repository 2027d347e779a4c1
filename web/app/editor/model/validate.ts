import * as v from 'valibot';
import type { Lang } from '../../../../schema/lang.ts';
import { toErrorItems, type ErrorItem } from '../../../../schema/messages.ts';
import { SurveyInput, type Question, type Scale } from '../../../../schema/survey.ts';

/**
 * The definition as it will be saved, checked with the server's own schema before it is sent, and
 * files read back in (import).
 */

/** Fields the server adds to a survey it returns, which a definition does not carry. */
const SERVER_FIELDS = ['id', 'status', 'version', 'organisation', 'archived'] as const;

/** The definition alone, as PUT and the exported file carry it. */
export function definitionOf(survey: SurveyInput & Partial<Record<(typeof SERVER_FIELDS)[number], unknown>>): SurveyInput {
  const { slug, title, description, settings, pages } = survey;
  return { slug, title, ...(description ? { description } : {}), settings, pages };
}

function tidyScale<S extends Scale>(scale: S): S {
  const labels = scale.labels.filter((point) => point.value >= scale.min && point.value <= scale.max).sort((a, b) => a.value - b.value);
  return labels.length === scale.labels.length && labels.every((point, i) => point === scale.labels[i]) ? scale : { ...scale, labels };
}

function tidyQuestion(question: Question): Question {
  if (question.type === 'scale') return tidyScale(question);
  if (question.type === 'matrix') {
    const scale = tidyScale(question.scale);
    return scale === question.scale ? question : { ...question, scale };
  }
  return question;
}

/**
 * What is saved: the draft without the labels of points outside its scale. The editor keeps those while
 * the person types (going from 5 to 10 points passes through 1), so that nothing typed is lost.
 */
export function prepareForSave(draft: SurveyInput): SurveyInput {
  return { ...draft, pages: draft.pages.map((page) => ({ ...page, questions: page.questions.map(tidyQuestion) })) };
}

type Words = { fr: string; en: string };
const plain = {
  french: { fr: 'Écrivez ce texte en français (l’anglais est facultatif)', en: 'Write this text in French (English is optional)' },
  options: { fr: 'Ajoutez au moins 2 options', en: 'Add at least 2 options' },
  items: { fr: 'Ajoutez au moins une ligne', en: 'Add at least one row' },
  page: { fr: 'Cette page est vide : ajoutez-y une question, ou supprimez-la', en: 'This page is empty: add a question to it, or delete it' },
} satisfies Record<string, Words>;

/** Plainer words than the schema's for the problems a coordinator meets most (a blank, an empty list). */
function plainMessage(issue: v.BaseIssue<unknown>, path: string, lang: Lang): string {
  if (issue.type === 'min_length') {
    if (path.endsWith('.fr') || path === 'fr') return plain.french[lang];
    if (/\.options$/.test(path)) return plain.options[lang];
    if (/\.items$/.test(path)) return plain.items[lang];
    if (/^pages\.\d+\.questions$/.test(path)) return plain.page[lang];
  }
  return issue.message;
}

/** Problems with a definition, each with its path, in the reader's language; empty when it can be saved. */
export function validateDefinition(definition: unknown, lang: Lang): ErrorItem[] {
  const parsed = v.safeParse(SurveyInput, definition, { lang });
  if (parsed.success) return [];
  return parsed.issues.map((issue) => {
    const [item] = toErrorItems([issue]);
    return { path: item!.path, message: plainMessage(issue, item!.path, lang) };
  });
}

export type ImportResult = { ok: true; survey: SurveyInput } | { ok: false; errors: ErrorItem[] };

const unreadable: Words = { fr: 'Ce fichier n’est pas un fichier JSON lisible', en: 'This file is not readable JSON' };
const notASurvey: Words = { fr: 'Ce fichier ne contient pas la définition d’un questionnaire', en: 'This file does not hold a survey definition' };

/**
 * Reads an exported definition back. Also accepts a survey as the API returns it (its server fields are
 * ignored) and a template (`{templateId, survey}`). The file is checked with the same schema as the
 * server; every problem comes back with its path.
 */
export function parseDefinitionFile(text: string, lang: Lang): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return { ok: false, errors: [{ path: '$', message: unreadable[lang] + detail }] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, errors: [{ path: '$', message: notASurvey[lang] }] };
  let record = data as Record<string, unknown>;
  if ('templateId' in record && record.survey && typeof record.survey === 'object') record = record.survey as Record<string, unknown>;
  const rest = Object.fromEntries(Object.entries(record).filter(([key]) => !(SERVER_FIELDS as readonly string[]).includes(key)));
  const errors = validateDefinition(rest, lang);
  if (errors.length) return { ok: false, errors };
  return { ok: true, survey: v.parse(SurveyInput, rest) };
}

/** The exported file: the definition, readable by a person, ending with a newline. */
export function definitionFile(survey: SurveyInput): string {
  return `${JSON.stringify(definitionOf(survey), null, 2)}\n`;
}
