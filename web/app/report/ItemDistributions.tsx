import type { SurveyReport } from '../../../schema/report.ts';
import type { Question } from '../../../schema/survey.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { QuestionResults } from '../../results/QuestionResults.tsx';
import type { ItemQuestion } from './itemQuestions.ts';
import { reportText } from './text.ts';

/**
 * The answers to each question of the instruments, drawn like the results page draws a matrix question.
 * A scale whose items use two response scales spans two questions with the same heading (« Votre
 * travail »): each is named after its scale and its part (« Épuisement lié au travail (1/2) – … »), so
 * that every section and table keeps a name of its own.
 */
export function ItemDistributions({ report, shown }: { report: SurveyReport; shown: ItemQuestion[] }) {
  const lang = useLang();
  const text = useText(reportText);
  if (shown.length === 0) return null;
  const results = new Map(report.items.map((item) => [item.id, item]));
  const context = { release: report.participation.release?.number ?? null };
  const named = ({ question, scale, part, parts }: ItemQuestion): Question => {
    const label = `${scale.name[lang]}${parts > 1 ? ` (${part}/${parts})` : ''} – ${surveyText(question.label, lang)}`;
    return { ...question, label: { fr: label, en: label } };
  };
  return (
    <section class="report-section report-items" aria-labelledby="items-title">
      <h2 id="items-title">{text.itemsTitle}</h2>
      <p class="muted report-lead">{text.itemsHelp(formatNumber(lang, report.k))}</p>
      {shown.map((entry) => (
        <QuestionResults key={entry.question.id} question={named(entry)} result={results.get(entry.question.id)} k={report.k} context={context} />
      ))}
    </section>
  );
}
