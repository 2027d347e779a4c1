import type { Answers, AnswerValue, MatrixAnswer } from '../../schema/answers.ts';
import type { Lang } from '../../schema/lang.ts';
import { localize } from '../../schema/localize.ts';
import { questionsOf, type Question, type Survey } from '../../schema/survey.ts';
import { shuffled } from './shuffle.ts';
import { numberBinning } from './stats.ts';

/** A cell of an export: text, a number, or empty (the question was skipped or not shown). */
export type ExportCell = string | number | null;

/** The header row, then one row per response. */
export type ExportTable = { header: string[]; rows: ExportCell[][] };

export type ExportOptions = {
  lang: Lang;
  /**
   * Keeps only one subgroup's responses (for filtered exports, not offered yet); k then applies
   * to the subgroup as it does to the whole survey.
   */
  subgroup?: (answers: Answers) => boolean;
};

export type ExportOutcome = { ok: true; table: ExportTable } | { ok: false; reason: 'too-few-responses' };

export const PREFER_NOT_MARKER = { fr: 'Préfère ne pas répondre', en: 'Prefers not to answer' } as const;

/** One column: its header, who answered it (for k), and its cell in a response. */
type Column = { header: string; answered: (answers: Answers) => boolean; cell: (answers: Answers) => ExportCell };

function columnsOf(question: Question, lang: Lang, marker: string, responses: readonly Answers[]): Column[] {
  const label = localize(question.label, lang);
  const sub = (part: string) => `${label} — ${part}`;
  const id = question.id;
  const answered = (answers: Answers) => answers[id] !== undefined && answers[id] !== null;
  /** A cell from the answer; « prefer not to answer » gets the marker, no answer stays empty. */
  const column = (header: string, read: (value: Exclude<AnswerValue, null>) => ExportCell, isAnswered = answered): Column => ({
    header,
    answered: isAnswered,
    cell: (answers) => {
      const value = answers[id];
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
      // Rows are released one by one in the results; here too, each needs k answers of its own.
      return question.items.map((item) =>
        column(
          sub(localize(item.label, lang)),
          (value) => (value as MatrixAnswer)[item.id] ?? null,
          (answers) => {
            const value = answers[id];
            return !!value && typeof value === 'object' && !Array.isArray(value) && (value as MatrixAnswer)[item.id] !== undefined;
          },
        ),
      );
    case 'scale':
      return [column(label, (value) => value as number)];
    // Exact numbers and days are quasi-identifiers (« 23 years here », « the meeting of the 14th »):
    // numbers are exported as the ranges the results show (`10–14`, or the value when a range holds
    // only one), dates as their month (`2026-10`).
    case 'number': {
      const values = new Set<number>();
      for (const answers of responses) {
        const value = answers[id];
        if (typeof value === 'number') values.add(value);
      }
      const { bins, indexOf } = numberBinning([...values], { min: question.min, max: question.max, integer: question.integer });
      return [
        column(label, (value) => {
          const index = indexOf(value as number);
          // Outside every range only if the answer broke the question's rules: never the exact value.
          if (index === undefined) return null;
          const bin = bins[index]!;
          return bin.from === bin.to ? bin.from : `${bin.from}–${bin.to}`;
        }),
      ];
    }
    case 'date':
      return [column(label, (value) => (value as string).slice(0, 7))];
    // Free texts never go into an export, whatever the role: beside the profession and the other
    // answers of the same row they would be free texts shown per subgroup. Editors and owners read
    // them apart, shuffled, through the texts route.
    case 'short_text':
    case 'long_text':
      return [];
  }
}

/**
 * The responses as a table, one row per response in random order, one column per question
 * (per option for multiple choices and rankings, per row for matrices), free texts left out.
 * The response day is left out too: on a quiet day it could point at someone; numbers come as
 * ranges and dates as months. k applies twice: no export below k responses, and no column that
 * fewer than k people answered.
 */
export function exportTable(survey: Survey, responses: readonly Answers[], options: ExportOptions): ExportOutcome {
  const k = survey.settings.k;
  const kept = options.subgroup ? responses.filter(options.subgroup) : responses;
  if (kept.length < k) return { ok: false, reason: 'too-few-responses' };

  const marker = PREFER_NOT_MARKER[options.lang];
  const columns = questionsOf(survey)
    .flatMap((question) => columnsOf(question, options.lang, marker, kept))
    .filter((column) => kept.reduce((n, answers) => (column.answered(answers) ? n + 1 : n), 0) >= k);

  return {
    ok: true,
    table: {
      header: columns.map((column) => column.header),
      rows: shuffled(kept).map((answers) => columns.map((column) => column.cell(answers))),
    },
  };
}
