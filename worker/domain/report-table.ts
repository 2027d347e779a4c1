import type { Answers } from '../../schema/answers.ts';
import type { Lang } from '../../schema/lang.ts';
import { localize } from '../../schema/localize.ts';
import type { ScaleFigure, SurveyReport } from '../../schema/report.ts';
import { questionsOf, type Survey } from '../../schema/survey.ts';
import type { ExportCell, ExportTable } from './export-table.ts';
import { PREFER_NOT_MARKER } from './export-table.ts';
import { reportInstruments } from './report.ts';
import { scoreResponse } from './scoring.ts';
import { SCORED_SCALES, scaleScores } from './scored-scales.ts';
import { shuffled } from './shuffle.ts';
import type { TallyCell } from './tally.ts';

/** The report as tables for CSV/XLSX: the same figures as the page, suppression included. Pure. */

const round1 = (x: number) => Math.round(x * 10) / 10;

const HEADERS = {
  fr: ['Partie', 'Groupe', 'Échelle', 'n', 'Moyenne (0–100)', 'IC 95 % bas', 'IC 95 % haut', 'n au-delà du seuil', '% au-delà du seuil', 'IC 95 % bas (%)', 'IC 95 % haut (%)'],
  en: ['Section', 'Group', 'Scale', 'n', 'Mean (0–100)', '95% CI low', '95% CI high', 'n past cutoff', '% past cutoff', '95% CI low (%)', '95% CI high (%)'],
};

const WORDS = {
  fr: { overall: 'Ensemble', all: 'Tous', breakdown: 'Par', wave: 'Vague', hidden: (k: number) => `masqué (moins de ${k} personnes, ou déductible)` },
  en: { overall: 'Overall', all: 'Everyone', breakdown: 'By', wave: 'Wave', hidden: (k: number) => `hidden (fewer than ${k} people, or recoverable)` },
};

function figureCells(figure: ScaleFigure, k: number, lang: Lang): ExportCell[] {
  if (figure.suppressed) return [WORDS[lang].hidden(k), null, null, null, null, null, null, null];
  const { n, mean, lower, upper, cutoff } = figure;
  return [
    n,
    round1(mean),
    lower === null ? null : round1(lower),
    upper === null ? null : round1(upper),
    cutoff.count,
    round1(cutoff.proportion * 100),
    round1(cutoff.lower * 100),
    round1(cutoff.upper * 100),
  ];
}

/** One row per scale overall, then per group of the breakdown if any, then per wave. */
export function reportTable(report: SurveyReport, lang: Lang): ExportTable {
  const words = WORDS[lang];
  const scales = report.instruments.flatMap((i) => i.scales);
  const rows: ExportCell[][] = [];
  for (const scale of scales) rows.push([words.overall, words.all, scale.name[lang], ...figureCells(scale.overall, report.k, lang)]);
  if (report.breakdown) {
    const section = `${words.breakdown} : ${localize(report.breakdown.label, lang)}`;
    for (const group of report.breakdown.groups)
      for (const scale of scales) rows.push([section, localize(group.label, lang), scale.name[lang], ...figureCells(group.scales[scale.key]!, report.k, lang)]);
  }
  for (const wave of report.waves)
    for (const scale of scales)
      rows.push([`${words.wave} ${wave.wave}`, localize(wave.title, lang), scale.name[lang], ...figureCells(wave.scales[scale.key] ?? { suppressed: true }, report.k, lang)]);
  return { header: HEADERS[lang], rows };
}

/**
 * Whether scored responses may leave as rows: every group of every breakdown question — and the
 * people who did not say — is empty or holds at least k released responses.
 */
export function breakdownCellsAllowRows(survey: Survey, cells: readonly TallyCell[]): boolean {
  const k = survey.settings.k;
  const released = cells.find((c) => c.question === '' && c.item === '' && c.option === '')?.count ?? 0;
  if (released < k) return false;
  for (const question of questionsOf(survey)) {
    if (question.type !== 'single' || !question.breakdown) continue;
    const counts = question.options.map((o) => cells.find((c) => c.question === question.id && c.item === '' && c.option === o.id)?.count ?? 0);
    const unsaid = released - counts.reduce((a, b) => a + b, 0);
    if ([...counts, unsaid].some((n) => n > 0 && n < k)) return false;
  }
  return true;
}

/** Scored anonymous responses in random order: breakdown answers and scale scores, nothing else. */
export function scoredResponsesTable(survey: Survey, responses: readonly Answers[], lang: Lang): ExportTable {
  const profile = questionsOf(survey).filter((q) => q.type === 'single' && q.breakdown);
  const { intact } = reportInstruments(survey);
  const scales = SCORED_SCALES.filter((s) => intact.has(s.instrument.id));
  const header = [...profile.map((q) => localize(q.label, lang)), ...scales.map((s) => s.name[lang])];
  const rows = shuffled(responses).map((answers): ExportCell[] => {
    const scores = new Map(scaleScores(scoreResponse(survey, answers)).map((s) => [s.key, round1(s.score)]));
    return [
      ...profile.map((q) => {
        const value = answers[q.id];
        if (value === null) return PREFER_NOT_MARKER[lang];
        if (q.type !== 'single' || typeof value !== 'string') return null;
        const option = q.options.find((o) => o.id === value);
        return option ? localize(option.label, lang) : value;
      }),
      ...scales.map((s) => scores.get(s.key) ?? null),
    ];
  });
  return { header, rows };
}
