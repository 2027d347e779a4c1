import type { SurveyInput } from '../../../schema/survey.ts';
import { useText } from '../../shared/i18n/lang.ts';
import { Link } from '../frame/router.tsx';
import { checklistRows } from './checklist-rows.ts';
import { publishText } from './text.ts';
import './publish.css';

/** How a « fix » link takes the person to the field: in the editor, at once; elsewhere, by opening the editor there. */
export type FixWay = { onFix: (path: string) => void } | { hrefFor: (path: string) => string };

type Props = { survey: Pick<SurveyInput, 'pages' | 'settings'>; fix: FixWay };

/**
 * What to check before publishing, in the publish confirmation: template examples left (each named,
 * with where it is), who sees the results, k, participation codes and, for scored surveys, the
 * organisation's help contacts. Each line says whether it needs a look — in words, the mark only
 * repeats it — and links to the field that changes it.
 */
export function PublishChecklist({ survey, fix }: Props) {
  const text = useText(publishText);
  const rows = checklistRows(survey, text);
  const link = (path: string, label: string, context: string) => {
    const words = (
      <>
        {label}
        <span class="sr-only"> – {context}</span>
      </>
    );
    return 'onFix' in fix ? (
      <button type="button" class="link-button checklist-fix" onClick={() => fix.onFix(path)}>
        {words}
      </button>
    ) : (
      <Link class="checklist-fix" href={fix.hrefFor(path)}>
        {words}
      </Link>
    );
  };
  return (
    <div class="checklist" data-testid="publish-checklist">
      <p class="checklist-intro">{text.intro}</p>
      <ul>
        {rows.map((row) => (
          <li key={row.id} class={row.ok ? 'checklist-row checklist-ok' : 'checklist-row checklist-warn'} data-check={row.id} data-ok={row.ok}>
            <span class="checklist-mark" aria-hidden="true">
              {row.ok ? '✓' : '!'}
            </span>
            <div class="checklist-body">
              <p>
                <span class="sr-only">{row.ok ? text.checked : text.toCheck}</span>
                <strong>{row.name}</strong>
                {text.colon}
                {row.detail} {row.fixPath && link(row.fixPath, row.ok ? text.change : text.fix, row.name)}
              </p>
              {row.examples.length > 0 && (
                <ul class="checklist-examples">
                  {row.examples.map((example) => (
                    <li key={example.fixPath}>
                      {text.placeholderAt(example.text, example.where)} {link(example.fixPath, text.replace, example.text)}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
