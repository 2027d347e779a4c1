import type { Question } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { useEditor } from '../context.ts';
import { NumberField } from '../fields/NumberField.tsx';
import { keys } from '../model/paths.ts';
import { editorText } from '../text.ts';

type Limited = Extract<Question, { type: 'multiple' | 'ranking' }>;

/** How many choices a multiple-choice question takes, or how many options a ranking asks for. */
export function ChoiceLimits({ question }: { question: Limited }) {
  const text = useText(editorText);
  const { updateQuestion } = useEditor();
  const set = (name: 'minSelections' | 'maxSelections' | 'maxRanked', value: number | undefined) =>
    updateQuestion(question.id, (q) => {
      const next = { ...q } as Record<string, unknown>;
      if (value === undefined) delete next[name];
      else next[name] = value;
      return next as Question;
    });
  const atLeastOne = (n: number) => (n < 1 ? text.numberRange(1, 50) : undefined);

  if (question.type === 'ranking')
    return (
      <NumberField
        fieldKey={keys.question(question.id, 'maxRanked')}
        label={text.maxRanked}
        help={text.maxRankedHelp}
        value={question.maxRanked}
        optional
        refuse={atLeastOne}
        onChange={(value) => set('maxRanked', value)}
      />
    );
  return (
    <div class="ed-pair">
      <NumberField
        fieldKey={keys.question(question.id, 'minSelections')}
        label={text.minSelections}
        help={text.selectionsHelp}
        value={question.minSelections}
        optional
        refuse={atLeastOne}
        onChange={(value) => set('minSelections', value)}
      />
      <NumberField
        fieldKey={keys.question(question.id, 'maxSelections')}
        label={text.maxSelections}
        help={text.selectionsHelp}
        value={question.maxSelections}
        optional
        refuse={atLeastOne}
        onChange={(value) => set('maxSelections', value)}
      />
    </div>
  );
}
