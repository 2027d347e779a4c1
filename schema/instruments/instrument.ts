import type { Lang } from '../lang.ts';
import type { QuestionOf, SurveyDraft } from '../survey.ts';

/**
 * Validated questionnaires (CBI, WHO-5…) as plain data, with their source and licence beside
 * the items. A survey embeds one through `instrumentQuestions`; `instrumentStatus` tells whether
 * the embedded copy is still word for word the instrument: only then may the product call it
 * validated and compute its scores. Scoring itself lives in worker/domain/scoring.ts.
 */

/** A text an instrument gives in both languages (unlike survey texts, English is required here). */
export type Wording = { readonly fr: string; readonly en: string };

export type ResponsePoint = { readonly value: number; readonly label: Wording };

/**
 * A response scale, its points in ascending stored value. The stored value is what the answer
 * holds; how a value turns into a score belongs to the instrument's scoring rules.
 */
export type ResponseScale = {
  readonly points: readonly ResponsePoint[];
  /** What the scale asks (« à quelle fréquence ? »): tells apart two questions of one scale that answer differently. */
  readonly prompt?: Wording;
};

export type InstrumentItem<Kind extends string = string> = {
  /** Unique within the instrument; the matrix row id in a survey. */
  readonly id: string;
  readonly text: Wording;
  readonly response: Kind;
  /** Scored the other way round (e.g. CBI work item 7). */
  readonly reversed: boolean;
};

export type InstrumentScale<Kind extends string = string> = {
  readonly id: string;
  /** The scale's name, for results: not shown to respondents. */
  readonly name: Wording;
  /** The heading respondents see above the scale's questions (the product's wording, not the instrument's). */
  readonly heading: Wording;
  readonly items: readonly InstrumentItem<Kind>[];
};

export type Instrument<Kind extends string = string> = {
  /** Also the prefix of the survey question ids. */
  readonly id: string;
  readonly version: string;
  readonly name: Wording;
  /** Where the instrument and its wording come from, said in each language (titles quoted as published). */
  readonly source: Wording;
  readonly licence: Wording;
  /** The reference as published, in its own language: never translated. */
  readonly citation: string;
  readonly language: {
    /** The language of the published wording the items are transcribed from. */
    readonly source: Lang;
    readonly available: readonly Lang[];
  };
  /** Whether the French wording is a validated translation; when not, the product says « traduction de travail ». */
  readonly validatedTranslation: { readonly fr: boolean };
  /** What to tell coordinators about the French wording. */
  readonly translationNote: Wording;
  /**
   * The instrument's own lead-in (e.g. WHO-5 « Au cours des deux dernières semaines »): the label
   * of each of its questions, and checked like the items. Without one, each question is headed by
   * its scale's `heading`, which coordinators may reword.
   */
  readonly stem?: Wording;
  readonly responseScales: Readonly<Record<Kind, ResponseScale>>;
  readonly scales: readonly InstrumentScale<Kind>[];
};

export type MatrixQuestion = QuestionOf<'matrix'>;

/** One survey question per run of consecutive items sharing a scale and a response scale. */
export type InstrumentBlock = {
  readonly questionId: string;
  readonly scale: string;
  readonly response: string;
  readonly items: readonly InstrumentItem[];
};

/**
 * Splits an instrument into matrix blocks, in item order. The question id is `<instrument>_<scale>`,
 * with `_<response>` appended when the scale mixes response scales (`cbi_personal`,
 * `cbi_work_degree`, `cbi_work_frequency`…). Stable: ids derive from the data only.
 */
export function instrumentBlocks(instrument: Instrument): InstrumentBlock[] {
  const blocks: InstrumentBlock[] = [];
  for (const scale of instrument.scales) {
    const mixed = new Set(scale.items.map((item) => item.response)).size > 1;
    let current: { scale: string; response: string; items: InstrumentItem[] } | undefined;
    for (const item of scale.items) {
      if (!current || current.response !== item.response) {
        current = { scale: scale.id, response: item.response, items: [] };
        blocks.push({
          questionId: mixed ? `${instrument.id}_${scale.id}_${item.response}` : `${instrument.id}_${scale.id}`,
          scale: scale.id,
          response: item.response,
          items: current.items,
        });
      }
      current.items.push(item);
    }
  }
  const ids = blocks.map((block) => block.questionId);
  if (new Set(ids).size !== ids.length) throw new Error(`${instrument.id}: a scale mixes response scales non-consecutively`);
  return blocks;
}

const copy = (text: Wording) => ({ fr: text.fr, en: text.en });

function matrixScale(scale: ResponseScale): MatrixQuestion['scale'] {
  const values = scale.points.map((point) => point.value);
  return {
    min: Math.min(...values),
    max: Math.max(...values),
    labels: scale.points.map((point) => ({ value: point.value, label: copy(point.label) })),
  };
}

/** The survey questions (one matrix per block) that embed the instrument unchanged; fresh objects on every call. */
export function instrumentQuestions(instrument: Instrument): MatrixQuestion[] {
  const headings = new Map(instrument.scales.map((scale) => [scale.id, scale.heading]));
  const blocks = instrumentBlocks(instrument);
  /** A scale split over several questions gets one label each (screen readers list them by name). */
  const label = (block: InstrumentBlock): Wording => {
    if (instrument.stem) return copy(instrument.stem);
    const heading = headings.get(block.scale)!;
    const prompt = instrument.responseScales[block.response]!.prompt;
    const split = blocks.filter((b) => b.scale === block.scale).length > 1;
    return split && prompt ? { fr: `${heading.fr} : ${prompt.fr}`, en: `${heading.en}: ${prompt.en}` } : copy(heading);
  };
  return blocks.map((block) => ({
    id: block.questionId,
    type: 'matrix',
    label: label(block),
    required: false,
    preferNotToAnswer: false,
    items: block.items.map((item) => ({ id: item.id, label: copy(item.text) })),
    scale: matrixScale(instrument.responseScales[block.response]!),
  }));
}

export type InstrumentProblem = {
  question: string;
  problem: 'missing' | 'not_matrix' | 'items' | 'scale' | 'stem';
};

type SurveyPages = Pick<SurveyDraft, 'pages'>;
type DraftQuestion = SurveyDraft['pages'][number]['questions'][number];

function findQuestion(survey: SurveyPages, id: string): DraftQuestion | undefined {
  for (const page of survey.pages) for (const question of page.questions) if (question.id === id) return question;
  return undefined;
}

type Text = { fr: string; en?: string | undefined };
const sameText = (a: Text, b: Text) => a.fr === b.fr && a.en === b.en;

/** Every way the survey's copy of the instrument differs from the instrument (empty when intact). */
export function instrumentProblems(survey: SurveyPages, instrument: Instrument): InstrumentProblem[] {
  const problems: InstrumentProblem[] = [];
  for (const expected of instrumentQuestions(instrument)) {
    const question = findQuestion(survey, expected.id);
    const at = (problem: InstrumentProblem['problem']) => problems.push({ question: expected.id, problem });
    if (!question) {
      at('missing');
      continue;
    }
    if (question.type !== 'matrix') {
      at('not_matrix');
      continue;
    }
    const items = question.items;
    if (items.length !== expected.items.length || items.some((item, i) => item.id !== expected.items[i]!.id || !sameText(item.label, expected.items[i]!.label)))
      at('items');
    const scale = question.scale;
    const labels = scale.labels ?? [];
    const expectedLabels = expected.scale.labels;
    if (
      scale.min !== expected.scale.min ||
      scale.max !== expected.scale.max ||
      labels.length !== expectedLabels.length ||
      labels.some((point, i) => point.value !== expectedLabels[i]!.value || !sameText(point.label, expectedLabels[i]!.label))
    )
      at('scale');
    if (instrument.stem && !sameText(question.label, instrument.stem)) at('stem');
  }
  return problems;
}

/**
 * `absent`: none of the instrument's questions is in the survey. `intact`: all are, with the
 * instrument's exact items, wording and response scales. `altered`: anything else; an altered
 * copy is neither labelled validated nor scored.
 */
export function instrumentStatus(survey: SurveyPages, instrument: Instrument): 'absent' | 'intact' | 'altered' {
  const problems = instrumentProblems(survey, instrument);
  if (problems.length === 0) return 'intact';
  const blocks = instrumentBlocks(instrument).length;
  return problems.filter((p) => p.problem === 'missing').length === blocks ? 'absent' : 'altered';
}

/** True when the survey carries the instrument word for word (items, wording, response scales). */
export function instrumentIntact(survey: SurveyPages, instrument: Instrument): boolean {
  return instrumentProblems(survey, instrument).length === 0;
}
