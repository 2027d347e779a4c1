import type { PrivacyNotice } from '../../schema/privacy.ts';

/**
 * The box's privacy notice, one click away under the form (written by the worker, in the page's language).
 * The questionnaire's PrivacyDetails looks the same; importing it would split it out of the respondent's bundle.
 */
export function PrivacyNote({ notice }: { notice: PrivacyNotice }) {
  return (
    <details class="privacy">
      <summary>{notice.title}</summary>
      {notice.sections.map((section) => (
        <section key={section.id}>
          <h3>{section.title}</h3>
          {section.paragraphs.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </section>
      ))}
    </details>
  );
}
