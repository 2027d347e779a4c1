import type { Condition, Question } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { useEditor } from '../context.ts';
import { NumberField } from '../fields/NumberField.tsx';
import { scaleValues, valueKind } from '../model/conditions.ts';
import { domId, keys } from '../model/paths.ts';
import { anyText } from '../model/texts.ts';
import { editorText } from '../text.ts';

type Props = { question: Question; target: Question; condition: Condition; onChange: (condition: Condition) => void };

/** The answer a condition waits for: one option, several, a point of the scale, or a number. */
export function ConditionValue({ question, target, condition, onChange }: Props) {
  const text = useText(editorText);
  const base = domId(keys.question(question.id, 'showIf'));
  const kind = valueKind(target, condition.operator);
  const { structureLocked } = useEditor();
  const set = (value: Condition['value']) => onChange({ ...condition, value });

  if (kind === 'none') return null;
  if (kind === 'number')
    return (
      <NumberField
        fieldKey={keys.question(question.id, 'showIf.value')}
        label={text.conditionValue}
        integer={false}
        value={typeof condition.value === 'number' ? condition.value : undefined}
        onChange={(value) => value !== undefined && set(value)}
      />
    );

  if (kind === 'point' && target.type === 'scale')
    return (
      <div class="ed-field">
        <label for={`${base}-value`} class="ed-label">
          {text.conditionValue}
        </label>
        <select
          id={`${base}-value`}
          class="input ed-select"
          disabled={structureLocked}
          value={String(condition.value)}
          onChange={(event) => set(Number(event.currentTarget.value))}
        >
          {scaleValues(target).map((value) => {
            const label = anyText(target.labels.find((point) => point.value === value)?.label);
            return (
              <option key={value} value={String(value)}>
                {label ? `${value} – ${label}` : value}
              </option>
            );
          })}
        </select>
      </div>
    );

  const options = 'options' in target ? target.options : [];
  if (kind === 'options') {
    const chosen = Array.isArray(condition.value) ? condition.value : [];
    return (
      <fieldset class="ed-fieldset ed-condition-values">
        <legend class="ed-label">{text.conditionValues}</legend>
        {options.map((option) => (
          <div class="ed-check-row" key={option.id}>
            <input
              id={`${base}-value-${option.id}`}
              type="checkbox"
              checked={chosen.includes(option.id)}
              disabled={structureLocked}
              onChange={(event) =>
                set(
                  event.currentTarget.checked
                    ? options.map((o) => o.id).filter((id) => id === option.id || chosen.includes(id))
                    : chosen.filter((id) => id !== option.id),
                )
              }
            />
            <label for={`${base}-value-${option.id}`}>{anyText(option.label) || option.id}</label>
          </div>
        ))}
      </fieldset>
    );
  }

  return (
    <div class="ed-field">
      <label for={`${base}-value`} class="ed-label">
        {text.conditionValue}
      </label>
      <select
        id={`${base}-value`}
        class="input ed-select"
        disabled={structureLocked}
        value={typeof condition.value === 'string' ? condition.value : ''}
        onChange={(event) => set(event.currentTarget.value)}
      >
        {typeof condition.value !== 'string' && <option value="">{text.chooseAnswer}</option>}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {anyText(option.label) || option.id}
          </option>
        ))}
      </select>
    </div>
  );
}
