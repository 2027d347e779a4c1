import { useRef, useState } from 'preact/hooks';
import type { SurveyInput } from '../../../schema/survey.ts';

/** A deletion that can be taken back, until the next change. */
export type Undo = { message: string; before: SurveyInput; /** What to focus once undone (the thing that comes back). */ focus?: string };

export type Draft = {
  draft: SurveyInput;
  /** The draft as of now, even between two renders (several changes in one event). */
  current: () => SurveyInput;
  change: (next: SurveyInput) => void;
  /** A change that deletes something: it can be undone from the undo bar. */
  remove: (next: SurveyInput, message: string, focusOnUndo?: string) => void;
  undo: Undo | null;
  restore: () => void;
  dismissUndo: () => void;
  /** Starts over from another definition (import, or the other person's version after a conflict). */
  replace: (next: SurveyInput) => void;
};

export function useDraft(initial: SurveyInput): Draft {
  const [state, setState] = useState<{ draft: SurveyInput; undo: Undo | null }>({ draft: initial, undo: null });
  const latest = useRef(state);
  const set = (next: { draft: SurveyInput; undo: Undo | null }) => {
    latest.current = next;
    setState(next);
  };
  return {
    draft: state.draft,
    current: () => latest.current.draft,
    change: (draft) => set({ draft, undo: null }),
    remove: (draft, message, focus) => set({ draft, undo: { message, before: latest.current.draft, ...(focus ? { focus } : {}) } }),
    undo: state.undo,
    restore: () => {
      if (latest.current.undo) set({ draft: latest.current.undo.before, undo: null });
    },
    dismissUndo: () => set({ draft: latest.current.draft, undo: null }),
    replace: (draft) => set({ draft, undo: null }),
  };
}
