import type { BoxPublic } from '../../schema/ideas.ts';
import { useLang, useText } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { IdeaCard } from './IdeaCard.tsx';
import { ideasText } from './text.ts';

type Props = {
  box: BoxPublic;
  supported: string[];
  counts: Record<string, number | null>;
  onToggle?: (ideaId: string) => void;
  onReport?: (ideaId: string) => Promise<boolean>;
};

/** The support count shown: the one the server sent after this person's support, else the page's. */
export const countOf = (counts: Record<string, number | null>, id: string, shown: number | null) => (id in counts ? counts[id]! : shown);

/** Published ideas by theme, most supported first; ideas not retained are on the answers page only. */
export function IdeasByTheme({ box, supported, counts, onToggle, onReport }: Props) {
  const text = useText(ideasText);
  const lang = useLang();
  const shown = box.ideas.filter((idea) => idea.status !== 'rejected');
  if (shown.length === 0) return <p class="idea-empty">{text.noIdeas}</p>;
  return (
    <>
      {box.themes.map((theme) => {
        const ideas = shown.filter((idea) => idea.theme === theme.id).sort((a, b) => (b.supports ?? -1) - (a.supports ?? -1));
        const id = `theme-${theme.id}`;
        return (
          <section key={theme.id} class="idea-theme" aria-labelledby={id}>
            <h3 id={id}>{surveyText(theme.label, lang)}</h3>
            {ideas.length === 0 ? (
              <p class="hint">{text.noIdeasInTheme}</p>
            ) : (
              <ul class="idea-list">
                {ideas.map((idea) => (
                  <IdeaCard
                    key={idea.id}
                    idea={idea}
                    k={box.k}
                    supports={countOf(counts, idea.id, idea.supports)}
                    on={supported.includes(idea.id)}
                    onToggle={onToggle && (() => onToggle(idea.id))}
                    onReport={onReport && (() => onReport(idea.id))}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
