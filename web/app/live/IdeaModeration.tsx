import type { LiveIdea } from '../../../schema/live.ts';
import { useText } from '../../shared/i18n/lang.ts';
import { liveConsoleText } from './text.ts';

type Props = { ideas: LiveIdea[]; canEdit: boolean; busy: boolean; onModerate: (idea: LiveIdea, action: 'approve' | 'hide') => void };

/** An idea box's moderation: ideas waiting (approve or hide), approved ones (hide), hidden ones (approve after all). */
export function IdeaModeration({ ideas, canEdit, busy, onModerate }: Props) {
  const text = useText(liveConsoleText);
  const pending = ideas.filter((i) => i.status === 'pending');
  const approved = ideas.filter((i) => i.status === 'approved');
  const hidden = ideas.filter((i) => i.status === 'hidden');
  const button = (idea: LiveIdea, action: 'approve' | 'hide', primary = false) => (
    <button
      type="button"
      class={primary ? 'button button-small' : 'button button-small button-secondary'}
      disabled={busy}
      onClick={() => onModerate(idea, action)}
    >
      {action === 'approve' ? text.approve : text.hideIdea}
      <span class="sr-only"> : {idea.text}</span>
    </button>
  );
  return (
    <div class="live-moderation">
      <h4>{text.ideas}</h4>
      {pending.length === 0 ? (
        <p class="muted">{text.noPending}</p>
      ) : (
        <ul class="live-moderation-list" data-testid="pending-ideas">
          {pending.map((idea) => (
            <li key={idea.id}>
              <span>{idea.text}</span>
              {canEdit && (
                <span class="live-moderation-buttons">
                  {button(idea, 'approve', true)}
                  {button(idea, 'hide')}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && approved.length > 0 && (
        <details class="disclosure">
          <summary>{text.approvedIdeas}</summary>
          <ul class="live-moderation-list">
            {approved.map((idea) => (
              <li key={idea.id}>
                <span>{idea.text}</span>
                {button(idea, 'hide')}
              </li>
            ))}
          </ul>
        </details>
      )}
      {hidden.length > 0 && (
        <details class="disclosure">
          <summary>{text.hiddenIdeas}</summary>
          <ul class="live-moderation-list">
            {hidden.map((idea) => (
              <li key={idea.id}>
                <span>{idea.text}</span>
                {canEdit && button(idea, 'approve')}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
