import type { QuestionResult, MatrixItemResult, SurveyResults, Bar } from '../../schema/results.ts';
import { questionsOf, type Question, type Survey } from '../../schema/survey.ts';
import { binNumbers, percent, round, weightedMean, weightedMedian, type Weighted } from './stats.ts';
import { PREFER_NOT, type TallyCell } from './tally.ts';

/** Cells of one question, indexed for lookups. */
class QuestionCells {
  private readonly byKey = new Map<string, TallyCell>();
  constructor(cells: TallyCell[]) {
    for (const cell of cells) this.byKey.set(`${cell.item}\u0000${cell.option}`, cell);
  }
  count(item: string, option: string): number {
    return this.byKey.get(`${item}\u0000${option}`)?.count ?? 0;
  }
  total(item: string, option: string): number {
    return this.byKey.get(`${item}\u0000${option}`)?.total ?? 0;
  }
  /** Numeric options of one item, as (value, count). */
  numeric(item: string): Weighted {
    const points: [number, number][] = [];
    for (const cell of this.byKey.values()) {
      if (cell.item !== item || cell.option === '' || cell.option === PREFER_NOT) continue;
      const value = Number(cell.option);
      if (Number.isFinite(value) && cell.count > 0) points.push([value, cell.count]);
    }
    return points;
  }
  options(item: string): TallyCell[] {
    return [...this.byKey.values()].filter((c) => c.item === item && c.option !== '' && c.option !== PREFER_NOT);
  }
}

const bar = (key: string, count: number, of: number): Bar => ({ key, count, percent: percent(count, of) });

function summary(points: Weighted) {
  return { mean: round(weightedMean(points) ?? 0, 2), median: weightedMedian(points) ?? 0 };
}

function scaleBars(points: Weighted, min: number, max: number, answered: number): Bar[] {
  const bars: Bar[] = [];
  for (let value = min; value <= max; value++) {
    bars.push(bar(String(value), points.find(([v]) => v === value)?.[1] ?? 0, answered));
  }
  return bars;
}

/**
 * Figures for one question, or nothing but its id when fewer than k people answered it.
 * Matrix rows are suppressed one by one on the same rule.
 */
export function questionResult(question: Question, cells: QuestionCells, k: number): QuestionResult {
  const answered = cells.count('', '');
  if (answered < k) return { id: question.id, type: question.type, suppressed: true };
  const common = { id: question.id, suppressed: false as const, answered, preferNotToAnswer: cells.count('', PREFER_NOT) };

  switch (question.type) {
    case 'single':
    case 'multiple':
      return { ...common, type: question.type, options: question.options.map((o) => bar(o.id, cells.count('', o.id), answered)) };
    case 'scale': {
      const points = cells.numeric('');
      return { ...common, type: 'scale', distribution: scaleBars(points, question.min, question.max, answered), ...summary(points) };
    }
    case 'number': {
      const points = cells.numeric('');
      const bins = binNumbers(points, { min: question.min, max: question.max, integer: question.integer });
      const distribution = bins.map((b) => ({ ...bar(b.from === b.to ? String(b.from) : `${b.from}–${b.to}`, b.count, answered), from: b.from, to: b.to }));
      return { ...common, type: 'number', distribution, ...summary(points) };
    }
    case 'matrix': {
      const items = question.items.map((item): MatrixItemResult => {
        const itemAnswered = cells.count(item.id, '');
        if (itemAnswered < k) return { id: item.id, suppressed: true };
        const points = cells.numeric(item.id);
        return {
          id: item.id,
          suppressed: false,
          answered: itemAnswered,
          distribution: scaleBars(points, question.scale.min, question.scale.max, itemAnswered),
          ...summary(points),
        };
      });
      return { ...common, type: 'matrix', items };
    }
    case 'ranking':
      return {
        ...common,
        type: 'ranking',
        options: question.options.map((o) => {
          const ranked = cells.count('', o.id);
          return { id: o.id, ranked, meanRank: ranked ? round(cells.total('', o.id) / ranked, 2) : null, first: cells.count('1', o.id) };
        }),
      };
    case 'date': {
      const months = cells.options('').toSorted((a, b) => a.option.localeCompare(b.option));
      return { ...common, type: 'date', distribution: months.map((m) => bar(m.option, m.count, answered)) };
    }
    case 'short_text':
    case 'long_text':
      return { ...common, type: question.type };
  }
}

/**
 * Whole-survey results from its released tally cells: O(cells), never O(responses).
 * `responses` is the live total, always shown; figures describe the released cells only.
 */
export function surveyResults(survey: Survey, cells: TallyCell[], responses: number): SurveyResults {
  const byQuestion = new Map<string, TallyCell[]>();
  for (const cell of cells) {
    const list = byQuestion.get(cell.question);
    if (list) list.push(cell);
    else byQuestion.set(cell.question, [cell]);
  }
  const k = survey.settings.k;
  const released = byQuestion.get('')?.find((c) => c.item === '' && c.option === '')?.count ?? 0;
  return {
    slug: survey.slug,
    status: survey.status,
    k,
    responses,
    released,
    questions: questionsOf(survey).map((q) => questionResult(q, new QuestionCells(byQuestion.get(q.id) ?? []), k)),
  };
}
