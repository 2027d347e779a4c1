import type { Question } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { useEditor } from '../context.ts';
import { BilingualField } from '../fields/BilingualField.tsx';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { NumberField } from '../fields/NumberField.tsx';
import { keys } from '../model/paths.ts';
import { editorText } from '../text.ts';

type NumberQuestion = Extract<Question, { type: 'number' }>;

/** Bounds, whole numbers only, and the unit shown after the answer (« ans », « patients »). */
export function NumberSettings({ question }: { question: NumberQuestion }) {
  const text = useText(editorText);
  const { updateQuestion } = useEditor();
  const set = (patch: Partial<NumberQuestion>) =>
    updateQuestion(question.id, (q) => {
      const next = { ...q, ...patch } as Record<string, unknown>;
      for (const [key, value] of Object.entries(patch)) if (value === undefined) delete next[key];
      return next as Question;
    });
  const field = (name: string) => keys.question(question.id, name);
  return (
    <div class="ed-group">
      <div class="ed-pair">
        <NumberField fieldKey={field('min')} label={text.numberMin} value={question.min} integer={false} optional onChange={(min) => set({ min })} />
        <NumberField fieldKey={field('max')} label={text.numberMax} value={question.max} integer={false} optional onChange={(max) => set({ max })} />
      </div>
      <CheckboxField fieldKey={field('integer')} label={text.integer} checked={question.integer} onChange={(integer) => set({ integer })} />
      <BilingualField fieldKey={field('unit')} label={text.unit} value={question.unit} optional onChange={(unit) => set({ unit })} />
    </div>
  );
}
