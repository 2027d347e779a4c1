import type { BoxDisplay, Theme } from '../../../schema/ideas.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { topIdeas } from './rotation.ts';
import { displayText } from './text.ts';

/** One theme's most supported ideas, ranked, each with its supports (« moins de k » below k). */
export function ThemeSlide({ theme, display, position, of }: { theme: Theme; display: BoxDisplay; position: number; of: number }) {
  const text = useText(displayText);
  const lang = useLang();
  const ideas = topIdeas(display.ideas, theme.id);
  return (
    <section class="display-theme" aria-labelledby="display-theme-title" data-testid="display-theme">
      <p class="display-position">{text.themeOf(position, of)}</p>
      <h2 id="display-theme-title" class="display-theme-title">
        {surveyText(theme.label, lang)}
      </h2>
      {ideas.length === 0 ? (
        <p class="display-empty">{text.noIdeas}</p>
      ) : (
        <ol class="display-ideas">
          {ideas.map((idea) => (
            <li key={idea.id} class="display-idea" data-testid="display-idea" data-idea-id={idea.id}>
              <span class="display-idea-text">{idea.text}</span>
              <span class="display-supports" data-testid="display-supports">
                {idea.supports === null ? text.underK(formatNumber(lang, display.k)) : text.supports(formatNumber(lang, idea.supports))}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
