import { useLayoutEffect, useRef } from 'preact/hooks';
import type { SurveyStatus } from '../../../schema/survey.ts';
import { wasNavigated } from '../frame/router.tsx';
import { SurveyTabs } from '../survey/SurveyFrame.tsx';
import { StatusBadge } from '../ui/StatusBadge.tsx';

type Props = { orgId: string; surveyId: string; title: string; slug: string; status: SurveyStatus; archived: boolean };

/**
 * The head every page about one survey has (state, address, title, tabs), drawn by the editor itself: it
 * keeps the survey loaded across a change of language, and shows a new state at once after publishing.
 */
export function SurveyHeader({ orgId, surveyId, title, slug, status, archived }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (wasNavigated()) heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div class="survey-head">
      <p class="survey-eyebrow">
        <StatusBadge state={archived ? 'archived' : status} />
        <span class="survey-slug">/s/{slug}</span>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <SurveyTabs orgId={orgId} surveyId={surveyId} page="edit" />
    </div>
  );
}
