import type { Lang } from '../../schema/lang.ts';
import type { PersonalFeedback } from '../../schema/report.ts';
import { useText } from '../shared/i18n/lang.ts';
import { telHref } from './tel.ts';
import { respondText } from './text.ts';

type Props = {
  feedback: PersonalFeedback;
  /** The language the server wrote the feedback in (the page's when the answers were sent). */
  lang: Lang;
};

/**
 * The person's own scores after sending, then where to find help. Shown once, from memory:
 * nothing here is stored or points back to the response.
 */
export function Feedback({ feedback, lang }: Props) {
  const text = useText(respondText);
  return (
    <>
      <section class="card feedback" aria-labelledby="feedback-title">
        <h2 id="feedback-title">{text.yourResults}</h2>
        <ul lang={lang}>
          {feedback.scales.map((scale) => (
            <li key={scale.key} class={scale.attention ? 'attention' : undefined}>
              <h3>{scale.name}</h3>
              <p class="feedback-score">
                <strong>{scale.score}</strong>/100
                {scale.attention && (
                  <>
                    {' '}
                    <span class="feedback-flag">{text.attention}</span>
                  </>
                )}
              </p>
              <p>{scale.summary}</p>
            </li>
          ))}
        </ul>
        <p lang={lang}>{feedback.note}</p>
      </section>
      <section class="card feedback" aria-labelledby="support-title">
        <h2 id="support-title">{text.needToTalk}</h2>
        <ul lang={lang}>
          {feedback.resources.map((resource) => (
            <li key={resource.phone}>
              <h3>{resource.name}</h3>
              <a class="feedback-phone" href={telHref(resource.phone)}>
                {resource.phone}
              </a>
              <p>{resource.description}</p>
            </li>
          ))}
        </ul>
        {feedback.contacts && (
          <>
            <h3>{text.orgContacts}</h3>
            <p class="feedback-contacts">{feedback.contacts}</p>
          </>
        )}
      </section>
    </>
  );
}
