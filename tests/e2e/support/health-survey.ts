/**
 * The « Santé des professionnels » template (CBI + WHO-5) for browser tests: a survey on an open link
 * (codes have their own tests), and 29 professionals' varied answers sent through the public API.
 */
import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from 'playwright-core';
import { expect } from 'vitest';
import { surveyTemplates } from '../../../schema/templates/index.ts';

export const healthTemplate = surveyTemplates.find((t) => t.templateId === 'sante-des-professionnels')!;
const questions = healthTemplate.survey.pages.flatMap((page) => page.questions);

/** 29 professions: rehabilitation (3) and administration (2) stay under k = 5, so both are hidden by profession. */
export const PROFESSIONS = [
  ...Array(10).fill('doctor'),
  ...Array(8).fill('nurse'),
  ...Array(6).fill('pharmacist'),
  ...Array(3).fill('rehab'),
  ...Array(2).fill('admin'),
] as string[];

/** Respondent `i`'s answers: every scale answered, from rather well to rather worn out, varied item by item. */
export function answersOf(i: number): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const question of questions) {
    if (question.id === 'profession') answers.profession = PROFESSIONS[i]!;
    else if (question.type === 'single' && question.breakdown)
      answers[question.id] = question.options[(i * 7 + question.id.length) % question.options.length]!.id;
    else if (question.type === 'matrix') {
      const { min, max } = question.scale;
      const level = i % (max - min + 1);
      answers[question.id] = Object.fromEntries(
        question.items.map((item, index) => [item.id, Math.min(max, Math.max(min, min + level + ((index * 2 + i) % 3) - 1))]),
      );
    }
  }
  return answers;
}

export async function submitHealth(baseUrl: string, slug: string, answers: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${baseUrl}/api/s/${slug}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `health-${randomUUID()}` },
    body: JSON.stringify({ answers }),
  });
  if (response.status !== 201) throw new Error(`submit: HTTP ${response.status} ${await response.text()}`);
}

/** Creates and opens the survey in the owner's organisation; returns its id. */
export async function createHealthSurvey(request: APIRequestContext, baseUrl: string, orgId: string, slug: string): Promise<string> {
  expect(healthTemplate, 'the « Santé des professionnels » template').toBeDefined();
  const base = `${baseUrl}/api/orgs/${orgId}/surveys`;
  const created = await request.post(base, {
    data: { ...healthTemplate.survey, slug, settings: { ...healthTemplate.survey.settings, participationCodes: false } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await request.post(`${base}/${id}/publish`)).status()).toBe(200);
  return id;
}
