import type { Question } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { useEditor, useFieldErrors } from '../context.ts';
import { BilingualField } from '../fields/BilingualField.tsx';
import { FieldErrors } from '../fields/FieldErrors.tsx';
import { domId, keys } from '../model/paths.ts';
import { editorText } from '../text.ts';
import { ConditionEditor } from './ConditionEditor.tsx';
import { PageChoice } from './PageChoice.tsx';
import { QuestionFlags } from './QuestionFlags.tsx';
import { TypeSettings } from './TypeSettings.tsx';

/** Everything about one question, in the order a coordinator thinks of it: wording, answers, rules, display. */
export function QuestionBody({ question }: { question: Question }) {
  const text = useText(editorText);
  const { updateQuestion, setCurrentQuestion, wordingLocked } = useEditor();
  const id = question.id;
  const problems = useFieldErrors(keys.question(id));
  const follow = () => setCurrentQuestion(id);
  return (
    <>
      <FieldErrors id={`${domId(keys.question(id))}-error`} messages={problems} />
      <BilingualField
        fieldKey={keys.question(id, 'label')}
        label={text.questionLabel}
        value={question.label}
        locked={wordingLocked(id)}
        onFocus={follow}
        onChange={(label) => updateQuestion(id, (q) => ({ ...q, label: label ?? { fr: '' } }))}
      />
      <BilingualField
        fieldKey={keys.question(id, 'help')}
        label={text.questionHelp}
        value={question.help}
        optional
        onFocus={follow}
        onChange={(help) =>
          updateQuestion(id, (q) => {
            const { help: _old, ...rest } = q;
            return (help ? { ...rest, help } : rest) as Question;
          })
        }
      />
      <TypeSettings question={question} />
      <QuestionFlags question={question} />
      <ConditionEditor question={question} />
      <PageChoice question={question} />
    </>
  );
}
