import { questionsOf, type Condition, type Question } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { useEditor } from '../context.ts';
import { anyText } from '../model/texts.ts';
import { editorText, type EditorText } from '../text.ts';

/** The value of a condition in words: option labels in quotes, points with their label. */
export function conditionValueText(target: Question | undefined, condition: Condition, text: EditorText): string {
  const { value } = condition;
  if (condition.operator === 'answered' || value === undefined) return '';
  if (target && 'options' in target) {
    const name = (id: string) => `« ${anyText(target.options.find((o) => o.id === id)?.label) || id} »`;
    return Array.isArray(value) ? value.map(name).join(` ${text.or} `) : typeof value === 'string' ? name(value) : String(value);
  }
  if (target?.type === 'scale' && typeof value === 'number') {
    const label = anyText(target.labels.find((point) => point.value === value)?.label);
    return label ? `${value} (${label})` : String(value);
  }
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** « Affichée seulement si la réponse à « Profession » est « Infirmière ». » */
export function ConditionSentence({ question }: { question: Question }) {
  const text = useText(editorText);
  const { draft } = useEditor();
  const condition = question.showIf;
  if (!condition) return null;
  const target = questionsOf(draft).find((q) => q.id === condition.question);
  return (
    <p class="ed-condition-note">
      {text.conditionSentence(target ? anyText(target.label) : condition.question, condition.operator, conditionValueText(target, condition, text))}
    </p>
  );
}
