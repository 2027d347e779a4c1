import type { ReportScale, SurveyReport } from '../../../schema/report.ts';
import type { Question } from '../../../schema/survey.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { QuestionResults } from '../../results/QuestionResults.tsx';
import type { StoredSurvey } from '../survey/SurveyFrame.tsx';
import { reportText } from './text.ts';

/**
 * The answers to each question of the instruments, drawn like the results page draws a matrix question.
 * A scale whose items use two response scales spans two questions with the same heading (« Votre
 * travail »): each is named after its scale and its part (« Épuisement lié au travail (1/2) – … »), so
 * that every section and table keeps a name of its own.
 */
export function ItemDistributions({ report, survey }: { report: SurveyReport; survey: StoredSurvey }) {
  const lang = useLang();
  const text = useText(reportText);
  const questions = new Map<string, Question>(survey.pages.flatMap((page) => page.questions.map((q) => [q.id, q] as const)));
  const results = new Map(report.items.map((item) => [item.id, item]));
  const seen = new Set<string>();
  const shown: { question: Question; scale: ReportScale; part: number; parts: number }[] = [];
  for (const scale of report.instruments.flatMap((i) => i.scales)) {
    const own = scale.questions.filter((id) => questions.has(id) && !seen.has(id));
    own.forEach((id, index) => {
      seen.add(id);
      shown.push({ question: questions.get(id)!, scale, part: index + 1, parts: own.length });
    });
  }
  if (shown.length === 0) return null;
  const context = { release: report.participation.release?.number ?? null };
  const named = ({ question, scale, part, parts }: (typeof shown)[number]): Question => {
    const label = `${scale.name[lang]}${parts > 1 ? ` (${part}/${parts})` : ''} – ${surveyText(question.label, lang)}`;
    return { ...question, label: { fr: label, en: label } };
  };
  return (
    <section class="report-section report-items" aria-labelledby="items-title">
      <h2 id="items-title">{text.itemsTitle}</h2>
      <p class="muted">{text.itemsHelp}</p>
      {shown.map((entry) => (
        <QuestionResults key={entry.question.id} question={named(entry)} result={results.get(entry.question.id)} k={report.k} context={context} />
      ))}
    </section>
  );
}
