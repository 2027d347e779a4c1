import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SurveyStatus } from '../../../schema/survey.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { useApi } from '../api.ts';
import { loadFacts, runLifecycle, type EditedSurvey, type LifecycleAction } from './api.ts';
import { EditorContext, type EditorContextValue } from './context.ts';
import { ConflictDialog } from './dialogs/ConflictDialog.tsx';
import { focusById } from './focus.ts';
import { domId, locateErrors, type ErrorTarget } from './model/paths.ts';
import { findQuestion, updateQuestion } from './model/reorder.ts';
import { definitionFile, definitionOf } from './model/validate.ts';
import { QuestionsSection } from './pages/QuestionsSection.tsx';
import { PreviewPane } from './preview/PreviewPane.tsx';
import { DetailsSection } from './sections/DetailsSection.tsx';
import { EditNotice } from './sections/EditNotice.tsx';
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
import { useMediaQuery } from './useMediaQuery.ts';
import './editor.css';

type Props = {
  orgId: string;
  survey: EditedSurvey;
  /** Editors and owners; viewers only read. */
  canEdit: boolean;
  /** Loads the survey again from the server (after a conflict), starting over. */
  onReload: () => void;
};

/** Wide enough for the editor and the preview side by side. */
const WIDE = '(min-width: 64rem)';

/**
 * The editor once the survey is loaded: the survey's head (state, title, tabs), a toolbar (publish and
 * the like, save status, preview switch), the editing column (introduction, pages and questions,
 * settings, file import and export) and the live preview beside it on wide screens, or instead of it
 * on phones.
 */
export function Editor({ orgId, survey, canEdit, onReload }: Props) {
  const text = useText(editorText);
  const lang = useLang();
  const api = useApi();
  const draft = useDraft(useMemo(() => definitionOf(survey), []));
  const [status, setStatus] = useState<SurveyStatus>(survey.status);
  // Released responses and archiving come from the survey list: a release means responses, which freeze the survey
  // (responses not yet released show when a save is refused with 409).
  const [responses, setResponses] = useState<number | null>(null);
  const [archived, setArchived] = useState(false);
  useEffect(() => {
    void loadFacts(api, orgId, survey.id).then((facts) => {
      setResponses(facts.responses);
      setArchived(facts.archived);
    });
  }, []);
  const frozenOnLoad = survey.status !== 'draft' && (responses ?? 0) > 0;
  const autosave = useAutosave({ api, orgId, surveyId: survey.id, lang, draft: draft.draft, version: survey.version, enabled: canEdit && !frozenOnLoad });
  const frozen = frozenOnLoad || autosave.status.kind === 'frozen';
  const readOnly = !canEdit || frozen;
  const errors = useMemo(() => locateErrors(autosave.errors, autosave.prepared), [autosave.errors, autosave.prepared]);

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
  useEffect(() => {
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
    const done = { publish: status === 'closed' ? text.reopened : text.published, close: text.closed, archive: text.archived, unarchive: text.unarchived }[action];
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
          <Lifecycle status={status} archived={archived} readOnly={!canEdit} onAction={lifecycle} />
          <SaveStatus
            status={autosave.status}
            problems={errors.length}
            readOnly={readOnly}
            onRetry={() => void autosave.flush()}
            onShowConflict={() => setConflictOpen(true)}
          />
          <button type="button" id="ed-preview-toggle" class="ed-button ed-preview-toggle" aria-expanded={previewOpen} aria-controls="ed-preview" onClick={() => setPreviewOpen(!previewOpen)}>
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
            {readOnly && <EditNotice reason={canEdit ? 'frozen' : 'readOnly'} />}
            <ProblemSummary errors={errors} draft={autosave.prepared} onReveal={reveal} />
            <InstrumentNotice />
            <DetailsSection />
            <QuestionsSection />
            <SettingsSection status={status} open={settingsOpen} onToggle={setSettingsOpen} />
            <TransferSection />
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
        {conflictOpen && autosave.status.kind === 'conflict' && (
          <ConflictDialog mine={mine()} filename={`${draft.draft.slug}.json`} onReload={onReload} onLater={() => setConflictOpen(false)} />
        )}
      </div>
    </EditorContext.Provider>
  );
}
