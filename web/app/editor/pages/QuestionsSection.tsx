import { useText } from '../../../shared/i18n/lang.ts';
import { LOCK_REASON_ID, useEditor, useFieldErrors } from '../context.ts';
import { FieldErrors } from '../fields/FieldErrors.tsx';
import { domId } from '../model/paths.ts';
import { addPage } from '../model/questions.ts';
import { addQuestionId } from '../question/ids.ts';
import { editorText } from '../text.ts';
import { PageCard } from './PageCard.tsx';

/** The pages of questions, numbered across the whole survey, and adding a page. */
export function QuestionsSection() {
  const text = useText(editorText);
  const { draft, current, change, announce, focusLater, readOnly, structureLocked } = useEditor();
  const errors = useFieldErrors('pages');
  const total = draft.pages.reduce((sum, page) => sum + page.questions.length, 0);
  let before = 0;

  const add = () => {
    if (structureLocked) return;
    const added = addPage(current());
    change(added.survey);
    announce(text.pageAdded(added.survey.pages.length));
    focusLater(addQuestionId(added.id));
  };

  return (
    <section class="ed-section" aria-labelledby="ed-questions-heading">
      <h2 id="ed-questions-heading">{text.questionsHeading}</h2>
      <p class="ed-muted">{text.questionsIntro}</p>
      <div id={domId('pages')} tabIndex={-1}>
        <FieldErrors id={`${domId('pages')}-error`} messages={errors} />
      </div>
      {draft.pages.map((page, index) => {
        const firstNumber = before + 1;
        before += page.questions.length;
        return <PageCard key={page.id} page={page} index={index} count={draft.pages.length} firstNumber={firstNumber} lastNumber={total} />;
      })}
      {!readOnly && (
        <p class="ed-add-page">
          <button type="button" class="ed-button" aria-disabled={structureLocked} aria-describedby={structureLocked ? LOCK_REASON_ID : undefined} onClick={add}>
            <span aria-hidden="true">+ </span>
            {text.addPage}
          </button>
        </p>
      )}
    </section>
  );
}
