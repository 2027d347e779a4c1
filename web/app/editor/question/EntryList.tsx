import { useState } from 'preact/hooks';
import type { LocalizedText } from '../../../../schema/lang.ts';
import type { Option, Question } from '../../../../schema/survey.ts';
import { Icon } from '../../../shared/ui/icons.tsx';
import { MoveButtons } from '../../../shared/ui/MoveButtons.tsx';
import { useText } from '../../../shared/i18n/lang.ts';
import { LOCK_REASON_ID, useEditor, useFieldErrors } from '../context.ts';
import { BilingualField } from '../fields/BilingualField.tsx';
import { ColumnHeads } from '../fields/ColumnHeads.tsx';
import { describedBy } from '../../ui/describedBy.ts';
import { FieldErrors } from '../fields/FieldErrors.tsx';
import { domId, keys } from '../model/paths.ts';
import { addEntry } from '../model/questions.ts';
import { moveItem } from '../model/reorder.ts';
import { anyText, missingEnglish } from '../model/texts.ts';
import { editorText } from '../text.ts';
import { cardIds } from './ids.ts';

type Listed = Extract<Question, { options: Option[] }> | Extract<Question, { type: 'matrix' }>;
type Props = { question: Listed; list: 'options' | 'items' };

/**
 * The options of a choice question (or the rows of a grid): each in French and English, moved up and
 * down or deleted with buttons, and a field at the end to add one. An option's id is made from the
 * label typed when it is added, and stays when it is reworded.
 */
export function EntryList({ question, list }: Props) {
  const text = useText(editorText);
  const { updateQuestion, remove, current, announce, focusLater, structureLocked, wordingLocked } = useEditor();
  const lockedBy = structureLocked ? LOCK_REASON_ID : undefined;
  const [typed, setTyped] = useState('');
  const [refusal, setRefusal] = useState<string | undefined>();
  const entries: Option[] =
    list === 'options' ? (question as Extract<Question, { options: Option[] }>).options : (question as Extract<Question, { type: 'matrix' }>).items;
  const noun = list === 'options' ? text.optionNoun : text.itemNoun;
  const listKey = keys.question(question.id, list);
  const listId = domId(listKey);
  const errors = useFieldErrors(listKey);
  const addId = cardIds(question.id).newOption;
  const hintId = `${listId}-hint`;
  const untranslated = entries.filter((entry) => missingEnglish(entry.label)).length;

  const withEntries = (q: Question, next: Option[]): Question => ({ ...q, [list]: next }) as Question;
  const setEntries = (next: Option[]) => updateQuestion(question.id, (q) => withEntries(q, next));
  const entryIds = (entry: Option) => {
    const base = domId(keys.entry(question.id, list, entry.id));
    return { up: `${base}-up`, down: `${base}-down`, remove: `${base}-remove` };
  };

  const add = () => {
    if (structureLocked) return;
    const label = typed.trim();
    if (!label) return setRefusal(text.entryEmpty);
    const next = addEntry(entries, { fr: label }, list === 'options' ? 'option' : 'ligne');
    setEntries(next);
    setTyped('');
    setRefusal(undefined);
    announce(text.entryAdded(label, next.length));
    focusLater(addId);
  };

  const move = (index: number, delta: -1 | 1) => {
    const to = index + delta;
    if (structureLocked || to < 0 || to >= entries.length) return;
    const entry = entries[index]!;
    setEntries(moveItem(entries, index, to));
    announce(text.entryMoved(anyText(entry.label), to + 1));
    focusLater(delta < 0 ? entryIds(entry).up : entryIds(entry).down);
  };

  const del = (index: number) => {
    if (structureLocked) return;
    const entry = entries[index]!;
    const neighbour = entries[index + 1] ?? entries[index - 1];
    const before = current();
    const next = entries.filter((_, i) => i !== index);
    const updated = {
      ...before,
      pages: before.pages.map((page) => ({ ...page, questions: page.questions.map((q) => (q.id === question.id ? withEntries(q, next) : q)) })),
    };
    remove(updated, text.entryDeleted(anyText(entry.label) || noun), entryIds(entry).remove);
    focusLater(neighbour ? entryIds(neighbour).remove : addId);
  };

  return (
    <fieldset id={listId} class="ed-fieldset ed-entries" aria-describedby={describedBy(hintId, errors.length > 0 && `${listId}-error`)}>
      <legend class="ed-label">{list === 'options' ? text.optionsLegend : text.itemsLegend}</legend>
      <p id={hintId} class="ed-help">
        {list === 'options' ? text.optionsHint : text.itemsHint}
      </p>
      <FieldErrors id={`${listId}-error`} messages={errors} />
      {entries.length > 0 && <ColumnHeads frenchRequired actions />}
      {entries.length > 0 && (
        <ol class="ed-entry-list">
          {entries.map((entry, index) => {
            const ids = entryIds(entry);
            const name = anyText(entry.label) || text.entryLabel(noun, index + 1);
            return (
              <li key={entry.id} class="ed-entry">
                <span class="ed-entry-number" aria-hidden="true">
                  {index + 1}
                </span>
                <BilingualField
                  compact
                  fieldKey={keys.entry(question.id, list, entry.id)}
                  label={text.entryLabel(noun, index + 1)}
                  locked={wordingLocked(question.id)}
                  value={entry.label}
                  onChange={(label: LocalizedText | undefined) =>
                    setEntries(entries.map((e) => (e.id === entry.id ? { ...e, label: label ?? { fr: '' } } : e)))
                  }
                />
                <span class="ed-entry-actions">
                  <MoveButtons
                    idOf={(direction) => ids[direction]}
                    label={name}
                    text={text}
                    index={index}
                    count={entries.length}
                    disabled={structureLocked}
                    describedBy={lockedBy}
                    onMove={(by) => move(index, by)}
                  />
                  <button
                    type="button"
                    id={ids.remove}
                    class="icon-button ed-icon-danger"
                    aria-disabled={structureLocked}
                    aria-describedby={lockedBy}
                    onClick={() => del(index)}
                  >
                    <Icon name="remove" />
                    <span class="sr-only">{`${text.delete} « ${name} »`}</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {untranslated > 0 && <p class="ed-hint">{text.missingEnglish}</p>}
      {!structureLocked && (
        <div class="ed-entry-add">
          <label for={addId} class="ed-side-label">
            {list === 'options' ? text.newOption : text.newItem}
          </label>
          <FieldErrors id={`${addId}-error`} messages={refusal ? [refusal] : []} />
          <div class="ed-inline">
            <input
              id={addId}
              type="text"
              lang="fr"
              class="input"
              value={typed}
              aria-invalid={refusal ? true : undefined}
              aria-describedby={describedBy(refusal && `${addId}-error`)}
              onInput={(event) => {
                setTyped(event.currentTarget.value);
                setRefusal(undefined);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add();
                }
              }}
            />
            <button type="button" class="ed-button" onClick={add}>
              {list === 'options' ? text.addOption : text.addItem}
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
