import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../schema/survey.ts';
import { useLang, useText } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { respondText } from './text.ts';

/**
 * The announcement for a question an answer just revealed (show-if) on this page: it appears out of
 * the reader's sight, so screen readers are told. Empty otherwise.
 */
export function useRevealedQuestion(questions: Question[], page: number): string {
  const lang = useLang();
  const text = useText(respondText);
  const [message, setMessage] = useState('');
  const shown = useRef({ page, ids: questions.map((q) => q.id) });
  useEffect(() => {
    const added = questions.find((q) => !shown.current.ids.includes(q.id));
    setMessage(shown.current.page === page && added ? text.questionShown(surveyText(added.label, lang)) : '');
    shown.current = { page, ids: questions.map((q) => q.id) };
  }, [page, questions.map((q) => q.id).join()]);
  return message;
}
