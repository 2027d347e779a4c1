import type { Lang } from '../../schema/lang.ts';
import type { PersonalFeedback } from '../../schema/report.ts';
import { useText } from '../shared/i18n/lang.ts';
import './feedback.css';
import { PhoneLinks } from './PhoneLinks.tsx';
import { SupportLines } from './SupportLines.tsx';
import { respondText } from './text.ts';

type Props = {
  feedback: PersonalFeedback;
  /** The language the server wrote the feedback in (the page's when the answers were sent). */
  lang: Lang;
  /** Printed above the scores, so that a sheet says what it is. */
  survey: string;
};

/**
 * The person's own scores after sending, graduated (nothing to flag, worth talking about, see a doctor
 * soon), then where to find help. Shown once, from memory: printing is the browser's, nothing here is
 * stored, sent or points back to the response.
 */
export function Feedback({ feedback, lang, survey }: Props) {
  const text = useText(respondText);
  const urgent = feedback.scales.some((scale) => scale.severity === 'see_doctor');
  return (
    <>
      <section class="card feedback" aria-labelledby="feedback-title">
        <h2 id="feedback-title">{text.yourResults}</h2>
        <p class="print-only">{text.printedScores(survey, new Date().toLocaleDateString(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long' }))}</p>
        {urgent && (
          <div class="feedback-urgent" data-testid="feedback-urgent">
            <p>
              <strong>{text.seeDoctorTitle}</strong> {text.seeDoctor}
            </p>
            <p>
              {text.danger} <PhoneLinks phones={['15', '112']} or={text.or} />.
            </p>
          </div>
        )}
        <ul lang={lang}>
          {feedback.scales.map((scale) => (
            <li key={scale.key} class={scale.severity}>
              <h3>{scale.name}</h3>
              <p class="feedback-score">
                <strong>{scale.score}</strong>/100
                {scale.severity !== 'none' && (
                  <>
                    {' '}
                    <span class="feedback-flag">{text.flag[scale.severity]}</span>
                  </>
                )}
              </p>
              <p>{scale.summary}</p>
            </li>
          ))}
        </ul>
        <p lang={lang}>{feedback.note}</p>
        <p class="no-print">
          <button type="button" class="button button-secondary" onClick={() => print()}>
            {text.printScores}
          </button>
        </p>
      </section>
      <SupportLines feedback={feedback} lang={lang} />
    </>
  );
}
