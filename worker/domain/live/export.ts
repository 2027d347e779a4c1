import { localize, type Lang } from '../../../schema/lang.ts';
import type { LiveQuestion, LiveSessionAdmin, LiveTally } from '../../../schema/live.ts';
import type { CsvCell } from '../csv.ts';

const HEADERS: Record<Lang, string[]> = {
  fr: ['question', 'intitulé', 'type', 'collège', 'clé', 'libellé', 'valeur', 'rang moyen', 'votants', 'moyenne'],
  en: ['question', 'label', 'type', 'college', 'key', 'text', 'value', 'mean rank', 'voters', 'mean'],
};

function optionLabel(question: LiveQuestion, key: string, lang: Lang): string {
  if ('options' in question) {
    const option = question.options.find((o) => o.id === key);
    if (option) return localize(option.label, lang);
  }
  return key;
}

/**
 * The results of a session as a table (one row per bar), exactly as screens show them — each question's
 * last release, which is also its final result: k applied, a suppressed tally is a single row without
 * figures, per-college rows (marked when they are an earlier release's) and block-vote rows where set.
 */
export function liveResultsTable(state: LiveSessionAdmin, lang: Lang): CsvCell[][] {
  const rows: CsvCell[][] = [HEADERS[lang]];
  const suppressed = lang === 'en' ? `fewer than ${state.definition.settings.k ?? 5} voters` : `moins de ${state.definition.settings.k ?? 5} votants`;
  for (const view of state.questions) {
    const q = view.question;
    const head = [q.id, localize(q.label, lang), q.type];
    const tallyRows = (college: string, tally: LiveTally) => {
      if (tally.suppressed) {
        rows.push([...head, college, null, suppressed, null, null, null, null]);
        return;
      }
      if (tally.bars.length === 0) rows.push([...head, college, null, null, null, null, tally.voters, tally.mean ?? null]);
      for (const bar of tally.bars)
        rows.push([...head, college, bar.key, bar.label ?? optionLabel(q, bar.key, lang), bar.value, bar.meanRank ?? null, tally.voters, tally.mean ?? null]);
    };
    if (view.tally) tallyRows(lang === 'en' ? 'all' : 'tous', view.tally);
    // A college's figures of an earlier release (the disclosure check kept the fresh ones back) say so.
    const previous = lang === 'en' ? ' (previous release)' : ' (publication précédente)';
    for (const college of view.byCollege ?? []) tallyRows(localize(college.label, lang) + (college.previous ? previous : ''), college.tally);
    if (view.block) {
      const block = lang === 'en' ? 'block vote' : 'vote par collèges';
      if (view.block.suppressed) rows.push([...head, block, null, view.block.reason, null, null, null, null]);
      else
        for (const option of view.block.options)
          rows.push([...head, block, option.option, optionLabel(q, option.option, lang), option.weight, null, null, null]);
    }
    for (const idea of view.ideas ?? []) if (idea.status === 'approved') rows.push([...head, null, idea.id, idea.text, idea.upvotes, null, null, null]);
  }
  return rows;
}
