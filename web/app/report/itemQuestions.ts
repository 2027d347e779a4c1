import type { ReportScale, SurveyReport } from '../../../schema/report.ts';
import type { Question } from '../../../schema/survey.ts';
import type { StoredSurvey } from '../survey/SurveyFrame.tsx';

export type ItemQuestion = { question: Question; scale: ReportScale; part: number; parts: number };

/**
 * The survey questions holding the instruments' items, scale by scale, each once. A scale whose items
 * use two response scales spans two questions: `part` of `parts` tells them apart.
 */
export function itemQuestions(report: SurveyReport, survey: StoredSurvey): ItemQuestion[] {
  const questions = new Map<string, Question>(survey.pages.flatMap((page) => page.questions.map((q) => [q.id, q] as const)));
  const seen = new Set<string>();
  const shown: ItemQuestion[] = [];
  for (const scale of report.instruments.flatMap((i) => i.scales)) {
    const own = scale.questions.filter((id) => questions.has(id) && !seen.has(id));
    own.forEach((id, index) => {
      seen.add(id);
      shown.push({ question: questions.get(id)!, scale, part: index + 1, parts: own.length });
    });
  }
  return shown;
}
