import { useRef, useState } from 'preact/hooks';
import { questionsOf, type SurveyInput } from '../../../../schema/survey.ts';
import { useLang, useText } from '../../../shared/i18n/lang.ts';
import { useEditor } from '../context.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { downloadText } from '../../ui/download.ts';
import { anyText } from '../model/texts.ts';
import { definitionFile, parseDefinitionFile, prepareForSave } from '../model/validate.ts';
import { editorText } from '../text.ts';
import type { ErrorItem } from '../../../../schema/messages.ts';

/**
 * Export downloads `<slug>.json`; import reads a file, checks it with the same schema as the server
 * and, once confirmed, replaces the draft (the address stays). Problems in a file are listed with
 * where they are in it.
 */
export function TransferSection() {
  const text = useText(editorText);
  const lang = useLang();
  const { draft, current, change, announce, structureLocked } = useEditor();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<SurveyInput | null>(null);
  const [problems, setProblems] = useState<ErrorItem[] | null>(null);

  const exportFile = () => downloadText(`${current().slug}.json`, definitionFile(prepareForSave(current())));

  const read = async (file: File | undefined) => {
    if (!file) return;
    setProblems(null);
    const result = parseDefinitionFile(await file.text(), lang);
    if (result.ok) setPending(result.survey);
    else setProblems(result.errors);
  };

  const reset = () => {
    setPending(null);
    if (input.current) input.current.value = '';
  };

  return (
    <section class="ed-section" aria-labelledby="ed-transfer-heading">
      <h2 id="ed-transfer-heading">{text.transferHeading}</h2>
      <p class="ed-muted">{text.transferIntro}</p>
      <div class="ed-transfer">
        <p>
          <button type="button" class="ed-button" onClick={exportFile}>
            {text.export}
          </button>
        </p>
        {!structureLocked && (
          <div class="ed-field">
            <label for="ed-import" class="ed-label">
              {text.importLabel}
            </label>
            <input
              ref={input}
              id="ed-import"
              type="file"
              class="ed-file"
              accept=".json,application/json"
              aria-describedby={problems ? 'ed-import-problems' : undefined}
              onChange={(event) => void read(event.currentTarget.files?.[0])}
            />
          </div>
        )}
      </div>
      {problems && (
        <div id="ed-import-problems" class="ed-problems" role="alert">
          <h3>{text.importFailedTitle}</h3>
          <p>{text.importFailedIntro}</p>
          <ul>
            {problems.map((problem, i) => (
              <li key={i}>
                <strong>{text.importWhere(problem.path)}</strong> — {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <ConfirmDialog
          id="ed-import-dialog"
          title={text.importTitle}
          confirmLabel={text.importConfirm}
          onCancel={reset}
          onConfirm={() => {
            change({ ...pending, slug: draft.slug });
            reset();
            announce(text.importDone);
          }}
        >
          <p>{text.importBody(anyText(pending.title), questionsOf(pending).length)}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
