import type { Question, Scale } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { useEditor, useFieldErrors } from '../context.ts';
import { BilingualField } from '../fields/BilingualField.tsx';
import { ColumnHeads } from '../fields/ColumnHeads.tsx';
import { FieldErrors } from '../fields/FieldErrors.tsx';
import { NumberField } from '../fields/NumberField.tsx';
import { domId, keys } from '../model/paths.ts';
import { editorText } from '../text.ts';

type Scaled = Extract<Question, { type: 'scale' }> | Extract<Question, { type: 'matrix' }>;

/** At most this many points get label fields (the schema allows 21). */
const MAX_POINTS = 21;

/**
 * A scale's first and last points and the labels of its points: a scale question's own, or a grid's
 * shared scale. Labels of points left outside after narrowing the scale are kept while editing, and
 * dropped when saving (see prepareForSave).
 */
export function ScaleEditor({ question }: { question: Scaled }) {
  const text = useText(editorText);
  const { updateQuestion, wordingLocked } = useEditor();
  const inScale = question.type === 'matrix';
  const scale: Scale = inScale ? question.scale : question;
  const field = (name: string) => keys.question(question.id, inScale ? `scale.${name}` : name);
  const legendKey = keys.question(question.id, inScale ? 'scale' : 'labels');
  const errors = useFieldErrors(legendKey);

  const setScale = (change: (scale: Scale) => Scale) =>
    updateQuestion(question.id, (q) => {
      if (q.type === 'matrix') return { ...q, scale: change(q.scale) };
      if (q.type === 'scale') {
        const { min, max, labels } = change(q);
        return { ...q, min, max, labels };
      }
      return q;
    });

  const setPoint = (value: number, label: Scale['labels'][number]['label'] | undefined) =>
    setScale((s) => {
      const others = s.labels.filter((point) => point.value !== value);
      const labels = label ? [...others, { value, label }].sort((a, b) => a.value - b.value) : others;
      return { ...s, labels };
    });

  const points: number[] = [];
  if (scale.max >= scale.min && scale.max - scale.min < MAX_POINTS) for (let value = scale.min; value <= scale.max; value++) points.push(value);

  return (
    <fieldset id={domId(legendKey)} class="ed-fieldset ed-scale">
      <legend class="ed-label">{text.scaleLegend}</legend>
      <p class="ed-help">{text.scaleHelp}</p>
      <FieldErrors id={`${domId(legendKey)}-error`} messages={errors} />
      <div class="ed-pair">
        <NumberField
          fieldKey={field('min')}
          label={text.scaleMin}
          value={scale.min}
          onChange={(min) => min !== undefined && setScale((s) => ({ ...s, min }))}
        />
        <NumberField
          fieldKey={field('max')}
          label={text.scaleMax}
          value={scale.max}
          onChange={(max) => max !== undefined && setScale((s) => ({ ...s, max }))}
        />
      </div>
      {points.length > 0 && (
        <div class="ed-points">
          <p class="ed-label">{text.pointLabels}</p>
          <p class="ed-help">{text.pointLabelsHelp}</p>
          <ColumnHeads frenchRequired={false} actions={false} />
          {points.map((value) => (
            <div key={value} class="ed-point">
              <span class="ed-entry-number" aria-hidden="true">
                {value}
              </span>
              <BilingualField
                compact
                optional
                fieldKey={keys.point(question.id, value, inScale)}
                label={text.pointLabel(value)}
                locked={wordingLocked(question.id)}
                value={scale.labels.find((point) => point.value === value)?.label}
                onChange={(label) => setPoint(value, label)}
              />
            </div>
          ))}
        </div>
      )}
    </fieldset>
  );
}
