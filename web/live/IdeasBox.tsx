import { useRef, useState } from 'preact/hooks';
import type { LiveQuestionView, LiveVoteInput } from '../../schema/live.ts';
import { useText, type Lang } from '../shared/i18n/lang.ts';
import { retryDelay } from '../shared/retry.ts';
import { postIdea, readErrors } from './api.ts';
import { flipUpvote, upvotedIdeas } from './model.ts';
import { SendingNote } from '../shared/ui/SendingNote.tsx';
import { liveText } from './text.ts';
import { useCountdown } from './useCountdown.ts';
import { useVote } from './useVote.ts';
import { VoteStatusLine } from './VoteStatusLine.tsx';

/** An idea box on the phone: propose an idea (shown once approved), upvote the approved ones. */
export function IdeasBox({
  view,
  mine,
  open,
  sessionId,
  token,
  college,
  lang,
  onStored,
}: {
  view: LiveQuestionView;
  mine: unknown;
  open: boolean;
  sessionId: string;
  token: string;
  college?: string;
  lang: Lang;
  onStored: (vote: LiveVoteInput) => void;
}) {
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
            <textarea
              id={`${id}-idea`}
              class="live-input live-textarea"
              rows={3}
              maxLength={280}
              value={idea}
              onInput={(e) => setIdea(e.currentTarget.value)}
              aria-describedby={`${id}-idea-hint`}
            />
          </div>
          <button type="submit" class="button live-submit" disabled={busy}>
            {text.propose}
          </button>
        </form>
      )}
      <p role="status" class={feedback?.ok ? 'live-stored' : countdown.left !== null ? undefined : 'sr-only'}>
        {countdown.left !== null ? <SendingNote label={text.sending} left={countdown.left} /> : feedback?.ok ? feedback.message : ''}
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
                  <button
                    type="button"
                    class={on ? 'button live-upvote live-upvote-on' : 'button button-secondary live-upvote'}
                    aria-pressed={on}
                    disabled={!open}
                    onClick={() => toggle(item.id)}
                  >
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
