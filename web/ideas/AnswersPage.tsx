import type { BoxPublic, PublicStatus } from '../../schema/ideas.ts';
import { ANSWERED_STATUSES } from './limits.ts';
import { useText } from '../shared/i18n/lang.ts';
import { BoxHeading } from './BoxHeading.tsx';
import { BoxNav } from './BoxNav.tsx';
import { IdeaCard } from './IdeaCard.tsx';
import type { BoxAddress } from './paths.ts';
import { ideasText } from './text.ts';

const answered = (status: PublicStatus) => (ANSWERED_STATUSES as readonly string[]).includes(status);

/** `/b/:slug/answers`: « Vous avez dit, nous avons fait » — the answered ideas, by status, quickest answers last. */
export function AnswersPage({ address, box }: { address: BoxAddress; box: BoxPublic }) {
  const text = useText(ideasText);
  const ideas = box.ideas.filter((idea) => answered(idea.status) && idea.answer);
  return (
    <>
      <BoxHeading box={box} title={text.answersTitle} lead={text.answersLead} />
      <BoxNav address={address} current="answers" />
      {ideas.length === 0 ? (
        <p class="idea-empty">{text.noAnswers}</p>
      ) : (
        ANSWERED_STATUSES.map((status) => {
          const group = ideas.filter((idea) => idea.status === status);
          if (!group.length) return null;
          return (
            <section key={status} class="idea-theme" aria-labelledby={`answers-${status}`}>
              <h2 id={`answers-${status}`}>{text.status[status]}</h2>
              <ul class="idea-list">
                {group.map((idea) => (
                  <IdeaCard key={idea.id} idea={idea} k={box.k} supports={idea.supports} on={false} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </>
  );
}
