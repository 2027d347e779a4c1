import type { LiveQuestionView, LiveSessionPublic, LiveVoteInput } from '../../schema/live.ts';
import { useText, type Lang } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { LiveResults } from '../shared/live/LiveResults.tsx';
import { Ballot } from './Ballot.tsx';
import { IdeasBox } from './IdeasBox.tsx';
import { liveText } from './text.ts';

type Props = {
  view: LiveQuestionView;
  mine: unknown;
  session: LiveSessionPublic;
  sessionId: string;
  token: string;
  college?: string;
  lang: Lang;
  onStored: (vote: LiveVoteInput) => void;
};

/** The question on screen now, with the input its type needs; read-only once locked or closed; results once revealed. */
export function QuestionView({ view, mine, session, sessionId, token, college, lang, onStored }: Props) {
  const text = useText(liveText);
  const { question } = view;
  const id = `q-${question.id}`;
  const label = surveyText(question.label, lang);
  const open = view.state === 'open' && session.status === 'open';
  const results = view.revealed && (view.tally || view.ideas) && (
    <section class="live-card live-results-card" aria-labelledby={`${id}-results-title`}>
      <h2 id={`${id}-results-title`}>{text.resultsTitle}</h2>
      <LiveResults id={id} question={question} tally={view.tally} ideas={view.ideas} k={session.k} />
    </section>
  );

  if (question.type === 'survey_results')
    return (
      <section class="live-card" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`}>{label}</h1>
        <p class="live-wait">{text.lookAtScreen}</p>
      </section>
    );

  const closedNote = !open && <p class="live-note">{view.state === 'locked' ? text.locked : view.state === 'closed' ? text.closed : text.lockedOrClosed}</p>;

  if (question.type === 'ideas')
    return (
      <>
        <section class="live-card" aria-labelledby={`${id}-title`}>
          <h1 id={`${id}-title`}>{label}</h1>
          {closedNote}
          <IdeasBox view={view} mine={mine} open={open} sessionId={sessionId} token={token} college={college} lang={lang} onStored={onStored} />
        </section>
        {results}
      </>
    );

  return (
    <>
      <Ballot
        key={question.id}
        question={question}
        label={label}
        id={id}
        round={view.round}
        mine={mine}
        open={open}
        closedNote={closedNote}
        sessionId={sessionId}
        token={token}
        college={college}
        lang={lang}
        onStored={onStored}
      />
      {results}
    </>
  );
}
