import type { AnswerValue, MatrixAnswer } from '../../schema/answers.ts';
import type { Lang } from '../../schema/lang.ts';
import { localize } from '../../schema/localize.ts';
import { questionsOf, type Question, type Survey } from '../../schema/survey.ts';
import { parseRange, type CoarseRow } from './release/digest.ts';
import { BLANK, OTHER, type Recoding } from './release/microdata.ts';
import { breakdownQuestions, NOT_SAID, type BreakdownQuestion } from './release/profile.ts';
import { SCORED_SCALES } from './scored-scales.ts';
import { PREFER_NOT } from './tally.ts';

/** A cell of an export: text, a number, or empty (the question was skipped or not shown). */
export type ExportCell = string | number | null;

/** Lines saying what the file is and how it was made safe, then the header row, then one row per response. */
export type ExportTable = { notes: string[]; header: string[]; rows: ExportCell[][] };

export const PREFER_NOT_MARKER = { fr: 'Préfère ne pas répondre', en: 'Prefers not to answer' } as const;
const WORDS = {
  fr: { other: 'Autre ou non renseigné', blank: '—', notSaid: 'Non renseigné' },
  en: { other: 'Other or not given', blank: '—', notSaid: 'Not given' },
};

/** One column: its header, who answered it (for k), and its cell in a row. */
type Column = { header: string; answered: (row: CoarseRow) => boolean; cell: (row: CoarseRow) => ExportCell };

function answerColumns(question: Question, lang: Lang): Column[] {
  const label = localize(question.label, lang);
  const sub = (part: string) => `${label} — ${part}`;
  const id = question.id;
  const marker = PREFER_NOT_MARKER[lang];
  const answered = (row: CoarseRow) => row.answers[id] !== undefined && row.answers[id] !== null;
  const column = (header: string, read: (value: Exclude<AnswerValue, null>) => ExportCell, isAnswered = answered): Column => ({
    header,
    answered: isAnswered,
    cell: (row) => {
      const value = row.answers[id];
      if (value === undefined) return null;
      if (value === null) return marker;
      return read(value);
    },
  });

  switch (question.type) {
    case 'single': {
      const labels = new Map(question.options.map((o) => [o.id, localize(o.label, lang)]));
      return [column(label, (value) => labels.get(value as string) ?? String(value))];
    }
    case 'multiple':
      return question.options.map((option) => column(sub(localize(option.label, lang)), (value) => ((value as string[]).includes(option.id) ? 1 : 0)));
    case 'ranking':
      return question.options.map((option) =>
        column(sub(localize(option.label, lang)), (value) => {
          const rank = (value as string[]).indexOf(option.id);
          return rank < 0 ? null : rank + 1;
        }),
      );
    case 'matrix':
      // Rows are published one by one in the results; here too, each needs k answers of its own.
      return question.items.map((item) =>
        column(
          sub(localize(item.label, lang)),
          (value) => (value as MatrixAnswer)[item.id] ?? null,
          (row) => {
            const value = row.answers[id];
            return !!value && typeof value === 'object' && !Array.isArray(value) && (value as MatrixAnswer)[item.id] !== undefined;
          },
        ),
      );
    case 'scale':
      return [column(label, (value) => value as number)];
    // Stored as the ranges the results show (`10–14`, or the value when a range holds only one) and months.
    case 'number':
      return [
        column(label, (value) => {
          const range = parseRange(String(value));
          return !range ? null : range.from === range.to ? range.from : `${range.from}–${range.to}`;
        }),
      ];
    case 'date':
      return [column(label, (value) => String(value))];
    // Free texts never go into an export: beside the other answers of the same row they would be
    // free texts shown per profile. Editors read them apart, shuffled, through the texts route.
    case 'short_text':
    case 'long_text':
      return [];
  }
}

function profileCell(question: BreakdownQuestion, value: string, lang: Lang): ExportCell {
  if (value === BLANK) return WORDS[lang].blank;
  if (value === OTHER) return WORDS[lang].other;
  if (value === PREFER_NOT) return PREFER_NOT_MARKER[lang];
  if (value === NOT_SAID) return WORDS[lang].notSaid;
  const option = question.options.find((o) => o.id === value);
  return option ? localize(option.label, lang) : value;
}

function valueLabel(question: BreakdownQuestion, value: string, lang: Lang): string {
  if (value === PREFER_NOT) return PREFER_NOT_MARKER[lang].toLowerCase();
  if (value === NOT_SAID) return WORDS[lang].notSaid.toLowerCase();
  return `« ${localize(question.options.find((o) => o.id === value)?.label, lang)} »`;
}

/** The notes saying how the profile columns were made k-anonymous. */
export function recodingNotes(survey: Pick<Survey, 'pages' | 'settings'>, recoding: Recoding, lang: Lang): string[] {
  const k = survey.settings.k;
  const questions = breakdownQuestions(survey);
  const notes = [
    lang === 'en'
      ? `k-anonymity: every combination of profile answers in this file describes at least ${k} rows.`
      : `k-anonymat : chaque combinaison de réponses de profil de ce fichier décrit au moins ${k} lignes.`,
  ];
  for (const { question, values } of recoding.merged) {
    const q = questions.find((x) => x.id === question)!;
    const list = values.map((value) => valueLabel(q, value, lang)).join(', ');
    notes.push(
      lang === 'en'
        ? `Recoded: ${localize(q.label, lang)} — ${list} merged into « ${WORDS.en.other} ».`
        : `Recodage : ${localize(q.label, lang)} — ${list} regroupés en « ${WORDS.fr.other} ».`,
    );
  }
  notes.push(
    lang === 'en'
      ? `Profile cells blanked (—) so that no combination is rarer than ${k}: ${recoding.blanked}.`
      : `Cellules de profil masquées (—) pour qu’aucune combinaison ne soit plus rare que ${k} : ${recoding.blanked}.`,
  );
  return notes;
}

/**
 * The released responses as a table, one row per response in random order: the profile columns
 * recoded (k-anonymous), then one column per question (per option for multiple choices and
 * rankings, per row for matrices), free texts left out, numbers as ranges, dates as months, and no
 * column fewer than k people answered.
 */
export function answersTable(survey: Survey, rows: readonly CoarseRow[], profiles: readonly (readonly string[])[], notes: string[], lang: Lang): ExportTable {
  const k = survey.settings.k;
  const breakdowns = breakdownQuestions(survey);
  const profileIds = new Set(breakdowns.map((q) => q.id));
  const columns = questionsOf(survey)
    .filter((q) => !profileIds.has(q.id))
    .flatMap((question) => answerColumns(question, lang))
    .filter((column) => rows.reduce((n, row) => (column.answered(row) ? n + 1 : n), 0) >= k);
  return {
    notes,
    header: [...breakdowns.map((q) => localize(q.label, lang)), ...columns.map((column) => column.header)],
    rows: rows.map((row, i) => [...breakdowns.map((q, c) => profileCell(q, profiles[i]![c]!, lang)), ...columns.map((column) => column.cell(row))]),
  };
}

/** Scored anonymous responses: the recoded profile and the scale scores, nothing else. */
export function scoresTable(
  survey: Survey,
  rows: readonly CoarseRow[],
  profiles: readonly (readonly string[])[],
  scales: readonly string[],
  notes: string[],
  lang: Lang,
): ExportTable {
  const breakdowns = breakdownQuestions(survey);
  const named = SCORED_SCALES.filter((s) => scales.includes(s.key));
  return {
    notes,
    header: [...breakdowns.map((q) => localize(q.label, lang)), ...named.map((s) => s.name[lang])],
    rows: rows.map((row, i) => [...breakdowns.map((q, c) => profileCell(q, profiles[i]![c]!, lang)), ...named.map((s) => row.scores[s.key] ?? null)]),
  };
}

/** The table as lines for CSV/XLSX: the notes first, a blank line, then the header and the rows. */
export const tableLines = (table: ExportTable): ExportCell[][] => [
  ...table.notes.map((note) => [note]),
  ...(table.notes.length ? [[]] : []),
  table.header,
  ...table.rows,
];
