import type { IdeaPublic } from '../../schema/ideas.ts';
import { formatNumber } from '../shared/i18n/format.ts';
import { useLang, useText } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { ReportButton } from './ReportButton.tsx';
import { StatusTag } from './StatusTag.tsx';
import { SupportCount } from './SupportCount.tsx';
import { ideasText } from './text.ts';

type Props = {
  idea: IdeaPublic;
  k: number;
  /** The count the server sent back after this person's support, newer than the page's. */
  supports: number | null;
  on: boolean;
  /** Absent where supports cannot be given (a closed box). */
  onToggle?: () => void;
  onReport?: () => Promise<boolean>;
};

/** One published idea: its text, status, supports and answer, with « Soutenir » and « Signaler ». */
export function IdeaCard({ idea, k, supports, on, onToggle, onReport }: Props) {
  const text = useText(ideasText);
  const lang = useLang();
  return (
    <li class="idea-card" data-testid="idea-card">
      <p class="idea-text">{idea.text}</p>
      <p class="idea-meta">
        {idea.status !== 'received' && <StatusTag status={idea.status} />}
        <SupportCount supports={supports} k={k} />
        <span class="idea-waited">
          {idea.answer ? text.answeredAfter(formatNumber(lang, idea.waitedDays)) : text.waited(formatNumber(lang, idea.waitedDays))}
        </span>
      </p>
      {idea.answer && (
        <p class="idea-answer">
          <strong>{text.answerLabel}</strong> {surveyText(idea.answer, lang)}
        </p>
      )}
      {(onToggle || onReport) && (
        <div class="idea-actions">
          {onToggle && (
            <button type="button" class={on ? 'button support-on' : 'button button-secondary'} aria-pressed={on} onClick={onToggle}>
              <span aria-hidden="true">{on ? '♥ ' : '♡ '}</span>
              {on ? text.supported : text.support}
              <span class="sr-only">{text.supportFor(idea.text)}</span>
            </button>
          )}
          {onReport && <ReportButton ideaText={idea.text} onReport={onReport} />}
        </div>
      )}
    </li>
  );
}
