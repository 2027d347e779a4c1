import type { Lang } from '../../../schema/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import type { Scale } from '../../../schema/survey.ts';

export type ScalePoint = { value: number; label: string };

/** Every point of a scale, with its label when the definition gives one. */
export function scalePoints(scale: Scale, lang: Lang): ScalePoint[] {
  const labels = new Map(scale.labels.map((point) => [point.value, surveyText(point.label, lang)]));
  const points: ScalePoint[] = [];
  for (let value = scale.min; value <= scale.max; value++) points.push({ value, label: labels.get(value) ?? '' });
  return points;
}

/** Fully labelled scales read best as a list of their labels; others as a row of numbers. */
export function isFullyLabelled(points: ScalePoint[]): boolean {
  return points.every((point) => point.label !== '');
}
