import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { LiveQuestion, LiveVoteInput } from '../../schema/live.ts';
import { useText, type Lang } from '../shared/i18n/lang.ts';
import { BallotInputs } from './BallotInputs.tsx';
import { draftFromMine, hasVoted, voteValue, type Draft } from './model.ts';
import { liveText } from './text.ts';
import { useVote } from './useVote.ts';
import { VoteStatusLine } from './VoteStatusLine.tsx';

type Props = {
  question: LiveQuestion;
  label: string;
  id: string;
  round: number;
  mine: unknown;
  open: boolean;
  closedNote: ComponentChildren;
  sessionId: string;
  token: string;
  college?: string;
  lang: Lang;
  onStored: (vote: LiveVoteInput) => void;
};

/**
 * A question's ballot: the input its type needs, « Voter » (or « Modifier mon vote »), and where the vote
 * stands. A ranking starts in this phone's own order (seeded by its token): it is sent once something
 * moved, or once the person confirms that order.
 */
export function Ballot({ question, label, id, round, mine, open, closedNote, sessionId, token, college, lang, onStored }: Props) {
  const text = useText(liveText);
  const seed = `${token}:${question.id}:${round}`;
  const [draft, setDraft] = useState<Draft>(() => draftFromMine(question, mine, seed));
  const [dirty, setDirty] = useState(false);
  const [moved, setMoved] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [problem, setProblem] = useState<{ message: string; n: number } | null>(null);
  const vote = useVote(sessionId, token, lang, (stored) => {
    setDirty(false);
    onStored(stored);
  });
  const mineKey = JSON.stringify(mine ?? null);
  // The phone's own copy of the vote (after a reconnection, from another tab) shows unless the person is changing it.
  useEffect(() => {
    if (!dirty && vote.status.kind !== 'sending') setDraft(draftFromMine(question, mine, seed));
  }, [mineKey]);

  const voted = hasVoted(mine) || vote.status.kind === 'stored';
  const untouched = question.type === 'ranking' && !voted && !moved;
  const refuse = (message: string) => setProblem({ message, n: (problem?.n ?? 0) + 1 });
  const change = (next: Draft) => {
    setDraft(next);
    setDirty(true);
    setProblem(null);
    if (question.type === 'ranking') setMoved(true);
    if (vote.status.kind === 'stored' || vote.status.kind === 'refused') vote.reset();
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (!open) return;
    const value = voteValue(question, draft);
    if (value === null) return refuse(text.nothingToSend);
    if (untouched && !confirmed) return refuse(text.rankingUntouched);
    void vote.send(college ? { questionId: question.id, college, value } : { questionId: question.id, value });
  };
  const ranking = {
    untouched,
    confirmed,
    onConfirm: (on: boolean) => {
      setConfirmed(on);
      setProblem(null);
    },
  };

  return (
    <form class="live-card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <fieldset class="live-fieldset" disabled={!open} aria-describedby={problem ? `${id}-problem` : undefined}>
        <legend>
          <h1 id={`${id}-title`} class="live-question">
            {label}
          </h1>
        </legend>
        {closedNote}
        {problem && (
          <p id={`${id}-problem`} class="field-error" role="alert" key={problem.n}>
            {problem.message}
          </p>
        )}
        <BallotInputs question={question} id={id} draft={draft} onChange={change} ranking={ranking} lang={lang} />
      </fieldset>
      {open && (
        <button type="submit" class="button live-submit" disabled={vote.status.kind === 'sending'}>
          {voted ? text.changeVote : text.vote}
        </button>
      )}
      <VoteStatusLine status={vote.status} onRetryNow={vote.retryNow} />
    </form>
  );
}
