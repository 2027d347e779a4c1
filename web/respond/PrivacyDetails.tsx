import type { PrivacyNotice } from '../../schema/privacy.ts';

/** The privacy notice, one click away before the first question (written by the worker, in the page's language). */
export function PrivacyDetails({ notice }: { notice: PrivacyNotice }) {
  return (
    <details class="privacy">
      <summary>{notice.title}</summary>
      {notice.sections.map((section) => (
        <section key={section.id}>
          <h2>{section.title}</h2>
          {section.paragraphs.map((paragraph) => (
            <p>{paragraph}</p>
          ))}
        </section>
      ))}
    </details>
  );
}
