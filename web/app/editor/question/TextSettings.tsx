import type { Question } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { useEditor } from '../context.ts';
import { NumberField } from '../fields/NumberField.tsx';
import { keys } from '../model/paths.ts';
import { editorText } from '../text.ts';

type TextQuestion = Extract<Question, { type: 'short_text' | 'long_text' }>;

/** The longest answer allowed, and a reminder that free texts can identify people. */
export function TextSettings({ question }: { question: TextQuestion }) {
  const text = useText(editorText);
  const { updateQuestion } = useEditor();
  const limit = question.type === 'short_text' ? 500 : 10000;
  return (
    <div class="ed-group">
      <NumberField
        fieldKey={keys.question(question.id, 'maxLength')}
        label={text.maxLength}
        help={text.maxLengthHelp(limit)}
        value={question.maxLength}
        refuse={(n) => (n < 1 || n > limit ? text.numberRange(1, limit) : undefined)}
        onChange={(maxLength) => maxLength !== undefined && updateQuestion(question.id, (q) => ({ ...q, maxLength }) as Question)}
      />
      <p class="ed-note">{text.freeTextWarning}</p>
    </div>
  );
}
