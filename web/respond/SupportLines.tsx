import type { PersonalFeedback } from '../../schema/report.ts';
import type { Lang } from '../../schema/lang.ts';
import { useText } from '../shared/i18n/lang.ts';
import { PhoneLinks } from './PhoneLinks.tsx';
import { respondText } from './text.ts';

/** Where to find help, always: emergency (15, 112), SPS, 3114, then the organisation's own contacts. */
export function SupportLines({ feedback, lang }: { feedback: PersonalFeedback; lang: Lang }) {
  const text = useText(respondText);
  return (
    <section class="card feedback" aria-labelledby="support-title">
      <h2 id="support-title">{text.needToTalk}</h2>
      <ul lang={lang}>
        {feedback.resources.map((resource) => (
          <li key={resource.name}>
            <h3>{resource.name}</h3>
            <PhoneLinks phones={resource.phones} or={text.or} />
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
  );
}
