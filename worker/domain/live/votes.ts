import type { LiveQuestion, LiveSessionInput } from '../../../schema/live.ts';
import { problem, type LiveProblem, type Outcome } from './problems.ts';
import { wordKey, wordLabel } from './words.ts';

/** A vote as stored (JSON in live_votes.value) once checked against its question. */
export type StoredValue = string | number | string[] | Record<string, number> | { upvote: string; on: boolean };

const bad = (fr: string, en: string) => problem(400, 'value', fr, en);

/**
 * Checks a vote's value against its question, beyond the valibot shape of `LiveVoteInput`:
 * options exist, dots add up to at most `points`, a ranking orders every option once, a scale
 * value is in range, words are 1–40 characters and at most `maxWords`.
 */
export function checkVote(question: LiveQuestion, value: unknown): Outcome<StoredValue> {
  switch (question.type) {
    case 'single': {
      if (typeof value !== 'string') return bad('Choisissez une option', 'Pick one option');
      if (!question.options.some((o) => o.id === value)) return bad('Option inconnue', 'Unknown option');
      return { ok: true, value };
    }
    case 'multiple': {
      if (!Array.isArray(value) || value.length === 0) return bad('Choisissez au moins une option', 'Pick at least one option');
      if (new Set(value).size !== value.length) return bad('Une option est choisie deux fois', 'An option is picked twice');
      if (value.some((id) => !question.options.some((o) => o.id === id))) return bad('Option inconnue', 'Unknown option');
      const max = question.maxSelections ?? question.options.length;
      if (value.length > max) return bad(`${max} choix au plus`, `At most ${max} choices`);
      return { ok: true, value: question.options.filter((o) => value.includes(o.id)).map((o) => o.id) };
    }
    case 'dots': {
      if (!value || typeof value !== 'object' || Array.isArray(value) || 'upvote' in value)
        return bad('Répartissez vos points entre les options', 'Spread your points over the options');
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.some(([id, points]) => !question.options.some((o) => o.id === id) || typeof points !== 'number' || !Number.isInteger(points) || points < 0))
        return bad('Option inconnue ou points invalides', 'Unknown option or invalid points');
      const total = entries.reduce((sum, [, points]) => sum + (points as number), 0);
      if (total > question.points) return bad(`${question.points} points au plus`, `At most ${question.points} points`);
      if (total === 0) return bad('Placez au moins un point', 'Place at least one point');
      const kept: Record<string, number> = {};
      for (const option of question.options) if ((value as Record<string, number>)[option.id]) kept[option.id] = (value as Record<string, number>)[option.id]!;
      return { ok: true, value: kept };
    }
    case 'ranking': {
      const ids = question.options.map((o) => o.id);
      if (!Array.isArray(value) || value.length !== ids.length || new Set(value).size !== ids.length || value.some((id) => !ids.includes(id)))
        return bad('Classez chaque option une fois', 'Rank every option once');
      return { ok: true, value: [...value] };
    }
    case 'scale': {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < question.min || value > question.max)
        return bad(`Une note entière de ${question.min} à ${question.max}`, `A whole number from ${question.min} to ${question.max}`);
      return { ok: true, value };
    }
    case 'words': {
      const max = question.maxWords ?? 3;
      if (!Array.isArray(value) || value.length === 0) return bad('Proposez au moins un mot', 'Give at least one word');
      const words = value.map((w) => (typeof w === 'string' ? wordLabel(w) : ''));
      if (words.some((w) => w.length < 1 || w.length > 40)) return bad('Chaque mot fait de 1 à 40 caractères', 'Each word is 1 to 40 characters');
      if (words.length > max) return bad(`${max} mots au plus`, `At most ${max} words`);
      // The same word twice counts once.
      const seen = new Set<string>();
      const kept = words.filter((w) => !seen.has(wordKey(w)) && seen.add(wordKey(w)));
      return { ok: true, value: kept };
    }
    case 'ideas': {
      const upvote = value as { upvote?: unknown; on?: unknown } | null;
      if (!upvote || typeof upvote !== 'object' || Array.isArray(upvote) || typeof upvote.upvote !== 'string' || typeof upvote.on !== 'boolean')
        return bad('Un vote sur une idée : { upvote: id, on: true ou false }', 'A vote on an idea: { upvote: id, on: true or false }');
      return { ok: true, value: { upvote: upvote.upvote, on: upvote.on } };
    }
    case 'survey_results':
      return problem(409, 'questionId', 'Cette diapositive ne reçoit pas de votes', 'This slide takes no votes');
  }
}

/** Checks a definition beyond its valibot shape: unique ids, scale bounds. */
export function checkDefinition(input: LiveSessionInput): LiveProblem[] {
  const problems: LiveProblem[] = [];
  const ids = new Set<string>();
  input.questions.forEach((question, i) => {
    if (ids.has(question.id)) problems.push({ status: 422, path: `questions.${i}.id`, fr: 'Identifiant de question en double', en: 'Duplicate question id' });
    ids.add(question.id);
    if ('options' in question && new Set(question.options.map((o) => o.id)).size !== question.options.length)
      problems.push({ status: 422, path: `questions.${i}.options`, fr: 'Identifiant d’option en double', en: 'Duplicate option id' });
    if (question.type === 'scale' && question.min >= question.max)
      problems.push({ status: 422, path: `questions.${i}.max`, fr: 'Le maximum doit dépasser le minimum', en: 'The maximum must exceed the minimum' });
    if (question.type === 'multiple' && question.maxSelections !== undefined && question.maxSelections > question.options.length)
      problems.push({ status: 422, path: `questions.${i}.maxSelections`, fr: 'Plus de choix permis que d’options', en: 'More choices allowed than options' });
  });
  const colleges = input.settings.colleges;
  if (colleges && new Set(colleges.map((c) => c.id)).size !== colleges.length)
    problems.push({ status: 422, path: 'settings.colleges', fr: 'Identifiant de collège en double', en: 'Duplicate college id' });
  return problems;
}
