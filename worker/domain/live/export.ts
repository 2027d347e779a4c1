import { localize, type Lang } from '../../../schema/lang.ts';
import type { LiveQuestion, LiveQuestionView, LiveSessionAdmin, LiveTally } from '../../../schema/live.ts';
import type { CsvCell } from '../csv.ts';
import type { ExportTable } from '../export-table.ts';
import { liveExportText } from './export-text.ts';

function optionLabel(question: LiveQuestion, key: string, lang: Lang): string {
  if ('options' in question) {
    const option = question.options.find((o) => o.id === key);
    if (option) return localize(option.label, lang);
  }
  return key;
}

/** A day (YYYY-MM-DD) or a moment, as people write it. */
const dateOf = (when: string | Date, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
    typeof when === 'string' ? new Date(`${when}T12:00:00Z`) : when,
  );

/** The lines before the table: the session, its date, the anonymity rule, the export's date. */
function sessionNotes(state: LiveSessionAdmin, lang: Lang, exportedAt: Date): string[] {
  const words = liveExportText[lang];
  const k = state.definition.settings.k ?? 5;
  const date =
    state.status === 'closed' && state.endedOn
      ? words.ended(dateOf(state.endedOn, lang))
      : state.status === 'draft'
        ? words.draft(dateOf(state.createdOn, lang))
        : words.running(dateOf(exportedAt, lang));
  return [words.session(localize(state.title, lang), state.code), date, words.rule(k), words.what, words.exported(dateOf(exportedAt, lang))];
}

/** One question's rows: its tally (or why there is none), each college's, the block vote, the ideas. */
function questionRows(view: LiveQuestionView, k: number, sessionClosed: boolean, lang: Lang): CsvCell[][] {
  const words = liveExportText[lang];
  const q = view.question;
  const head = [q.id, localize(q.label, lang), q.type];
  const unit = words.units[q.type];
  const rows: CsvCell[][] = [];
  // Values in value columns; anything said about them in the note column.
  const row = (
    college: string | null,
    key: string | null,
    label: string | null,
    value: number | null,
    rowUnit: string | null,
    rest: [number | null, number | null, number | null],
    note: string | null,
  ) => rows.push([...head, college, key, label, value, rowUnit, ...rest, note]);
  const tallyRows = (college: string, tally: LiveTally, note: string | null) => {
    if (tally.suppressed) return row(college, null, null, null, null, [null, null, null], words.underK(k));
    if (tally.bars.length === 0)
      row(college, null, null, null, null, [null, tally.voters, tally.mean ?? null], note ?? (q.type === 'words' ? words.noWord(k) : null));
    for (const bar of tally.bars)
      row(college, bar.key, bar.label ?? optionLabel(q, bar.key, lang), bar.value, unit, [bar.meanRank ?? null, tally.voters, tally.mean ?? null], note);
    if (tally.waitingWords !== undefined)
      row(
        college,
        null,
        words.waitingLabel(k),
        tally.waitingWords,
        words.words,
        [null, null, null],
        tally.waitingWords === null ? words.waitingHidden(k) : words.waiting(k),
      );
  };
  if (view.tally) tallyRows(words.all, view.tally, null);
  for (const college of view.byCollege ?? []) tallyRows(localize(college.label, lang), college.tally, college.previous ? words.previous : null);
  if (view.block) {
    // What the projector calls retained: the final result of a closed or locked question.
    const final = sessionClosed || view.state === 'locked' || view.state === 'closed';
    if (view.block.suppressed) row(words.block, null, null, null, null, [null, null, null], words.blockSuppressed[view.block.reason]);
    else
      for (const option of view.block.options)
        row(
          words.block,
          option.option,
          optionLabel(q, option.option, lang),
          option.weight,
          words.weight,
          [null, null, null],
          view.block.winner.includes(option.option) ? (final ? words.retained : words.leading) : null,
        );
  }
  for (const idea of view.ideas ?? [])
    if (idea.status === 'approved') row(null, idea.id, idea.text, idea.upvotes, unit, [null, null, null], idea.upvotes === null ? words.fewUpvotes(k) : null);
  return rows;
}

/**
 * The results of a session as a table, exactly as screens show them — each question's last release,
 * which is also its final result — k applied: one row per bar, a suppressed tally as a row without
 * figures, per-college rows and block-vote rows where set. Values in value columns, explanations in
 * the note column; the session, its date and the anonymity rule on the lines before.
 */
export function liveResultsTable(state: LiveSessionAdmin, lang: Lang, exportedAt: Date): ExportTable {
  const k = state.definition.settings.k ?? 5;
  const rows = state.questions.flatMap((view) => questionRows(view, k, state.status === 'closed', lang));
  return { notes: sessionNotes(state, lang, exportedAt), header: liveExportText[lang].header, rows };
}
