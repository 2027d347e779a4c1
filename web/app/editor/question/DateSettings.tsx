import type { Question } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { useEditor } from '../context.ts';
import { TextField } from '../fields/TextField.tsx';
import { keys } from '../model/paths.ts';
import { editorText } from '../text.ts';

type DateQuestion = Extract<Question, { type: 'date' }>;

/** The earliest and latest dates accepted, both optional. */
export function DateSettings({ question }: { question: DateQuestion }) {
  const text = useText(editorText);
  const { updateQuestion } = useEditor();
  const set = (bound: 'min' | 'max', value: string) =>
    updateQuestion(question.id, (q) => {
      const next = { ...q } as DateQuestion;
      if (value) next[bound] = value;
      else delete next[bound];
      return next;
    });
  return (
    <div class="ed-pair">
      <TextField
        type="date"
        fieldKey={keys.question(question.id, 'min')}
        label={text.dateMin}
        value={question.min ?? ''}
        onChange={(value) => set('min', value)}
      />
      <TextField
        type="date"
        fieldKey={keys.question(question.id, 'max')}
        label={text.dateMax}
        value={question.max ?? ''}
        onChange={(value) => set('max', value)}
      />
    </div>
  );
}
