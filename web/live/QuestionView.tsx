import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LiveQuestion, LiveQuestionView, LiveSessionPublic, LiveVoteInput } from '../../schema/live.ts';
import { formatNumber } from '../shared/i18n/format.ts';
import { useText, type Lang } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { LiveResults } from '../shared/live/LiveResults.tsx';
import { retryDelay } from '../respond/retry.ts';
import { postIdea, readErrors } from './api.ts';
import { dotsRemaining, draftFromMine, flipUpvote, moveItem, setDots, toggleChoice, upvotedIdeas, voteValue, type Dots, type Draft } from './model.ts';
import { liveText } from './text.ts';
import { useCountdown } from './useCountdown.ts';
import { useVote, type VoteStatus } from './useVote.ts';

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
          <Ideas view={view} mine={mine} open={open} sessionId={sessionId} token={token} college={college} lang={lang} onStored={onStored} />
        </section>
        {results}
      </>
    );

  return (
    <>
      <Ballot key={question.id} question={question} label={label} id={id} mine={mine} open={open} closedNote={closedNote} sessionId={sessionId} token={token} college={college} lang={lang} onStored={onStored} />
      {results}
    </>
  );
}

type BallotProps = {
  question: LiveQuestion;
  label: string;
  id: string;
  mine: unknown;
  open: boolean;
  closedNote: preact.ComponentChildren;
  sessionId: string;
  token: string;
  college?: string;
  lang: Lang;
  onStored: (vote: LiveVoteInput) => void;
};

function Ballot({ question, label, id, mine, open, closedNote, sessionId, token, college, lang, onStored }: BallotProps) {
  const text = useText(liveText);
  const [draft, setDraft] = useState<Draft>(() => draftFromMine(question, mine));
  const [dirty, setDirty] = useState(false);
  const [missing, setMissing] = useState(0);
  const vote = useVote(sessionId, token, lang, (stored) => {
    setDirty(false);
    onStored(stored);
  });
  const mineKey = JSON.stringify(mine ?? null);
  // The server's copy of the vote (after a reconnection, from another tab) shows unless the person is changing it.
  useEffect(() => {
    if (!dirty && vote.status.kind !== 'sending') setDraft(draftFromMine(question, mine));
  }, [mineKey]);

  const change = (next: Draft) => {
    setDraft(next);
    setDirty(true);
    setMissing(0);
    if (vote.status.kind === 'stored' || vote.status.kind === 'refused') vote.reset();
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (!open) return;
    const value = voteValue(question, draft);
    if (value === null) return setMissing((n) => n + 1);
    void vote.send(college ? { questionId: question.id, college, value } : { questionId: question.id, value });
  };
  const hasVote = mine !== undefined && mine !== null;

  return (
    <form class="live-card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <fieldset class="live-fieldset" disabled={!open} aria-describedby={missing ? `${id}-missing` : undefined}>
        <legend>
          <h1 id={`${id}-title`} class="live-question">
            {label}
          </h1>
        </legend>
        {closedNote}
        {missing > 0 && (
          <p id={`${id}-missing`} class="field-error" role="alert" key={missing}>
            {text.nothingToSend}
          </p>
        )}
        <Inputs question={question} id={id} draft={draft} onChange={change} lang={lang} />
      </fieldset>
      {open && (
        <button type="submit" class="button live-submit" disabled={vote.status.kind === 'sending'}>
          {hasVote || vote.status.kind === 'stored' ? text.changeVote : text.vote}
        </button>
      )}
      <VoteStatusLine status={vote.status} onRetryNow={vote.retryNow} />
    </form>
  );
}

function VoteStatusLine({ status, onRetryNow }: { status: VoteStatus; onRetryNow: () => void }) {
  const text = useText(liveText);
  const waiting = status.kind === 'sending' && status.retryIn !== null;
  return (
    <div class="live-status">
      <p role="status" class={status.kind === 'stored' ? 'live-stored' : undefined} data-testid="vote-status">
        {status.kind === 'sending' && (
          <>
            <span class="spinner" aria-hidden="true" />
            {text.sending}
            {waiting && <span aria-hidden="true"> {text.retryIn(status.retryIn!)}</span>}
            {waiting && <span class="sr-only"> {text.retryingHidden}</span>}
          </>
        )}
        {status.kind === 'stored' && (
          <>
            <span aria-hidden="true">✓ </span>
            <strong>{text.voted}</strong> <span class="live-stored-help">{text.votedChange}</span>
          </>
        )}
      </p>
      {status.kind === 'closed' && (
        <p class="field-error" role="alert">
          {text.lockedOrClosed}
        </p>
      )}
      {status.kind === 'refused' && (
        <p class="field-error" role="alert">
          {text.refused} {status.message}
        </p>
      )}
      {waiting && (
        <button type="button" class="button button-secondary" onClick={onRetryNow}>
          {text.retryNow}
        </button>
      )}
    </div>
  );
}

type InputProps = { question: LiveQuestion; id: string; draft: Draft; onChange: (draft: Draft) => void; lang: Lang };

function Inputs({ question, id, draft, onChange, lang }: InputProps) {
  const text = useText(liveText);
  switch (question.type) {
    case 'single':
      return (
        <div class="options">
          {question.options.map((o) => (
            <label key={o.id} class="option">
              <input type="radio" name={id} checked={draft === o.id} onChange={() => onChange(o.id)} />
              <span class="option-text">{surveyText(o.label, lang)}</span>
            </label>
          ))}
        </div>
      );
    case 'multiple': {
      const chosen = Array.isArray(draft) ? draft : [];
      const max = question.maxSelections;
      const full = max !== undefined && chosen.length >= max;
      return (
        <>
          {max !== undefined && (
            <p class="hint" aria-live="polite">
              {full ? text.maxReached(max) : text.chosen(chosen.length, max)}
            </p>
          )}
          <div class="options">
            {question.options.map((o) => (
              <label key={o.id} class="option">
                <input
                  type="checkbox"
                  name={id}
                  checked={chosen.includes(o.id)}
                  aria-disabled={full && !chosen.includes(o.id) ? 'true' : undefined}
                  onChange={(event) => {
                    const next = toggleChoice(chosen, o.id, max);
                    event.currentTarget.checked = next.includes(o.id);
                    onChange(next);
                  }}
                />
                <span class="option-text">{surveyText(o.label, lang)}</span>
              </label>
            ))}
          </div>
        </>
      );
    }
    case 'dots':
      return <DotsInput question={question} id={id} dots={draft as Dots} onChange={onChange} lang={lang} />;
    case 'ranking':
      return <RankingInput question={question} id={id} order={draft as string[]} onChange={onChange} lang={lang} />;
    case 'scale': {
      const points: number[] = [];
      for (let n = question.min; n <= question.max; n++) points.push(n);
      const minLabel = question.minLabel && surveyText(question.minLabel, lang);
      const maxLabel = question.maxLabel && surveyText(question.maxLabel, lang);
      return (
        <>
          <div class="scale-row">
            {points.map((n) => {
              const named = n === question.min ? minLabel : n === question.max ? maxLabel : undefined;
              return (
                <label key={n} class="scale-point">
                  <input type="radio" name={id} checked={draft === n} aria-label={named ? `${n}, ${named}` : undefined} onChange={() => onChange(n)} />
                  <span class="scale-number">{formatNumber(lang, n)}</span>
                </label>
              );
            })}
          </div>
          {(minLabel || maxLabel) && (
            <p class="live-scale-ends" aria-hidden="true">
              <span>
                {formatNumber(lang, question.min)} {minLabel}
              </span>
              <span>
                {formatNumber(lang, question.max)} {maxLabel}
              </span>
            </p>
          )}
        </>
      );
    }
    case 'words': {
      const words = Array.isArray(draft) ? draft : [];
      return (
        <>
          <p class="hint" id={`${id}-words-hint`}>
            {text.wordsHint(words.length)}
          </p>
          {words.map((word, i) => (
            <div class="live-field" key={i}>
              <label class="live-label" for={`${id}-w${i}`}>
                {text.word(i + 1)}
              </label>
              <input
                id={`${id}-w${i}`}
                class="live-input"
                value={word}
                maxLength={40}
                autoComplete="off"
                aria-describedby={`${id}-words-hint`}
                onInput={(e) => onChange(words.map((w, j) => (j === i ? e.currentTarget.value : w)))}
              />
            </div>
          ))}
        </>
      );
    }
    default:
      return null;
  }
}

function DotsInput({ question, id, dots, onChange, lang }: { question: Extract<LiveQuestion, { type: 'dots' }>; id: string; dots: Dots; onChange: (d: Dots) => void; lang: Lang }) {
  const text = useText(liveText);
  const left = dotsRemaining(dots, question.points);
  return (
    <>
      <p class="live-points-left" aria-live="polite" id={`${id}-left`}>
        {text.pointsLeft(left, question.points)}
      </p>
      <ul class="live-dots">
        {question.options.map((o) => {
          const label = surveyText(o.label, lang);
          const value = dots[o.id] ?? 0;
          const inputId = `${id}-d-${o.id}`;
          return (
            <li key={o.id} class="live-dot-row">
              <label for={inputId} class="live-dot-label">
                {label}
              </label>
              <span class="live-stepper">
                <button type="button" class="icon-button" aria-label={`${text.less} – ${label}`} aria-disabled={value <= 0 ? 'true' : undefined} onClick={() => value > 0 && onChange(setDots(dots, o.id, value - 1, question.points))}>
                  −
                </button>
                <input
                  id={inputId}
                  class="live-input live-dot-input"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={value + left}
                  value={value}
                  aria-describedby={`${id}-left`}
                  onInput={(e) => onChange(setDots(dots, o.id, Number(e.currentTarget.value), question.points))}
                />
                <button type="button" class="icon-button" aria-label={`${text.more} – ${label}`} aria-disabled={left <= 0 ? 'true' : undefined} onClick={() => left > 0 && onChange(setDots(dots, o.id, value + 1, question.points))}>
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function RankingInput({ question, id, order, onChange, lang }: { question: Extract<LiveQuestion, { type: 'ranking' }>; id: string; order: string[]; onChange: (o: string[]) => void; lang: Lang }) {
  const text = useText(liveText);
  const [announcement, setAnnouncement] = useState('');
  const focusAfter = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (focusAfter.current) document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });
  const labelOf = (optionId: string) => surveyText(question.options.find((o) => o.id === optionId)?.label, lang);
  const move = (index: number, by: -1 | 1) => {
    const next = moveItem(order, index, by);
    if (next[index] === order[index]) return;
    const optionId = order[index]!;
    onChange(next);
    setAnnouncement(text.moved(labelOf(optionId), index + by + 1));
    const to = index + by;
    // Focus follows the moved option; at an end, onto the button that still works.
    focusAfter.current = `${id}-${to === 0 ? 'down' : to === order.length - 1 ? 'up' : by < 0 ? 'up' : 'down'}-${optionId}`;
  };
  return (
    <>
      <p class="hint">{text.rankingHint}</p>
      <ol class="live-ranking">
        {order.map((optionId, index) => {
          const label = labelOf(optionId);
          return (
            <li key={optionId} class="live-rank-item">
              <span class="rank" aria-hidden="true">
                {index + 1}
              </span>
              <span class="live-rank-label">{label}</span>
              <span class="live-rank-buttons">
                <button type="button" id={`${id}-up-${optionId}`} class="icon-button" aria-disabled={index === 0 ? 'true' : undefined} onClick={() => move(index, -1)}>
                  <span aria-hidden="true">↑</span>
                  <span class="sr-only">{`${text.moveUp} « ${label} »`}</span>
                </button>
                <button type="button" id={`${id}-down-${optionId}`} class="icon-button" aria-disabled={index === order.length - 1 ? 'true' : undefined} onClick={() => move(index, 1)}>
                  <span aria-hidden="true">↓</span>
                  <span class="sr-only">{`${text.moveDown} « ${label} »`}</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p class="sr-only" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}

function Ideas({ view, mine, open, sessionId, token, college, lang, onStored }: { view: LiveQuestionView; mine: unknown; open: boolean; sessionId: string; token: string; college?: string; lang: Lang; onStored: (vote: LiveVoteInput) => void }) {
  const text = useText(liveText);
  const questionId = view.question.id;
  const id = `q-${questionId}`;
  const [idea, setIdea] = useState('');
  const [feedback, setFeedback] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [upvoted, setUpvoted] = useState<string[]>(() => upvotedIdeas(mine));
  const shownUpvotes = useRef(upvoted);
  shownUpvotes.current = upvoted;
  // What the phone keeps as its vote on this question is the list of ideas it upvoted, not the last request.
  const vote = useVote(sessionId, token, lang, () => onStored({ questionId, value: shownUpvotes.current }));
  const countdown = useCountdown();
  const approved = (view.ideas ?? []).filter((i) => i.status === 'approved');

  const propose = async (event: Event) => {
    event.preventDefault();
    const trimmed = idea.trim();
    if (trimmed.length < 3) return setFeedback({ ok: false, message: text.ideaTooShort });
    setBusy(true);
    try {
      let response = await postIdea(sessionId, token, lang, questionId, trimmed);
      // 429 (Retry-After): not taken, so sending it again is safe once the wait is over.
      for (let failures = 0; response.status === 429; failures++) {
        if (!(await countdown.wait(retryDelay(failures, response.headers.get('Retry-After'))))) return;
        response = await postIdea(sessionId, token, lang, questionId, trimmed);
      }
      if (response.status === 201) {
        setIdea('');
        setFeedback({ ok: true, message: text.ideaSent });
      } else setFeedback({ ok: false, message: (await readErrors(response)).map((e) => e.message).join(' ') || text.refused });
    } catch {
      setFeedback({ ok: false, message: text.unreachable });
    }
    setBusy(false);
  };
  const toggle = (ideaId: string) => {
    // `on` sets the upvote rather than toggling it, so a request retried after a lost acknowledgement changes nothing.
    const { on, upvoted: next } = flipUpvote(upvoted, ideaId);
    setUpvoted(next);
    shownUpvotes.current = next;
    const value = { upvote: ideaId, on };
    void vote.send(college ? { questionId, college, value } : { questionId, value }, ideaId);
  };

  return (
    <>
      {open && (
        <form onSubmit={propose} noValidate class="live-idea-form">
          <div class="live-field">
            <label for={`${id}-idea`} class="live-label">
              {text.ideaLabel}
            </label>
            <p id={`${id}-idea-hint`} class="hint">
              {text.ideaHint}
            </p>
            <textarea id={`${id}-idea`} class="live-input live-textarea" rows={3} maxLength={280} value={idea} onInput={(e) => setIdea(e.currentTarget.value)} aria-describedby={`${id}-idea-hint`} />
          </div>
          <button type="submit" class="button live-submit" disabled={busy}>
            {text.propose}
          </button>
        </form>
      )}
      <p role="status" class={feedback?.ok ? 'live-stored' : countdown.left !== null ? undefined : 'sr-only'}>
        {countdown.left !== null ? (
          <>
            <span class="spinner" aria-hidden="true" />
            {text.sending} <span aria-hidden="true">{text.retryIn(countdown.left)}</span>
            <span class="sr-only">{text.retryingHidden}</span>
          </>
        ) : feedback?.ok ? (
          feedback.message
        ) : (
          ''
        )}
      </p>
      {countdown.left !== null && (
        <button type="button" class="button button-secondary" onClick={countdown.skip}>
          {text.retryNow}
        </button>
      )}
      {feedback && !feedback.ok && (
        <p class="field-error" role="alert">
          {feedback.message}
        </p>
      )}
      <h2 id={`${id}-list`}>{text.ideasTitle}</h2>
      {approved.length === 0 ? (
        <p class="muted">{text.noIdeasYet}</p>
      ) : (
        <>
          <p class="hint">{text.ideasHint}</p>
          <ul class="live-idea-list" aria-labelledby={`${id}-list`}>
            {approved.map((item) => {
              const on = upvoted.includes(item.id);
              return (
                <li key={item.id} class="live-idea">
                  <span class="live-idea-text">{item.text}</span>
                  <button type="button" class={on ? 'button live-upvote live-upvote-on' : 'button button-secondary live-upvote'} aria-pressed={on} disabled={!open} onClick={() => toggle(item.id)}>
                    <span aria-hidden="true">{on ? '★ ' : '☆ '}</span>
                    {on ? text.upvoted : text.upvote}
                    <span class="sr-only"> : {item.text}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <VoteStatusLine status={vote.status} onRetryNow={vote.retryNow} />
    </>
  );
}
