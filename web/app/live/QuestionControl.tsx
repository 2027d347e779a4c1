import { useState } from 'preact/hooks';
import type { CollegePresence, LiveControl, LiveIdea, LiveQuestionView } from '../../../schema/live.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { LiveResults } from '../../shared/live/LiveResults.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { CollegeTables } from './CollegeTables.tsx';
import { IdeaModeration } from './IdeaModeration.tsx';
import { PresenceWarning } from './PresenceNote.tsx';
import { liveConsoleText } from './text.ts';

type Props = {
  view: LiveQuestionView;
  index: number;
  k: number;
  canEdit: boolean;
  busy: boolean;
  sessionOpen: boolean;
  /** On the projector and the phones now. */
  onScreen: boolean;
  presence?: CollegePresence[];
  onControl: (view: LiveQuestionView, action: LiveControl['action']) => void;
  onModerate: (idea: LiveIdea, action: 'approve' | 'hide') => void;
};

/** One question in the console: its state, the organiser's actions on it, its figures (k applied), its ideas to moderate. */
export function QuestionControl({ view, index, k, canEdit, busy, sessionOpen, onScreen, presence, onControl, onModerate }: Props) {
  const text = useText(liveConsoleText);
  const lang = useLang();
  const { question, state } = view;
  const id = `live-q-${question.id}`;
  const label = surveyText(question.label, lang);
  const [confirmReset, setConfirmReset] = useState(false);
  const tallied = question.type !== 'ideas' && question.type !== 'survey_results';
  // Before a college vote opens: which colleges are too small to show their figures.
  const warn = tallied && state === 'idle' && presence && presence.some((c) => c.devices === null);
  const button = (action: LiveControl['action'], enabled: boolean, extra = '', describedBy?: string) => (
    <button
      type="button"
      class={`button button-small ${extra}`}
      disabled={busy || !enabled}
      aria-describedby={describedBy}
      onClick={() => onControl(view, action)}
    >
      {text.actions[action]}
    </button>
  );
  return (
    <section class={`card live-control live-control-${state}`} aria-labelledby={`${id}-title`} data-testid={`question-${index + 1}`}>
      <div class="live-control-head">
        <h3 id={`${id}-title`}>
          <span class="live-control-n">{index + 1}.</span> {label}
        </h3>
        <p class="live-control-meta">
          <span class="tag">{text.types[question.type]}</span>{' '}
          <span class={`live-state live-state-${state}`} data-testid="question-state">
            {text.states[state]}
          </span>
          {view.round > 1 && <span class="muted"> · {text.round(view.round)}</span>}
          {question.type !== 'survey_results' && (
            <span class="live-revealed" data-testid="results-state">
              {' '}
              · {view.revealed ? text.revealed : text.notRevealed}
            </span>
          )}
          {onScreen && (
            <span class="live-on-screen" data-testid="on-screen">
              {' '}
              · {text.onScreen}
            </span>
          )}
        </p>
      </div>
      {warn && <PresenceWarning presence={presence} k={k} id={`${id}-presence`} />}
      {canEdit && (
        <div class="live-control-buttons" role="group" aria-label={label}>
          {button('open', sessionOpen && state !== 'open', '', warn ? `${id}-presence` : undefined)}
          {button('lock', state === 'open', 'button-secondary')}
          {button('close', state === 'open' || state === 'locked', 'button-secondary')}
          {question.type !== 'survey_results' && button(view.revealed ? 'hide' : 'reveal', true, 'button-secondary')}
          {sessionOpen && !onScreen && state !== 'idle' && button('show', true, 'button-secondary')}
          <button type="button" class="button button-small button-secondary" disabled={busy} onClick={() => setConfirmReset(true)}>
            {text.actions.reset}
          </button>
        </div>
      )}
      {confirmReset && (
        <ConfirmDialog
          title={`${text.actions.reset} : « ${label} »`}
          confirmLabel={text.actions.reset}
          danger
          onCancel={() => setConfirmReset(false)}
          onConfirm={() => {
            setConfirmReset(false);
            onControl(view, 'reset');
          }}
        >
          <p>{text.resetConfirm}</p>
        </ConfirmDialog>
      )}
      {question.type !== 'survey_results' && (
        <div class="live-control-tally">
          <h4 class="live-tally-title">{text.tally}</h4>
          <LiveResults id={id} question={question} tally={view.tally} ideas={view.ideas} k={k} />
          <CollegeTables question={question} state={state} byCollege={view.byCollege} block={view.block} k={k} id={id} />
        </div>
      )}
      {question.type === 'ideas' && <IdeaModeration ideas={view.ideas ?? []} canEdit={canEdit} busy={busy} onModerate={onModerate} />}
    </section>
  );
}
