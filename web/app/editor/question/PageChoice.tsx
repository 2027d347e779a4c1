import { useEffect, useState } from 'preact/hooks';
import type { Question } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { useEditor } from '../context.ts';
import { findQuestion, moveQuestionToPage } from '../model/reorder.ts';
import { anyText } from '../model/texts.ts';
import { editorText } from '../text.ts';
import { cardIds } from './ids.ts';

/**
 * Moving a question straight to another page: a list and a button (a list alone would move it while
 * someone browses the choices with the arrow keys). Only offered when there are several pages.
 */
export function PageChoice({ question }: { question: Question }) {
  const text = useText(editorText);
  const { draft, current, change, announce, focusLater, setCurrentQuestion, structureLocked } = useEditor();
  const at = findQuestion(draft, question.id);
  const [target, setTarget] = useState(at?.page ?? 0);
  useEffect(() => setTarget(at?.page ?? 0), [at?.page]);
  if (!at || draft.pages.length < 2 || structureLocked) return null;
  const ids = cardIds(question.id);

  const move = () => {
    const moved = moveQuestionToPage(current(), question.id, target);
    if (!moved) return;
    change(moved.survey);
    setCurrentQuestion(question.id);
    announce(text.movedToPage(anyText(question.label), target + 1));
    focusLater(ids.pageSelect);
  };

  return (
    <div class="ed-field">
      <label for={ids.pageSelect} class="ed-label">
        {text.pageOfQuestion}
      </label>
      <div class="ed-inline">
        <select id={ids.pageSelect} class="input ed-select" value={String(target)} onChange={(event) => setTarget(Number(event.currentTarget.value))}>
          {draft.pages.map((page, index) => (
            <option key={page.id} value={String(index)}>
              {text.pageHeading(index + 1, draft.pages.length)}
              {page.title?.fr ? ` : ${page.title.fr}` : ''}
            </option>
          ))}
        </select>
        <button type="button" class="ed-button" aria-disabled={target === at.page} onClick={move}>
          {text.moveToPage}
        </button>
      </div>
    </div>
  );
}
