import type { Answers } from '../../schema/answers.ts';
import type { Db } from './client.ts';

/** Every released response's answers (never its id or day), for exports: O(responses) rows. */
export async function answersOfSurvey(db: Db, surveyId: string): Promise<Answers[]> {
  const rows = await db.all<{ answers: string }>(db.prepare('SELECT answers FROM responses WHERE survey_id = ? AND released = 1', surveyId));
  return rows.map((row) => JSON.parse(row.answers) as Answers);
}

/**
 * The texts given to one question in released responses (« prefer not to answer » and skips
 * excluded), nothing else of the responses. `questionId` is a validated id (letters, digits, - and _), quoted in the JSON path.
 */
export async function textsOfQuestion(db: Db, surveyId: string, questionId: string): Promise<string[]> {
  const rows = await db.all<{ text: string }>(
    db.prepare(
      `SELECT json_extract(answers, ?2) AS text FROM responses
        WHERE survey_id = ?1 AND released = 1 AND json_type(answers, ?2) = 'text'`,
      surveyId,
      `$."${questionId}"`,
    ),
  );
  return rows.map((row) => row.text);
}
