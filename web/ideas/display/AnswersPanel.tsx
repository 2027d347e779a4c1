import type { IdeaPublic } from '../../../schema/ideas.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { ANSWERS_SHOWN } from './rotation.ts';
import { displayText } from './text.ts';

/** « Vous avez dit, nous avons fait »: the latest answers, a few. */
export function AnswersPanel({ answered }: { answered: IdeaPublic[] }) {
  const text = useText(displayText);
  const lang = useLang();
  const latest = answered.slice(0, ANSWERS_SHOWN);
  return (
    <section class="display-answers" aria-labelledby="display-answers-title" data-testid="display-answers">
      <h2 id="display-answers-title">{text.answersTitle}</h2>
      {latest.length === 0 ? (
        <p>{text.noAnswers}</p>
      ) : (
        <ul>
          {latest.map((idea) => (
            <li key={idea.id}>
              <p class="display-answer-idea">
                <span class={`display-status display-status-${idea.status}`}>{text.status[idea.status]}</span> {idea.text}
              </p>
              {idea.answer && <p class="display-answer">{surveyText(idea.answer, lang)}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
