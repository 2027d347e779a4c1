import type { LiveIdea, LiveQuestion, LiveTally } from '../../../schema/live.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLang, useText } from '../i18n/lang.ts';
import { barRows, wordSize } from './bars.ts';
import { liveSharedText } from './text.ts';

type Props = {
  question: LiveQuestion;
  tally: LiveTally | undefined;
  ideas?: LiveIdea[];
  k: number;
  /** Words as a cloud (projector) rather than bars. */
  cloud?: boolean;
  id: string;
};

/**
 * One question's live figures, k already applied by the worker: bars drawn in SVG (hidden from screen
 * readers) beside the same figures as text, a word cloud, or ideas ranked by upvotes.
 */
export function LiveResults({ question, tally, ideas, k, cloud, id }: Props) {
  const lang = useLang();
  const text = useText(liveSharedText);
  if (question.type === 'ideas') return <IdeasRanking ideas={(ideas ?? []).filter((i) => i.status === 'approved')} />;
  if (question.type === 'survey_results' || !tally) return null;
  if (tally.suppressed)
    return (
      <p class="live-suppressed" data-testid="live-suppressed">
        {text.suppressed(formatNumber(lang, k))}
      </p>
    );
  const rows = barRows(question, tally.bars, tally.voters, lang, text);
  const max = Math.max(0, ...rows.map((r) => r.value));
  return (
    <div class="live-results" data-testid="live-results">
      <p class="live-voters" data-testid="live-voters">
        {text.voters(formatNumber(lang, tally.voters), tally.voters)}
        {tally.mean !== undefined && ` · ${text.mean} ${formatNumber(lang, tally.mean, 1)}`}
      </p>
      {question.type === 'words' && cloud ? (
        rows.length > 0 && (
          <ul class="word-cloud" aria-label={text.results}>
            {rows.map((row) => (
              <li key={row.key} class={`word word-${wordSize(row.value, max)}`}>
                {row.label}
                <span class="sr-only"> ({formatNumber(lang, row.value)})</span>
              </li>
            ))}
          </ul>
        )
      ) : (
        <ul class="live-bars" aria-labelledby={`${id}-title`}>
          {rows.map((row) => (
            <li key={row.key} class="live-bar">
              <span class="live-bar-label">{row.label}</span>
              <svg class="live-bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="live-bar-fill" width={Math.max(0, Math.min(100, row.width))} height="10" />
              </svg>
              <span class="live-bar-value">{row.display}</span>
            </li>
          ))}
        </ul>
      )}
      {question.type === 'words' && <WordsRule shown={rows.length} waiting={tally.waitingWords} k={k} />}
    </div>
  );
}

/** Why a word cloud may look empty: a word shows once k people gave it, and others wait (how many, from k writers). */
function WordsRule({ shown, waiting, k }: { shown: number; waiting: number | null | undefined; k: number }) {
  const lang = useLang();
  const text = useText(liveSharedText);
  const kText = formatNumber(lang, k);
  return (
    <p class="live-words-rule" data-testid="words-rule">
      {shown === 0 ? text.noWords(kText) : text.wordRule(kText)} {waiting === null && text.wordsWaiting(kText)}
      {typeof waiting === 'number' && text.wordsWaitingCount(formatNumber(lang, waiting), waiting, kText)}
    </p>
  );
}

function IdeasRanking({ ideas }: { ideas: LiveIdea[] }) {
  const lang = useLang();
  const text = useText(liveSharedText);
  if (!ideas.length) return <p>{text.noIdeas}</p>;
  const sorted = [...ideas].sort((a, b) => (b.upvotes ?? -1) - (a.upvotes ?? -1));
  return (
    <ol class="live-ideas" data-testid="live-ideas">
      {sorted.map((idea) => (
        <li key={idea.id}>
          <span class="live-idea-text">{idea.text}</span>{' '}
          <span class="live-idea-votes">{idea.upvotes === null ? text.upvotesHidden : text.upvotes(formatNumber(lang, idea.upvotes), idea.upvotes)}</span>
        </li>
      ))}
    </ol>
  );
}

/** The page's link to the session; `labels` words it for the page (the console says the console is up to date, not that it is live). */
export function ConnectionLine({ status, labels }: { status: 'connecting' | 'live' | 'polling'; labels?: Record<'connecting' | 'live' | 'polling', string> }) {
  const text = useText(liveSharedText);
  return (
    <p class={`live-connection live-connection-${status}`} role="status" data-status={status}>
      <span class="live-connection-dot" aria-hidden="true" />
      {(labels ?? text.connection)[status]}
    </p>
  );
}
