import { OPERATORS_BY_TYPE, type Condition, type Question } from '../../../../schema/survey.ts';
import type { Paged } from './reorder.ts';

export type Operator = Condition['operator'];

export { OPERATORS_BY_TYPE };

/** Questions a condition may look at: those before this one, in the order respondents meet them (none for a question not in the survey). */
export function earlierQuestions(survey: Paged, questionId: string): Question[] {
  const all = survey.pages.flatMap((page) => page.questions);
  const index = all.findIndex((q) => q.id === questionId);
  return index < 0 ? [] : all.slice(0, index);
}

/** What a condition's value is picked from: an option, or a point of a scale; free numbers otherwise. */
export type ValueKind = 'none' | 'option' | 'options' | 'point' | 'number';

export function valueKind(target: Question, operator: Operator): ValueKind {
  if (operator === 'answered') return 'none';
  if ('options' in target) return operator === 'any_of' ? 'options' : 'option';
  if (target.type === 'scale') return 'point';
  return 'number';
}

/** The points of a scale question, from min to max. */
export function scaleValues(target: Extract<Question, { type: 'scale' }>): number[] {
  const values: number[] = [];
  for (let value = target.min; value <= target.max; value++) values.push(value);
  return values;
}

/**
 * A condition on `target` with `operator`, keeping what it can of the previous value: the chosen option
 * stays chosen when going from « est » to « est l’un de », a number stays when going from « au moins »
 * to « au plus ». Otherwise the first option, the scale's midpoint, or the number question's minimum.
 */
export function conditionFor(target: Question, operator: Operator, previous?: Condition['value']): Condition {
  const base = { question: target.id, operator };
  const kind = valueKind(target, operator);
  const firstOption = 'options' in target ? target.options[0]?.id : undefined;
  switch (kind) {
    case 'none':
      return base;
    case 'option': {
      const known = 'options' in target ? new Set(target.options.map((o) => o.id)) : new Set<string>();
      const kept = Array.isArray(previous) ? previous.find((id) => known.has(id)) : typeof previous === 'string' && known.has(previous) ? previous : undefined;
      const value = kept ?? firstOption;
      return value === undefined ? base : { ...base, value };
    }
    case 'options': {
      const known = 'options' in target ? new Set(target.options.map((o) => o.id)) : new Set<string>();
      const kept = (Array.isArray(previous) ? previous : typeof previous === 'string' ? [previous] : []).filter((id) => known.has(id));
      return { ...base, value: kept.length ? kept : firstOption ? [firstOption] : [] };
    }
    case 'point': {
      const scale = target as Extract<Question, { type: 'scale' }>;
      const value = typeof previous === 'number' && previous >= scale.min && previous <= scale.max ? previous : Math.ceil((scale.min + scale.max) / 2);
      return { ...base, value };
    }
    case 'number': {
      const number = target as Extract<Question, { type: 'number' }>;
      return { ...base, value: typeof previous === 'number' ? previous : (number.min ?? 0) };
    }
  }
}

/** The condition a question gets when « show only if » is first ticked: on the question just before it. */
export function defaultCondition(target: Question): Condition {
  return conditionFor(target, 'options' in target && target.options.length ? 'equals' : 'answered');
}

/** Questions whose condition looks at `questionId`. */
export function dependentsOf(survey: Paged, questionId: string): Question[] {
  return survey.pages.flatMap((page) => page.questions.filter((q) => q.showIf?.question === questionId));
}

/** The survey without the conditions that look at `questionId` (when it is deleted, those questions always show). */
export function dropConditionsOn<S extends Paged>(survey: S, questionId: string): S {
  if (!dependentsOf(survey, questionId).length) return survey;
  return {
    ...survey,
    pages: survey.pages.map((page) => ({
      ...page,
      questions: page.questions.map((q) => {
        if (q.showIf?.question !== questionId) return q;
        const { showIf: _dropped, ...rest } = q;
        return rest as Question;
      }),
    })),
  };
}
