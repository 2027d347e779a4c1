import type { InferResponseType } from 'hono/client';
import { useEffect, useState } from 'preact/hooks';
import type { GroupResults, SurveyResults } from '../../../schema/results.ts';
import type { Question } from '../../../schema/survey.ts';
import type { Api } from '../../shared/api/client.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { resultsText } from '../../results/text.ts';
import { withheldText } from '../../results/views/bars.ts';
import type { StoredSurvey } from '../survey/SurveyFrame.tsx';
import { Alert } from '../ui/Alert.tsx';
import type { Load } from '../survey/load.ts';
import { coordResultsText } from './text.ts';
import type { Filter } from './useGroupResults.ts';

export type Breakdowns = InferResponseType<Api['orgs'][':orgId']['surveys'][':id']['breakdowns']['$get'], 200>['breakdowns'];
type Group = Breakdowns[number]['groups'][number];

type Props = {
  survey: StoredSurvey;
  k: number;
  latest: number | null;
  breakdowns: Load<{ breakdowns: Breakdowns }>;
  filter: Filter | null;
  onFilter: (filter: Filter | null) => void;
  refusal: { message: string; key: number } | null;
  active: GroupResults['filter'] | null;
  /** Everyone's results: the groups' sizes as the same release published them, beside the filter. */
  overall: SurveyResults;
};

const SEPARATOR = '\u0000';

/** A group's size as everyone's results published it (the bar of its option), or null when not published. */
function publishedSize(overall: SurveyResults, question: string, option: string): number | null {
  const result = overall.questions.find((q) => q.id === question);
  if (!result || result.suppressed || result.type !== 'single') return null;
  return result.options.find((o) => o.key === option)?.count ?? null;
}

/**
 * Shows one group's results. Every group is listed; those that cannot be shown are disabled with
 * the rule that hides them (fewer than k people, or a smaller group deducible by difference) before
 * anyone picks them, in the words the chart of its question uses; an empty group says it is empty.
 */
export function GroupFilter({ survey, k, latest, breakdowns, filter, onFilter, refusal, active, overall }: Props) {
  const text = useText(coordResultsText);
  const shared = useText(resultsText);
  const lang = useLang();
  const [choice, setChoice] = useState(filter ? `${filter.by}${SEPARATOR}${filter.option}` : '');
  useEffect(() => setChoice(filter ? `${filter.by}${SEPARATOR}${filter.option}` : ''), [filter?.by, filter?.option]);
  const questions = new Map<string, Question>(survey.pages.flatMap((page) => page.questions.map((q) => [q.id, q] as const)));
  const questionLabel = (id: string) => surveyText(questions.get(id)?.label, lang);
  const optionLabel = (questionId: string, optionId: string) => {
    const question = questions.get(questionId);
    return question && 'options' in question ? surveyText(question.options.find((o) => o.id === optionId)?.label, lang) : optionId;
  };
  const why = (question: string, group: Group): string | null => {
    if (group.available) return group.respondents === 0 ? text.emptyGroup : null;
    if (publishedSize(overall, question, group.option) === 0) return text.emptyGroup;
    return withheldText(group.withheld ?? 'under_k', k, lang, shared, 'group');
  };
  const describe = (question: string, group: Group) => {
    const reason = why(question, group);
    if (reason) return text.unavailable(reason);
    const size = text.groupSize(formatNumber(lang, group.respondents ?? 0));
    return group.release !== null && group.release !== latest ? `${size}, ${text.groupRelease(formatNumber(lang, group.release))}` : size;
  };

  const list = breakdowns.kind === 'ok' ? breakdowns.data.breakdowns : [];
  const unavailable = list.flatMap((b) => b.groups.filter((g) => why(b.question, g)).map((g) => ({ question: b.question, group: g })));
  const submit = (event: Event) => {
    event.preventDefault();
    if (!choice) return onFilter(null);
    const [by, option] = choice.split(SEPARATOR) as [string, string];
    onFilter({ by, option });
  };

  return (
    <section aria-labelledby="filter-title" class="card results-section">
      <h2 id="filter-title">{text.filterTitle}</h2>
      {breakdowns.kind === 'loading' ? (
        <Loading />
      ) : list.length === 0 ? (
        <p class="muted">{text.noBreakdown}</p>
      ) : (
        <>
          <p class="muted" id="filter-help">
            {text.filterHelp(formatNumber(lang, k))}
          </p>
          {refusal && (
            <Alert focusKey={refusal.key} id="filter-refusal">
              <p>{refusal.message}</p>
            </Alert>
          )}
          <form class="inline-form" onSubmit={submit}>
            <div class="field">
              <label for="filter-select" class="field-label">
                {text.filterLabel}
              </label>
              <select
                id="filter-select"
                class="input select"
                value={choice}
                aria-describedby={['filter-help', refusal && 'filter-refusal', unavailable.length > 0 && 'filter-unavailable'].filter(Boolean).join(' ')}
                onChange={(event) => setChoice(event.currentTarget.value)}
              >
                <option value="">{text.allResponses}</option>
                {list.map((breakdown) => (
                  <optgroup key={breakdown.question} label={questionLabel(breakdown.question)}>
                    {breakdown.groups.map((group) => (
                      <option key={group.option} value={`${breakdown.question}${SEPARATOR}${group.option}`} disabled={why(breakdown.question, group) !== null}>
                        {optionLabel(breakdown.question, group.option)} — {describe(breakdown.question, group)}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </div>
            <button type="submit" class="button">
              {text.apply}
            </button>
          </form>
          {unavailable.length > 0 && (
            <div id="filter-unavailable" class="filter-unavailable" data-testid="filter-unavailable">
              <h3 class="filter-unavailable-title">{text.unavailableTitle}</h3>
              <ul>
                {unavailable.map(({ question, group }) => (
                  <li key={`${question}-${group.option}`}>
                    {text.unavailableItem(questionLabel(question), optionLabel(question, group.option), why(question, group)!)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {filter && active && (
            <div class="banner banner-info filter-banner" role="status">
              <p>
                {text.filtered(
                  questionLabel(active.question),
                  optionLabel(active.question, active.option),
                  formatNumber(lang, active.respondents),
                  formatNumber(lang, active.release),
                )}
              </p>
              <button type="button" class="button button-small button-secondary" onClick={() => onFilter(null)}>
                {text.clear}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
