/** Talking to the worker directly, as a second respondent would: fresh Idempotency-Keys, real database. */
import { randomUUID } from 'node:crypto';
import type { SurveyResults } from '../../../schema/results.ts';

export async function demoResults(baseUrl: string): Promise<SurveyResults> {
  const response = await fetch(`${baseUrl}/api/s/demo/results`);
  if (!response.ok) throw new Error(`results: HTTP ${response.status}`);
  return (await response.json()) as SurveyResults;
}

export { demoAnswers } from '../../fixtures/demo-answers.ts';

export async function submitDemo(baseUrl: string, answers: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${baseUrl}/api/s/demo/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-${randomUUID()}` },
    body: JSON.stringify({ answers }),
  });
  if (response.status !== 201) throw new Error(`submit: HTTP ${response.status} ${await response.text()}`);
}
