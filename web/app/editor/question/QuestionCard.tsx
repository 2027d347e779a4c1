import type { Question } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { LOCK_REASON_ID, useEditor } from '../context.ts';
import { dependentsOf, dropConditionsOn } from '../model/conditions.ts';
import { duplicateQuestion } from '../model/questions.ts';
import { findQuestion, moveQuestionBy, removeQuestion } from '../model/reorder.ts';
import { keys } from '../model/paths.ts';
import { anyText } from '../model/texts.ts';
import { MoveButtons } from '../../../shared/ui/MoveButtons.tsx';
import { editorText } from '../text.ts';
import { ConditionSentence } from './ConditionSentence.tsx';
import { addQuestionId, cardIds } from './ids.ts';
import { QuestionBody } from './QuestionBody.tsx';

/** `number`: the question's place in the whole survey (from 1); `count`: how many questions it has. */
type Props = { question: Question; number: number; count: number };

/**
 * One question: a header that always shows (number, wording, type, flags, problems; open, move up and
 * down, duplicate, delete) and, when open, everything about it. Moves cross page boundaries and are
 * announced; focus stays on the button pressed.
 */
export function QuestionCard({ question, number, count }: Props) {
  const text = useText(editorText);
  const editor = useEditor();
  const { current, change, remove, announce, focusLater, isOpen, setOpen, errors, structureLocked, placeholders } = editor;
  const ids = cardIds(question.id);
  const open = isOpen(question.id);
  const label = anyText(question.label) || text.noLabel;
  const problems = errors.filter((e) => e.target.questionId === question.id).length;
  const examples = [...placeholders].some((key) => key === ids.card || key.startsWith(`${keys.question(question.id)}.`));
  const named = <span class="sr-only"> {text.theQuestion(number, label)}</span>;

  const move = (delta: -1 | 1) => {
    if (structureLocked) return;
    const moved = moveQuestionBy(current(), question.id, delta);
    if (!moved) return;
    change(moved.survey);
    const page = moved.survey.pages[moved.to.page]!;
    announce(text.moved(label, moved.to.index + 1, page.questions.length, moved.to.page + 1));
    focusLater(delta < 0 ? ids.up : ids.down);
  };

  const duplicate = () => {
    if (structureLocked) return;
    const copied = duplicateQuestion(current(), question.id, text.copySuffix);
    if (!copied) return;
    change(copied.survey);
    setOpen(copied.id, true);
    announce(text.duplicated(label));
    focusLater(cardIds(copied.id).labelFr);
  };

  const del = () => {
    if (structureLocked) return;
    const before = current();
    const at = findQuestion(before, question.id)!;
    const siblings = before.pages[at.page]!.questions;
    const neighbour = siblings[at.index + 1] ?? siblings[at.index - 1];
    const dependents = dependentsOf(before, question.id).length;
    remove(
      dropConditionsOn(removeQuestion(before, question.id), question.id),
      dependents ? text.deletedWithConditions(label, dependents) : text.deleted(label),
      ids.toggle,
    );
    focusLater(neighbour ? cardIds(neighbour.id).toggle : addQuestionId(before.pages[at.page]!.id));
  };

  return (
    <li id={ids.card} class={problems ? 'ed-question ed-question-invalid' : 'ed-question'} tabIndex={-1}>
      <div class="ed-question-head">
        <div class="ed-question-summary">
          <h4 id={ids.heading} class="ed-question-title">
            <span class="ed-question-number">{text.questionHeading(number)}</span>
            <span class="ed-question-label">{label}</span>
          </h4>
          <p class="ed-badges">
            <span class="ed-badge ed-badge-type">{text.types[question.type].name}</span>
            {question.required && <span class="ed-badge">{text.badgeRequired}</span>}
            {question.showIf && <span class="ed-badge">{text.badgeConditional}</span>}
            {question.type === 'single' && question.breakdown && <span class="ed-badge">{text.badgeBreakdown}</span>}
            {examples && <span class="ed-badge ed-badge-example">{text.badgeExamples}</span>}
            {problems > 0 && <span class="ed-badge ed-badge-danger">{text.badgeProblems(problems)}</span>}
          </p>
          {question.showIf && !open && <ConditionSentence question={question} />}
        </div>
        <div class="ed-question-actions">
          <MoveButtons
            idOf={(direction) => ids[direction]}
            label={label}
            named={text.theQuestion(number, label)}
            text={text}
            index={number - 1}
            count={count}
            disabled={structureLocked}
            describedBy={structureLocked ? LOCK_REASON_ID : undefined}
            onMove={move}
          />
          <button
            type="button"
            id={ids.toggle}
            class="ed-button ed-button-primary"
            aria-expanded={open}
            aria-controls={ids.body}
            onClick={() => {
              setOpen(question.id, !open);
              if (!open) editor.setCurrentQuestion(question.id);
            }}
          >
            {open ? text.collapse : text.edit}
            {named}
          </button>
        </div>
      </div>
      {open && (
        <div id={ids.body} class="ed-question-body" role="group" aria-labelledby={ids.heading}>
          <QuestionBody question={question} />
          {!structureLocked && (
            <div class="ed-question-footer">
              <button type="button" id={ids.duplicate} class="ed-button" onClick={duplicate}>
                {text.duplicate}
                {named}
              </button>
              <button type="button" id={ids.remove} class="ed-button ed-button-danger" onClick={del}>
                {text.delete}
                {named}
              </button>
            </div>
          )}
        </div>
      )}
    </li>
  );
}
