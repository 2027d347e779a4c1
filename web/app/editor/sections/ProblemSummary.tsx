import type { SurveyInput } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { domId, type ErrorTarget, type LocatedError } from '../model/paths.ts';
import { editorText } from '../text.ts';
import { whereIs } from '../where.ts';

type Props = { errors: LocatedError[]; draft: SurveyInput; onReveal: (target: ErrorTarget) => void };

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
