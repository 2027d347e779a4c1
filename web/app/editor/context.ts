import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../../schema/lang.ts';
import type { Question, SurveyInput } from '../../../schema/survey.ts';
import { messagesFor, type LocatedError } from './model/paths.ts';

/** What every part of the editor reads and changes: the draft, its problems, and a few page-wide helpers. */
export type EditorContextValue = {
  draft: SurveyInput;
  /** The draft as of now, for several changes made in one event. */
  current: () => SurveyInput;
  change: (next: SurveyInput) => void;
  /** A change that deletes something, undoable until the next change. */
  remove: (next: SurveyInput, message: string, focusOnUndo?: string) => void;
  updateQuestion: (questionId: string, change: (question: Question) => Question) => void;
  errors: LocatedError[];
  /** Nothing may change: a role that only reads. */
  readOnly: boolean;
  /** Questions, options, types, conditions and settings may not change (read only, or answered): their controls are off. */
  structureLocked: boolean;
  /** Wording that may not change either: a validated questionnaire's, once answered (it would lose its score). */
  wordingLocked: (questionId: string) => boolean;
  /** Keys of the fields whose French text is still a template's example (see publish-checklist). */
  placeholders: ReadonlySet<string>;
  /** Says something to screen readers (moves, additions, deletions). */
  announce: (message: string) => void;
  /** Focuses an element by id once the next render is on screen (the first of the ids that exists). */
  focusLater: (...elementIds: string[]) => void;
  isOpen: (questionId: string) => boolean;
  setOpen: (questionId: string, open: boolean) => void;
  /** The question being edited, for the preview to show its page. */
  setCurrentQuestion: (questionId: string) => void;
};

/** The sentence that says why controls are off, for their aria-describedby (see EditNotice). */
export const LOCK_REASON_ID = 'ed-lock-reason';

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside the editor');
  return value;
}

/** The problems shown beside one field (one side of a bilingual one when `lang` is given). */
export function useFieldErrors(key: string, lang?: Lang): string[] {
  return messagesFor(useEditor().errors, key, lang);
}
