import { useText } from '../../shared/i18n/lang.ts';
import { reportText } from './text.ts';

/** A section of the printed report: the id of its heading, its title, and what it holds (instruments). */
export type ReportSection = { id: string; title: string; parts?: { id: string; title: string }[] };

/**
 * The printed report's contents, numbered as the sections' headings are on paper, each a link (a PDF
 * keeps them). Page numbers are not listed: Chromium cannot print `target-counter()`.
 */
export function ReportContents({ sections }: { sections: ReportSection[] }) {
  const text = useText(reportText);
  return (
    <section class="report-contents print-only" aria-labelledby="report-contents-title">
      <h2 id="report-contents-title">{text.contentsTitle}</h2>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
            {section.parts && section.parts.length > 0 && (
              <ul>
                {section.parts.map((part) => (
                  <li key={part.id}>
                    <a href={`#${part.id}`}>{part.title}</a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
