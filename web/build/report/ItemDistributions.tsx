import type { SurveyReport } from '../../../schema/report.ts';
import type { Question } from '../../../schema/survey.ts';
import { useText } from '../../shared/i18n/lang.ts';
import { QuestionResults } from '../../results/QuestionResults.tsx';
import type { StoredSurvey } from '../survey/SurveyFrame.tsx';
import { reportText } from './text.ts';

/** The answers to each question of the instruments, drawn like the results page draws a matrix question. */
export function ItemDistributions({ report, survey }: { report: SurveyReport; survey: StoredSurvey }) {
  const text = useText(reportText);
  const questions = new Map<string, Question>(survey.pages.flatMap((page) => page.questions.map((q) => [q.id, q] as const)));
  const results = new Map(report.items.map((item) => [item.id, item]));
  const ids = [...new Set(report.instruments.flatMap((i) => i.scales.flatMap((s) => s.questions)))];
  const shown = ids.map((id) => questions.get(id)).filter((q): q is Question => !!q);
  if (shown.length === 0) return null;
  return (
    <section class="report-section report-items" aria-labelledby="items-title">
      <h2 id="items-title">{text.itemsTitle}</h2>
      <p class="muted">{text.itemsHelp}</p>
      {shown.map((question) => (
        <QuestionResults key={question.id} question={question} result={results.get(question.id)} k={report.k} />
      ))}
    </section>
  );
}
