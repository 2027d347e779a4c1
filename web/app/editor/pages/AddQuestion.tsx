import { useState } from 'preact/hooks';
import type { QuestionType } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { describedBy } from '../../ui/describedBy.ts';
import { FieldFrame } from '../../ui/FieldFrame.tsx';
import { fieldIds } from '../../ui/fieldLook.ts';
import { LOCK_REASON_ID, useEditor } from '../context.ts';
import { useEditorLook } from '../fields/look.ts';
import { domId, keys } from '../model/paths.ts';
import { addQuestion, QUESTION_TYPES } from '../model/questions.ts';
import { findQuestion } from '../model/reorder.ts';
import { addQuestionId, cardIds } from '../question/ids.ts';
import { editorText } from '../text.ts';

const NEEDS_ENTRIES = new Set<QuestionType>(['single', 'multiple', 'ranking', 'matrix']);

/**
 * « Ajouter une question »: the type, described in plain words, and the wording in French, from which
 * the question's id is made. The new question opens, focus on the next thing to fill in.
 */
export function AddQuestion({ pageIndex, pageId }: { pageIndex: number; pageId: string }) {
  const text = useText(editorText);
  const { current, change, announce, focusLater, setOpen, setCurrentQuestion, readOnly, structureLocked } = useEditor();
  const [open, setOpenForm] = useState(false);
  const [type, setType] = useState<QuestionType>('single');
  const [label, setLabel] = useState('');
  const [missing, setMissing] = useState(false);
  const base = `${domId(keys.page(pageId))}-new`;
  const labelId = `${base}-label`;
  const look = useEditorLook();
  const labelIds = fieldIds(labelId, look);

  const start = () => {
    if (structureLocked) return;
    setOpenForm(true);
    focusLater(`${base}-type-${type}`);
  };
  const cancel = () => {
    setOpenForm(false);
    setMissing(false);
    focusLater(addQuestionId(pageId));
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const wording = label.trim();
    if (!wording) {
      setMissing(true);
      focusLater(labelId);
      return;
    }
    const added = addQuestion(current(), pageIndex, type, { fr: wording });
    change(added.survey);
    setOpen(added.id, true);
    setCurrentQuestion(added.id);
    setOpenForm(false);
    setLabel('');
    setMissing(false);
    const at = findQuestion(added.survey, added.id)!;
    announce(text.questionAdded(wording, at.index + 1));
    const ids = cardIds(added.id);
    focusLater(NEEDS_ENTRIES.has(type) ? ids.newOption : ids.labelFr);
  };

  // Those who may only read are not offered it; once answered, it stays in sight, off, saying why.
  if (readOnly) return null;
  if (!open || structureLocked)
    return (
      <p class="ed-add">
        <button
          type="button"
          id={addQuestionId(pageId)}
          class="ed-button ed-button-add"
          aria-disabled={structureLocked}
          aria-describedby={structureLocked ? LOCK_REASON_ID : undefined}
          onClick={start}
        >
          <span aria-hidden="true">+ </span>
          {text.addQuestion}
          <span class="sr-only"> – {text.pageLabel(pageIndex + 1)}</span>
        </button>
      </p>
    );

  return (
    <form class="ed-add-form" aria-labelledby={`${base}-title`} onSubmit={submit}>
      <h4 id={`${base}-title`} class="ed-add-title">
        {text.addQuestionTo(pageIndex + 1)}
      </h4>
      <fieldset class="ed-fieldset ed-types">
        <legend class="ed-label">{text.typeLegend}</legend>
        <div class="ed-type-grid">
          {QUESTION_TYPES.map((option) => (
            <div key={option} class="ed-type">
              <input
                type="radio"
                id={`${base}-type-${option}`}
                name={`${base}-type`}
                value={option}
                checked={type === option}
                aria-describedby={`${base}-type-${option}-help`}
                onChange={() => setType(option)}
              />
              <label for={`${base}-type-${option}`}>
                <strong>{text.types[option].name}</strong>
              </label>
              <p id={`${base}-type-${option}-help`} class="ed-help">
                {text.types[option].description}
              </p>
            </div>
          ))}
        </div>
      </fieldset>
      <FieldFrame id={labelId} label={text.newLabel} hint={text.newLabelHelp} errors={missing ? [text.newLabelMissing] : []} look={look} class="ed-field">
        <input
          id={labelId}
          type="text"
          lang="fr"
          class="input"
          value={label}
          aria-required
          aria-invalid={missing || undefined}
          aria-describedby={describedBy(missing && labelIds.errorId, labelIds.hintId)}
          onInput={(event) => {
            setLabel(event.currentTarget.value);
            setMissing(false);
          }}
        />
      </FieldFrame>
      <div class="ed-actions">
        <button type="submit" class="button">
          {text.createQuestion}
        </button>
        <button type="button" class="button button-secondary" onClick={cancel}>
          {text.cancel}
        </button>
      </div>
    </form>
  );
}
