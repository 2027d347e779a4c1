import type { Lang } from '../../schema/lang.ts';
import { localize } from '../../schema/localize.ts';
import type { ScaleFigure, SurveyReport } from '../../schema/report.ts';
import type { Withheld } from '../../schema/results.ts';
import type { ExportCell, ExportTable } from './export-table.ts';

/** The report as a table for CSV/XLSX: the same figures as the page, values in value columns, explanations in the notes column. Pure. */

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The share each row counts is named on the row (« à 50 ou plus » for the CBI, « à 50 ou moins » for the WHO-5), not « past the cutoff » for both. */
const HEADERS = {
  fr: [
    'Partie',
    'Groupe',
    'Échelle',
    'Part comptée',
    'n',
    'Moyenne (0–100)',
    'IC 95 % bas',
    'IC 95 % haut',
    'n dans la part',
    '% dans la part',
    'IC 95 % bas (%)',
    'IC 95 % haut (%)',
    'Publication',
    'Note',
  ],
  en: [
    'Section',
    'Group',
    'Scale',
    'Share counted',
    'n',
    'Mean (0–100)',
    '95% CI low',
    '95% CI high',
    'n in the share',
    '% in the share',
    '95% CI low (%)',
    '95% CI high (%)',
    'Release',
    'Note',
  ],
};

const SIDE = {
  fr: (rule: string, value: number) => (rule === 'at_or_above' ? `à ${value} ou plus` : `à ${value} ou moins`),
  en: (rule: string, value: number) => (rule === 'at_or_above' ? `at ${value} or more` : `at ${value} or less`),
};

const WORDS = {
  fr: {
    overall: 'Ensemble',
    all: 'Tous',
    breakdown: 'Par',
    wave: 'Vague',
    withheld: {
      under_k: (k: number) => `masqué : moins de ${k} personnes`,
      deducible: () => 'masqué : permettrait de déduire un groupe plus petit',
      filter: () => '',
      profile: () => '',
    },
    atLeast: (p: number) => `part arrondie : au moins ${p} % (presque tous du même côté du seuil)`,
    atMost: (p: number) => `part arrondie : au plus ${p} % (presque tous du même côté du seuil)`,
  },
  en: {
    overall: 'Overall',
    all: 'Everyone',
    breakdown: 'By',
    wave: 'Wave',
    withheld: {
      under_k: (k: number) => `hidden: fewer than ${k} people`,
      deducible: () => 'hidden: would let a smaller group be worked out',
      filter: () => '',
      profile: () => '',
    },
    atLeast: (p: number) => `rounded share: at least ${p}% (nearly all on the same side of the cutoff)`,
    atMost: (p: number) => `rounded share: at most ${p}% (nearly all on the same side of the cutoff)`,
  },
};

function figureCells(figure: ScaleFigure, k: number, lang: Lang): ExportCell[] {
  const words = WORDS[lang];
  if (figure.suppressed) return [null, null, null, null, null, null, null, null, null, words.withheld[figure.reason as Withheld](k)];
  const { n, mean, lower, upper, cutoff, release } = figure;
  const values: ExportCell[] = [n, round1(mean), lower === null ? null : round1(lower), upper === null ? null : round1(upper)];
  if ('coarse' in cutoff) {
    const note = 'atLeast' in cutoff.coarse ? words.atLeast(cutoff.coarse.atLeast) : words.atMost(cutoff.coarse.atMost);
    return [...values, null, null, null, null, release, note];
  }
  return [...values, cutoff.count, round1(cutoff.proportion * 100), round1(cutoff.lower * 100), round1(cutoff.upper * 100), release, null];
}

/** One row per scale overall, then per group of the breakdown if any, then per wave. */
export function reportTable(report: SurveyReport, lang: Lang): ExportTable {
  const words = WORDS[lang];
  const scales = report.instruments.flatMap((i) => i.scales);
  const rows: ExportCell[][] = [];
  const named = (scale: (typeof scales)[number]) => [scale.name[lang], SIDE[lang](scale.cutoff.rule, scale.cutoff.value)];
  for (const scale of scales) rows.push([words.overall, words.all, ...named(scale), ...figureCells(scale.overall, report.k, lang)]);
  if (report.breakdown) {
    const section = `${words.breakdown} : ${localize(report.breakdown.label, lang)}`;
    for (const group of report.breakdown.groups)
      for (const scale of scales) rows.push([section, localize(group.label, lang), ...named(scale), ...figureCells(group.scales[scale.key]!, report.k, lang)]);
  }
  for (const wave of report.waves)
    for (const scale of scales)
      rows.push([
        `${words.wave} ${wave.wave}`,
        localize(wave.title, lang),
        ...named(scale),
        ...figureCells(wave.scales[scale.key] ?? { suppressed: true, reason: 'under_k' }, report.k, lang),
      ]);
  return { notes: [], header: HEADERS[lang], rows };
}
