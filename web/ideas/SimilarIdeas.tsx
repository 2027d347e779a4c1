import type { IdeaPublic } from '../../schema/ideas.ts';
import { useText } from '../shared/i18n/lang.ts';
import { SupportCount } from './SupportCount.tsx';
import { ideasText } from './text.ts';

type Props = { ideas: IdeaPublic[]; k: number; supported: string[]; onSupport: (ideaId: string) => void };

/** While typing: published ideas that may say the same thing, each with « Soutenir celle-ci plutôt ». */
export function SimilarIdeas({ ideas, k, supported, onSupport }: Props) {
  const text = useText(ideasText);
  return (
    <div class="similar" data-testid="similar-ideas">
      {/* Always in the page, so that screen readers hear when suggestions appear. */}
      <p class="sr-only" aria-live="polite">
        {ideas.length ? text.similarFound(ideas.length) : ''}
      </p>
      {ideas.length > 0 && (
        <section class="similar-box" aria-labelledby="similar-title">
          <h3 id="similar-title">{text.similarTitle}</h3>
          <p class="hint">{text.similarLead}</p>
          <ul class="similar-list">
            {ideas.map((idea) => {
              const on = supported.includes(idea.id);
              return (
                <li key={idea.id} class="similar-item">
                  <p class="similar-text">{idea.text}</p>
                  <SupportCount supports={idea.supports} k={k} />
                  {on ? (
                    <p class="similar-done">
                      <span aria-hidden="true">✓ </span>
                      {text.supportedInstead}
                    </p>
                  ) : (
                    <button type="button" class="button button-secondary" onClick={() => onSupport(idea.id)}>
                      {text.supportInstead}
                      <span class="sr-only">{text.supportFor(idea.text)}</span>
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
