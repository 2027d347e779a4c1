import { professionalHealth } from './professional-health.ts';
import { residentsFeedback } from './residents-feedback.ts';
import { territoryNeeds } from './territory-needs.ts';
import type { SurveyTemplate } from './template.ts';
import { workLifeQuality } from './work-life-quality.ts';

export type { SurveyTemplate } from './template.ts';

/** The templates a coordinator can start a survey from, in the order they are offered. */
export const surveyTemplates: readonly SurveyTemplate[] = [territoryNeeds, residentsFeedback, professionalHealth, workLifeQuality];
