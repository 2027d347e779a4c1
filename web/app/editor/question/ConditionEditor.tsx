import { questionsOf, type Condition, type Question } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { LOCK_REASON_ID, useEditor, useFieldErrors } from '../context.ts';
import { describedBy } from '../../ui/describedBy.ts';
import { FieldErrors } from '../fields/FieldErrors.tsx';
import { conditionFor, defaultCondition, earlierQuestions, OPERATORS_BY_TYPE, type Operator } from '../model/conditions.ts';
import { domId, keys } from '../model/paths.ts';
import { anyText } from '../model/texts.ts';
import { editorText } from '../text.ts';
import { ConditionSentence } from './ConditionSentence.tsx';
import { ConditionValue } from './ConditionValue.tsx';

/**
 * « Show this question only if… »: an earlier question (only those are offered), an operator that fits
 * its type, in words, and a value taken from its options or its scale.
 */
export function ConditionEditor({ question }: { question: Question }) {
  const text = useText(editorText);
  const { draft, updateQuestion, structureLocked } = useEditor();
  const key = keys.question(question.id, 'showIf');
  const base = domId(key);
  const errors = useFieldErrors(key);
  const all = questionsOf(draft);
  const earlier = earlierQuestions(draft, question.id);
  const condition = question.showIf;
  const target = condition ? all.find((q) => q.id === condition.question) : undefined;
  const backwards = !!target && !earlier.includes(target);
  const numbered = (q: Question) => `${all.indexOf(q) + 1}. ${anyText(q.label) || text.noLabel}`;

  const setCondition = (next: Condition | undefined) =>
    updateQuestion(question.id, (q) => {
      const { showIf: _old, ...rest } = q;
      return (next ? { ...rest, showIf: next } : rest) as Question;
    });

  const chooseTarget = (id: string) => {
    const chosen = all.find((q) => q.id === id);
    if (!chosen) return;
    const operator = condition && OPERATORS_BY_TYPE[chosen.type].includes(condition.operator) ? condition.operator : defaultCondition(chosen).operator;
    setCondition(conditionFor(chosen, operator, chosen.id === condition?.question ? condition.value : undefined));
  };

  const errorId = `${base}-error`;
  return (
    <fieldset id={base} class="ed-fieldset" aria-describedby={describedBy(errors.length > 0 && errorId, structureLocked && LOCK_REASON_ID)}>
      <legend class="ed-label">{text.conditionLegend}</legend>
      <FieldErrors id={errorId} messages={errors} />
      {earlier.length === 0 && !condition ? (
        <p class="ed-help">{text.conditionNone}</p>
      ) : (
        <div class="ed-check-row">
          <input
            id={`${base}-on`}
            type="checkbox"
            checked={!!condition}
            disabled={structureLocked}
            // On the question just before this one: the likeliest to decide whether it is asked.
            onChange={(event) => setCondition(event.currentTarget.checked ? defaultCondition(earlier.at(-1)!) : undefined)}
          />
          <label for={`${base}-on`}>{text.conditionToggle}</label>
        </div>
      )}
      {condition && (
        <div class="ed-condition">
          <div class="ed-field">
            <label for={`${base}-question`} class="ed-label">
              {text.conditionQuestion}
            </label>
            <select
              id={`${base}-question`}
              class="input ed-select"
              disabled={structureLocked}
              value={condition.question}
              onChange={(event) => chooseTarget(event.currentTarget.value)}
            >
              {!target && <option value={condition.question}>{text.chooseQuestion}</option>}
              {earlier.map((q) => (
                <option key={q.id} value={q.id}>
                  {numbered(q)}
                </option>
              ))}
              {backwards && (
                <option value={target.id}>
                  {numbered(target)} ({text.afterThis})
                </option>
              )}
            </select>
          </div>
          {target && (
            <div class="ed-field">
              <label for={`${base}-operator`} class="ed-label">
                {text.conditionOperator}
              </label>
              <select
                id={`${base}-operator`}
                class="input ed-select"
                disabled={structureLocked}
                value={condition.operator}
                onChange={(event) => setCondition(conditionFor(target, event.currentTarget.value as Operator, condition.value))}
              >
                {OPERATORS_BY_TYPE[target.type].map((operator) => (
                  <option key={operator} value={operator}>
                    {text.operators[operator]}
                  </option>
                ))}
              </select>
            </div>
          )}
          {target && <ConditionValue question={question} target={target} condition={condition} onChange={setCondition} />}
          {backwards && <p class="ed-error">{text.conditionBackwards}</p>}
          <ConditionSentence question={question} />
        </div>
      )}
    </fieldset>
  );
}
