import type { SurveyInput } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { questionNumber } from '../model/reorder.ts';
import { domId, type ErrorTarget, type LocatedError } from '../model/paths.ts';
import { anyText } from '../model/texts.ts';
import { editorText, type EditorText } from '../text.ts';

type Props = { errors: LocatedError[]; draft: SurveyInput; onReveal: (target: ErrorTarget) => void };

/** Where a problem is, in the editor's words: « Page 1 · Question 2 « Profession » ». */
function whereIs(target: ErrorTarget, draft: SurveyInput, text: EditorText): string {
  if (target.questionId) {
    const page = draft.pages.findIndex((p) => p.id === target.pageId) + 1;
    const question = draft.pages.flatMap((p) => p.questions).find((q) => q.id === target.questionId);
    const label = anyText(question?.label);
    return `${text.wherePage(page)} · ${text.whereQuestion(questionNumber(draft, target.questionId))}${label ? ` « ${label} »` : ''}`;
  }
  if (target.pageId) return text.wherePage(draft.pages.findIndex((p) => p.id === target.pageId) + 1);
  if (target.section === 'settings') return text.whereSettings;
  if (target.section === 'details') return text.whereDetails;
  if (target.section === 'questions') return text.questionsHeading;
  return text.whereSurvey;
}

/**
 * The problems that keep the draft from being saved, each a link to its field (which opens the
 * question or the settings it is in). The save status line announces their number.
 */
export function ProblemSummary({ errors, draft, onReveal }: Props) {
  const text = useText(editorText);
  if (!errors.length) return null;
  return (
    <section class="ed-problems" aria-labelledby="ed-problems-title">
      <h2 id="ed-problems-title">{text.problemsTitle(errors.length)}</h2>
      <p>{text.problemsIntro}</p>
      <ul>
        {errors.map((error, i) => (
          <li key={`${error.path}-${i}`}>
            <a
              href={`#${domId(error.target.key, error.target.lang)}`}
              onClick={(event) => {
                event.preventDefault();
                onReveal(error.target);
              }}
            >
              {whereIs(error.target, draft, text)} — {error.message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
