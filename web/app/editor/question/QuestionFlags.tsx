import type { Question } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { useEditor } from '../context.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { keys } from '../model/paths.ts';
import { editorText } from '../text.ts';

/** Required, « je préfère ne pas répondre », and (single choice only) use as a results filter. */
export function QuestionFlags({ question }: { question: Question }) {
  const text = useText(editorText);
  const { updateQuestion } = useEditor();
  const set = (patch: Partial<Record<'required' | 'preferNotToAnswer' | 'breakdown', boolean>>) =>
    updateQuestion(question.id, (q) => ({ ...q, ...patch }) as Question);
  const field = (name: string) => keys.question(question.id, name);
  return (
    <fieldset class="ed-fieldset">
      <legend class="ed-label">{text.flagsLegend}</legend>
      <CheckboxField
        fieldKey={field('required')}
        label={text.required}
        help={text.requiredHelp}
        checked={question.required}
        onChange={(required) => set({ required })}
      />
      <CheckboxField
        fieldKey={field('preferNotToAnswer')}
        label={text.preferNot}
        help={text.preferNotHelp}
        checked={question.preferNotToAnswer}
        onChange={(preferNotToAnswer) => set({ preferNotToAnswer })}
      />
      {question.type === 'single' && (
        <CheckboxField
          fieldKey={field('breakdown')}
          label={text.breakdown}
          help={text.breakdownHelp}
          checked={question.breakdown}
          onChange={(breakdown) => set({ breakdown })}
        />
      )}
    </fieldset>
  );
}
