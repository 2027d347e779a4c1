import { useEffect, useState } from 'preact/hooks';
import { localeOf, useLang, useText } from '../../../shared/i18n/lang.ts';
import { useApi } from '../../api.ts';
import { loadHistory, type WordingEdit } from '../api.ts';
import { useEditor } from '../context.ts';
import { editorText } from '../text.ts';
import { changedTextWords } from './history-words.ts';

type Props = { orgId: string; surveyId: string; /** Changes after each save, to read the history again. */ savedAt: number };

/**
 * The wording corrected since the first response, newest first: when, by whom, which texts. Read
 * again after each save, so a correction shows here as soon as it is kept.
 */
export function HistorySection({ orgId, surveyId, savedAt }: Props) {
  const text = useText(editorText);
  const lang = useLang();
  const api = useApi();
  const { draft } = useEditor();
  const [edits, setEdits] = useState<WordingEdit[] | null | 'loading'>('loading');
  useEffect(() => {
    let current = true;
    void loadHistory(api, orgId, surveyId).then((loaded) => current && setEdits(loaded));
    return () => {
      current = false;
    };
  }, [savedAt]);
  const when = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeStyle: 'short' });

  return (
    <section class="ed-section" aria-labelledby="ed-history-heading" data-testid="wording-history">
      <h2 id="ed-history-heading">{text.historyHeading}</h2>
      <p class="ed-muted">{text.historyIntro}</p>
      {edits === null && <p>{text.historyFailed}</p>}
      {Array.isArray(edits) && edits.length === 0 && <p>{text.historyEmpty}</p>}
      {Array.isArray(edits) && edits.length > 0 && (
        <ol class="ed-history">
          {edits.map((edit) => (
            <li key={edit.version}>
              <p class="ed-history-who">
                <time dateTime={edit.editedAt}>{when.format(new Date(edit.editedAt))}</time>, {text.historyBy(edit.editedBy)}
              </p>
              <ul>
                {edit.changes.map((path) => (
                  <li key={path}>{changedTextWords(path, draft, text)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
