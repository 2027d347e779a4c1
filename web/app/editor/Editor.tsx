import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SurveyStatus } from '../../../schema/survey.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { useApi } from '../api.ts';
import { runLifecycle, type EditedSurvey, type LifecycleAction, type SurveyFacts } from './api.ts';
import { EditorContext, type EditorContextValue } from './context.ts';
import { ConflictDialog } from './dialogs/ConflictDialog.tsx';
import { LeaveDialog } from './dialogs/LeaveDialog.tsx';
import { focusById } from './focus.ts';
import { domId, locateErrors, targetOf, type ErrorTarget } from './model/paths.ts';
import { findQuestion, updateQuestion } from './model/reorder.ts';
import { definitionFile, definitionOf } from './model/validate.ts';
import { QuestionsSection } from './pages/QuestionsSection.tsx';
import { PreviewPane } from './preview/PreviewPane.tsx';
import { DetailsSection } from './sections/DetailsSection.tsx';
import { EditNotice } from './sections/EditNotice.tsx';
import { HistorySection } from './sections/HistorySection.tsx';
import { InstrumentNotice } from './sections/InstrumentNotice.tsx';
import { ProblemSummary } from './sections/ProblemSummary.tsx';
import { SettingsSection } from './sections/SettingsSection.tsx';
import { TransferSection } from './sections/TransferSection.tsx';
import { UndoBar } from './sections/UndoBar.tsx';
import { editorText } from './text.ts';
import { Lifecycle } from './toolbar/Lifecycle.tsx';
import { SaveStatus } from './toolbar/SaveStatus.tsx';
import { useAutosave } from './useAutosave.ts';
import { SurveyHeader } from './SurveyHeader.tsx';
import { useDraft } from './useDraft.ts';
import { useLeaveGuard } from './useLeaveGuard.ts';
import { useInstrumentQuestions, usePlaceholderKeys } from './useLocks.ts';
import { useMediaQuery } from './useMediaQuery.ts';
// The editor's stylesheets, each beside its part, in one list: the order is the cascade's.
import './editor.css';
import './toolbar/toolbar.css';
import './layout.css';
import './sections/sections.css';
import './fields/fields.css';
import './buttons.css';
import './pages/pages.css';
import './question/entries.css';
import './preview/preview.css';
import './dialogs/dialogs.css';
import './modes.css';
import './sections/instruments-history.css';

type Props = {
  orgId: string;
  survey: EditedSurvey;
  facts: SurveyFacts;
  /** Editors and owners; viewers only read. */
  canEdit: boolean;
  /** Loads the survey again from the server (after a conflict), starting over. */
  onReload: () => void;
  /** A definition path to open and focus at once (`?fix=` from the dashboard's publishing checklist). */
  fix?: string | null;
};

/** Wide enough for the editor and the preview side by side. */
const WIDE = '(min-width: 64rem)';

/**
 * The editor once the survey is loaded: the survey's head (state, title, tabs), a toolbar (publish and
 * the like, save status, preview switch), the editing column (introduction, pages and questions,
 * settings, file import and export) and the live preview beside it on wide screens, or instead of it
 * on phones. Once the survey has had a response, its wording alone stays editable, and the history of
 * those corrections shows at the bottom.
 */
export function Editor({ orgId, survey, facts, canEdit, onReload, fix }: Props) {
  const text = useText(editorText);
  const lang = useLang();
  const api = useApi();
  const draft = useDraft(useMemo(() => definitionOf(survey), []));
  const [status, setStatus] = useState<SurveyStatus>(survey.status);
  const [archived, setArchived] = useState(facts.archived);
  const [answered, setAnswered] = useState(facts.answered);
  const autosave = useAutosave({ api, orgId, surveyId: survey.id, lang, draft: draft.draft, version: survey.version, enabled: canEdit });
  // A refusal (409) means responses came in since the page was loaded: from then on, wording only.
  useEffect(() => {
    if (autosave.status.kind === 'refused') setAnswered(true);
  }, [autosave.status.kind]);
  const readOnly = !canEdit;
  const errors = useMemo(() => locateErrors(autosave.errors, autosave.prepared), [autosave.errors, autosave.prepared]);
  const placeholders = usePlaceholderKeys(autosave.prepared);
  const instrumentQuestions = useInstrumentQuestions(draft.draft, answered);
  const leaving = useLeaveGuard(autosave, canEdit);
  const savedAt = autosave.status.kind === 'saved' ? autosave.status.at.getTime() : 0;

  const wide = useMediaQuery(WIDE);
  const [previewOpen, setPreviewOpen] = useState(wide);
  // Beside the editor on wide screens, in its place on phones: a window that changes size starts over.
  const firstWidth = useRef(true);
  useEffect(() => {
    if (firstWidth.current) firstWidth.current = false;
    else setPreviewOpen(wide);
  }, [wide]);
  const [previewPage, setPreviewPage] = useState(0);
  const [open, setOpenSet] = useState<ReadonlySet<string>>(() => new Set());
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [conflictOpen, setConflictOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  // Focus asked for during an event lands once the change is on screen: the first of the ids found.
  const pendingFocus = useRef<string[]>([]);
  const focusLater = (...ids: string[]) => {
    pendingFocus.current = ids;
  };
  useLayoutEffect(() => {
    const ids = pendingFocus.current;
    pendingFocus.current = [];
    ids.some(focusById);
  });

  useEffect(() => {
    if (autosave.status.kind === 'conflict') setConflictOpen(true);
  }, [autosave.status.kind]);

  const announce = (message: string) => {
    // Cleared first, so that the same words said twice are read twice.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(message));
  };

  const setOpen = (questionId: string, isOpen: boolean) =>
    setOpenSet((before) => {
      const next = new Set(before);
      if (isOpen) next.add(questionId);
      else next.delete(questionId);
      return next;
    });

  const context: EditorContextValue = {
    draft: draft.draft,
    current: draft.current,
    change: draft.change,
    remove: draft.remove,
    updateQuestion: (questionId, change) => draft.change(updateQuestion(draft.current(), questionId, change)),
    errors,
    readOnly,
    structureLocked: readOnly || answered,
    wordingLocked: (questionId) => instrumentQuestions.has(questionId),
    placeholders,
    announce,
    focusLater,
    isOpen: (questionId) => open.has(questionId),
    setOpen,
    setCurrentQuestion: (questionId) => {
      const at = findQuestion(draft.current(), questionId);
      if (at) setPreviewPage(at.page);
    },
  };

  const reveal = (target: ErrorTarget) => {
    if (target.section === 'settings') setSettingsOpen(true);
    if (target.questionId) setOpen(target.questionId, true);
    if (target.key !== '$') focusLater(domId(target.key, target.lang), domId(target.key));
  };
  const revealPath = (path: string) => reveal(targetOf(path, draft.current()));

  useEffect(() => {
    if (fix) revealPath(fix);
  }, []);

  const lifecycle = async (action: LifecycleAction): Promise<string | null> => {
    if ((action === 'publish' || action === 'close') && autosave.dirty) {
      const saved = await autosave.flush();
      if (!saved && action === 'publish') return text.publishFix;
    }
    const result = await runLifecycle(api, orgId, survey.id, action, lang);
    if (!result.ok) return result.message;
    if (result.version !== undefined) autosave.setVersion(result.version);
    if (result.status) setStatus(result.status);
    if (result.archived !== undefined) setArchived(result.archived);
    const done = { publish: status === 'closed' ? text.reopened : text.published, close: text.closed, archive: text.archived, unarchive: text.unarchived }[
      action
    ];
    announce(done);
    focusLater('ed-lifecycle-close', 'ed-lifecycle-publish', 'ed-lifecycle-unarchive', 'ed-save-status');
    return null;
  };

  const phonePreview = !wide && previewOpen;
  const mine = () => definitionFile(autosave.prepared);
  const undo = draft.undo;

  return (
    <EditorContext.Provider value={context}>
      <SurveyHeader
        orgId={orgId}
        surveyId={survey.id}
        title={surveyText(draft.draft.title.fr.trim() ? draft.draft.title : survey.title, lang)}
        slug={draft.draft.slug}
        status={status}
        archived={archived}
      />
      <div class={previewOpen ? 'ed ed-with-preview' : 'ed'}>
        <div class="ed-toolbar" role="region" aria-label={text.toolbar}>
          <Lifecycle status={status} archived={archived} readOnly={!canEdit} onAction={lifecycle} survey={autosave.prepared} onFix={revealPath} />
          <SaveStatus
            status={autosave.status}
            problems={errors.length}
            readOnly={readOnly}
            onRetry={() => void autosave.flush()}
            onShowConflict={() => setConflictOpen(true)}
            onReload={onReload}
          />
          <button
            type="button"
            id="ed-preview-toggle"
            class="ed-button ed-preview-toggle"
            aria-expanded={previewOpen}
            aria-controls="ed-preview"
            onClick={() => setPreviewOpen(!previewOpen)}
          >
            {wide ? (previewOpen ? text.previewHide : text.previewShow) : previewOpen ? text.previewBackPhone : text.previewOpenPhone}
          </button>
        </div>
        {status !== 'draft' && (
          <p class="ed-link-line">
            {text.respondentLink} <a href={`/s/${draft.draft.slug}`}>{`${location.host}/s/${draft.draft.slug}`}</a>
          </p>
        )}
        <div class="ed-columns">
          <div class="ed-main" hidden={phonePreview}>
            {(readOnly || answered) && <EditNotice reason={readOnly ? 'readOnly' : 'answered'} />}
            <ProblemSummary errors={errors} draft={autosave.prepared} onReveal={reveal} />
            <InstrumentNotice />
            <DetailsSection />
            <QuestionsSection />
            <SettingsSection status={status} open={settingsOpen} onToggle={setSettingsOpen} />
            <TransferSection />
            {answered && <HistorySection orgId={orgId} surveyId={survey.id} savedAt={savedAt} />}
          </div>
          {previewOpen && (
            <div class="ed-aside">
              <PreviewPane
                survey={autosave.prepared}
                page={previewPage}
                onPage={setPreviewPage}
                onBack={
                  wide
                    ? undefined
                    : () => {
                        setPreviewOpen(false);
                        focusLater('ed-preview-toggle');
                      }
                }
              />
            </div>
          )}
        </div>
        <UndoBar
          undo={undo}
          onUndo={() => {
            const focus = undo?.focus;
            draft.restore();
            announce(text.undone);
            if (focus) focusLater(focus);
          }}
          onDismiss={draft.dismissUndo}
        />
        <p class="sr-only" aria-live="polite">
          {announcement}
        </p>
        {leaving.asking && (
          <LeaveDialog
            status={autosave.status}
            problems={errors.length}
            onLeave={leaving.leave}
            onStay={() => {
              leaving.stay();
              // Back to what keeps the changes from being saved.
              if (errors[0]) reveal(errors[0].target);
            }}
          />
        )}
        {conflictOpen && autosave.status.kind === 'conflict' && (
          <ConflictDialog mine={mine()} filename={`${draft.draft.slug}.json`} onReload={onReload} onLater={() => setConflictOpen(false)} />
        )}
      </div>
    </EditorContext.Provider>
  );
}
