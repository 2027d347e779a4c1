import { instrumentStatus } from './instruments/instrument.ts';
import { cbi } from './instruments/cbi.ts';
import { who5 } from './instruments/who5.ts';
import { questionsOf, type SurveyInput } from './survey.ts';

/**
 * Whether a survey asks for a participation code. Surveys with breakdown questions or a validated
 * instrument ask by default: on an open link anyone can pad a release with fake responses and
 * single a colleague out by difference; codes make that costly and their batches visible. A
 * coordinator may turn them off (the editor says why not to).
 */
export function codesByDefault(survey: Pick<SurveyInput, 'pages'>): boolean {
  return questionsOf(survey).some((q) => q.type === 'single' && q.breakdown) || [cbi, who5].some((i) => instrumentStatus(survey, i) !== 'absent');
}

export function asksForCodes(survey: Pick<SurveyInput, 'pages' | 'settings'>): boolean {
  return survey.settings.participationCodes ?? codesByDefault(survey);
}
