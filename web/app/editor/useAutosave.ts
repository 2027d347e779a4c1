import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../../schema/lang.ts';
import type { ErrorItem } from '../../../schema/messages.ts';
import type { SurveyInput } from '../../../schema/survey.ts';
import type { Api } from '../../shared/api/client.ts';
import { saveDefinition } from './api.ts';
import { prepareForSave, validateDefinition } from './model/validate.ts';

/** Pause after the last change before saving, as people usually type in bursts. */
const SAVE_DELAY_MS = 1500;
const RETRY_MS = 5000;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'invalid' }
  | { kind: 'offline' }
  | { kind: 'failed'; message: string }
  /** 412: someone else saved; autosave stops until the person chooses (see ConflictDialog). */
  | { kind: 'conflict' }
  /** 409: the change touches what responses froze (structure, settings, a validated questionnaire's wording); the next change tries again. */
  | { kind: 'refused'; message: string };

type Options = {
  api: Api;
  orgId: string;
  surveyId: string;
  lang: Lang;
  draft: SurveyInput;
  version: number;
  /** False when the person may not save (read only). */
  enabled: boolean;
};

export type Autosave = {
  /** The draft as it is saved (see prepareForSave): what problem paths refer to, and what is exported. */
  prepared: SurveyInput;
  status: SaveStatus;
  /** The problems to show beside their fields: from the last attempt, minus those fixed since. */
  errors: ErrorItem[];
  /** Whether the draft differs from what the server has. */
  dirty: boolean;
  /** Saves now; true once the server holds the current draft. */
  flush: () => Promise<boolean>;
  /** After publishing or closing, which change the version the next save must send (`If-Match`). */
  setVersion: (version: number) => void;
};

type Attempt = { source: 'client' | 'server'; errors: ErrorItem[] } | null;

/**
 * Saves the draft about 1.5 s after the last change, when the window loses focus and when the page is
 * left, with `If-Match` so that a concurrent edit is never overwritten. The draft is checked with the
 * server's schema first: a draft with problems stays on the page, its problems shown, until fixed.
 */
export function useAutosave({ api, orgId, surveyId, lang, draft, version: initialVersion, enabled }: Options): Autosave {
  const prepared = useMemo(() => prepareForSave(draft), [draft]);
  const json = useMemo(() => JSON.stringify(prepared), [prepared]);
  const liveErrors = useMemo(() => validateDefinition(prepared, lang), [prepared, lang]);

  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [attempt, setAttempt] = useState<Attempt>(null);
  const saved = useRef(json);
  const version = useRef(initialVersion);
  const latest = useRef({ prepared, json, lang, enabled });
  latest.current = { prepared, json, lang, enabled };
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const stopped = useRef(false);
  const savedAt = useRef<Date | null>(null);

  const schedule = (delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), delay);
  };

  async function send(keepalive: boolean): Promise<boolean> {
    const { prepared: definition, json: sent, lang: current } = latest.current;
    const problems = validateDefinition(definition, current);
    if (problems.length) {
      setAttempt({ source: 'client', errors: problems });
      setStatus({ kind: 'invalid' });
      return false;
    }
    setStatus({ kind: 'saving' });
    const result = await saveDefinition(api, orgId, surveyId, definition, version.current, current, keepalive);
    switch (result.kind) {
      case 'saved':
        version.current = result.version;
        saved.current = sent;
        setAttempt(null);
        savedAt.current = new Date();
        setStatus({ kind: 'saved', at: savedAt.current });
        return true;
      case 'invalid':
        setAttempt({ source: 'server', errors: result.errors });
        setStatus({ kind: 'invalid' });
        return false;
      case 'conflict':
        stopped.current = true;
        setStatus({ kind: 'conflict' });
        return false;
      case 'refused':
        setStatus({ kind: 'refused', message: result.message });
        return false;
      case 'offline':
        setStatus({ kind: 'offline' });
        schedule(RETRY_MS);
        return false;
      case 'failed':
        setStatus({ kind: 'failed', message: result.message });
        return false;
    }
  }

  async function save(keepalive = false): Promise<boolean> {
    clearTimeout(timer.current);
    if (stopped.current || !latest.current.enabled) return false;
    // One request at a time; changes made meanwhile are saved right after.
    if (inFlight.current) return inFlight.current.then(() => save(keepalive));
    if (latest.current.json === saved.current) return true;
    const request = send(keepalive);
    inFlight.current = request;
    const ok = await request.finally(() => {
      inFlight.current = null;
    });
    if (ok && latest.current.json !== saved.current) schedule(SAVE_DELAY_MS);
    return ok && latest.current.json === saved.current;
  }

  const dirty = json !== saved.current;

  useEffect(() => {
    if (stopped.current || !enabled) return;
    if (!dirty) {
      // Back to what the server has (typed back, or undone): nothing to save, nothing to fix.
      clearTimeout(timer.current);
      if (!inFlight.current) {
        setAttempt(null);
        setStatus(savedAt.current ? { kind: 'saved', at: savedAt.current } : { kind: 'idle' });
      }
      return;
    }
    if (!inFlight.current) setStatus((s) => (s.kind === 'offline' || s.kind === 'failed' || s.kind === 'refused' ? s : { kind: 'pending' }));
    schedule(SAVE_DELAY_MS);
  }, [json, enabled]);

  // Leaving the window or the page saves at once; closing it with changes not saved (problems, a refusal, a conflict) asks first.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void save();
    };
    const onBlur = () => void save();
    const onPageHide = () => void save(true);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (latest.current.json !== saved.current && latest.current.enabled) event.preventDefault();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('blur', onBlur);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      clearTimeout(timer.current);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);

  // Problems found before sending disappear as soon as they are fixed; new ones wait for the next attempt.
  const errors = !attempt ? [] : attempt.source === 'server' ? attempt.errors : attempt.errors.filter((e) => liveErrors.some((live) => live.path === e.path));
  const shownStatus: SaveStatus = status.kind === 'invalid' && errors.length === 0 && dirty ? { kind: 'pending' } : status;

  return {
    prepared,
    status: shownStatus,
    errors: attempt?.source === 'client' ? errors.map((e) => liveErrors.find((live) => live.path === e.path) ?? e) : errors,
    dirty,
    flush: () => save(),
    setVersion: (next) => {
      version.current = next;
    },
  };
}
