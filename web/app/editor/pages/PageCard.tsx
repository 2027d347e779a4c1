import type { Page } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { LOCK_REASON_ID, useEditor, useFieldErrors } from '../context.ts';
import { BilingualField } from '../fields/BilingualField.tsx';
import { FieldErrors } from '../fields/FieldErrors.tsx';
import { dropConditionsOn } from '../model/conditions.ts';
import { domId, keys } from '../model/paths.ts';
import { movePageBy } from '../model/reorder.ts';
import { anyText } from '../model/texts.ts';
import { QuestionCard } from '../question/QuestionCard.tsx';
import { editorText } from '../text.ts';
import { AddQuestion } from './AddQuestion.tsx';

type Props = { page: Page; index: number; count: number; firstNumber: number; lastNumber: number };

/** One page: its optional title, its questions in order, and adding a question to it. */
export function PageCard({ page, index, count, firstNumber, lastNumber }: Props) {
  const text = useText(editorText);
  const { current, change, remove, announce, focusLater, structureLocked } = useEditor();
  const base = domId(keys.page(page.id));
  const errors = useFieldErrors(keys.page(page.id));
  const title = anyText(page.title);
  const ids = { up: `${base}-up`, down: `${base}-down`, remove: `${base}-remove` };

  const setTitle = (next: Page['title']) => {
    const survey = current();
    change({
      ...survey,
      pages: survey.pages.map((p) => {
        if (p.id !== page.id) return p;
        const { title: _old, ...rest } = p;
        return next ? { ...rest, title: next } : rest;
      }),
    });
  };

  const move = (delta: -1 | 1) => {
    const moved = structureLocked ? null : movePageBy(current(), index, delta);
    if (!moved) return;
    change(moved);
    announce(text.pageMoved(index + delta + 1));
    focusLater(delta < 0 ? ids.up : ids.down);
  };

  const del = () => {
    if (structureLocked || count < 2) return;
    let survey = current();
    for (const question of page.questions) survey = dropConditionsOn(survey, question.id);
    const pages = survey.pages.filter((p) => p.id !== page.id);
    remove({ ...survey, pages }, text.pageDeleted(index + 1, page.questions.length), `${base}-heading`);
    const neighbour = pages[index] ?? pages[index - 1];
    if (neighbour) focusLater(`${domId(keys.page(neighbour.id))}-heading`);
  };

  return (
    <section id={base} class="ed-page" aria-labelledby={`${base}-heading`}>
      <div class="ed-page-head">
        <h3 id={`${base}-heading`} tabIndex={-1}>
          {text.pageHeading(index + 1, count)}
          {title && <span class="ed-page-name"> : {title}</span>}
        </h3>
        {count > 1 && (
          <div class="ed-page-actions">
            <button
              type="button"
              id={ids.up}
              class="ed-button"
              aria-disabled={index === 0 || structureLocked}
              aria-describedby={structureLocked ? LOCK_REASON_ID : undefined}
              onClick={() => move(-1)}
            >
              {text.movePageUp}
              <span class="sr-only"> {index + 1}</span>
            </button>
            <button
              type="button"
              id={ids.down}
              class="ed-button"
              aria-disabled={index === count - 1 || structureLocked}
              aria-describedby={structureLocked ? LOCK_REASON_ID : undefined}
              onClick={() => move(1)}
            >
              {text.movePageDown}
              <span class="sr-only"> {index + 1}</span>
            </button>
            <button
              type="button"
              id={ids.remove}
              class="ed-button ed-button-danger"
              aria-disabled={structureLocked}
              aria-describedby={structureLocked ? LOCK_REASON_ID : undefined}
              onClick={del}
            >
              {text.deletePage}
              <span class="sr-only"> {index + 1}</span>
            </button>
          </div>
        )}
      </div>
      <FieldErrors id={`${base}-error`} messages={errors} />
      <BilingualField fieldKey={keys.page(page.id, 'title')} label={text.pageTitle} value={page.title} optional onChange={setTitle} />
      {page.questions.length > 0 ? (
        <ol class="ed-questions">
          {page.questions.map((question, i) => (
            <QuestionCard key={question.id} question={question} number={firstNumber + i} count={lastNumber} />
          ))}
        </ol>
      ) : (
        <p class="ed-empty">{text.pageEmpty}</p>
      )}
      <AddQuestion pageIndex={index} pageId={page.id} />
    </section>
  );
}
