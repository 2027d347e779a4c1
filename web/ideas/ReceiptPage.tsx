import { useState } from 'preact/hooks';
import type { BoxPublic, IdeaFollow } from '../../schema/ideas.ts';
import { useLang, useText } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { useFocusOnShow } from '../shared/ui/focus.ts';
import { followIdea, withdrawIdea } from './api.ts';
import { BoxHeading } from './BoxHeading.tsx';
import { BoxNav } from './BoxNav.tsx';
import { forgetReceipt, keptReceipts } from './device.ts';
import { IdeaHistory } from './IdeaHistory.tsx';
import { normaliseReceipt, type BoxAddress } from './paths.ts';
import { ideasText } from './text.ts';

/** What can still be withdrawn: an idea not yet settled. */
const WITHDRAWABLE = ['pending', 'received', 'studying', 'retained', 'hidden'];

/** `/b/:slug/receipt`: type or paste a receipt code (or pick one kept on this phone), follow the idea, withdraw it. */
export function ReceiptPage({ address, box }: { address: BoxAddress; box: BoxPublic }) {
  const text = useText(ideasText);
  const lang = useLang();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [followed, setFollowed] = useState<{ code: string; idea: IdeaFollow } | null>(null);
  const [withdrawn, setWithdrawn] = useState(false);
  const [kept, setKept] = useState(() => keptReceipts(address.slug));

  const follow = async (raw: string) => {
    const code = normaliseReceipt(raw);
    setAttempt((n) => n + 1);
    setWithdrawn(false);
    if (!code) return setError(text.receiptInvalid);
    const loaded = await followIdea(address, lang, code);
    if (loaded.ok) {
      setError('');
      setFollowed({ code, idea: loaded.data });
    } else
      setError(
        loaded.status === 404
          ? text.receiptUnknown
          : loaded.status === 0
            ? text.unreachable
            : loaded.errors.map((e) => e.message).join(' ') || text.receiptUnknown,
      );
  };

  return (
    <>
      <BoxHeading box={box} title={text.receiptTitle} lead={text.receiptLead} />
      <BoxNav address={address} current="receipt" />
      <form
        class="box-card receipt-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void follow(typed);
        }}
      >
        <label for="receipt" class="idea-label">
          {text.receiptInput}
        </label>
        {error && (
          <p id="receipt-error" class="field-error" role="alert" key={attempt}>
            {error}
          </p>
        )}
        <input
          id="receipt"
          class="idea-input receipt-input"
          value={typed}
          autoComplete="off"
          autoCapitalize="off"
          spellcheck={false}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'receipt-error' : undefined}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <button type="submit" class="button idea-submit">
          {text.follow}
        </button>
      </form>
      {kept.length > 0 && !followed && (
        <section class="box-card" aria-labelledby="kept-title">
          <h2 id="kept-title">{text.keptTitle}</h2>
          <ul class="kept-list">
            {kept.map((r) => (
              <li key={r.code}>
                <button type="button" class="link-button" onClick={() => void follow(r.code)}>
                  {r.excerpt}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {withdrawn && <Withdrawn />}
      {followed && !withdrawn && (
        <FollowedIdea
          idea={followed.idea}
          onWithdraw={async () => {
            const done = await withdrawIdea(address, lang, followed.code);
            if (!done.ok) return false;
            forgetReceipt(address.slug, followed.code);
            setKept(keptReceipts(address.slug));
            setFollowed(null);
            setWithdrawn(true);
            return true;
          }}
          themeLabel={surveyText(box.themes.find((t) => t.id === followed.idea.theme)?.label, lang)}
        />
      )}
    </>
  );
}

function Withdrawn() {
  const text = useText(ideasText);
  const ref = useFocusOnShow<HTMLParagraphElement>();
  return (
    <p ref={ref} tabIndex={-1} class="box-card idea-done" role="status">
      {text.withdrawn}
    </p>
  );
}

function FollowedIdea({ idea, themeLabel, onWithdraw }: { idea: IdeaFollow; themeLabel: string; onWithdraw: () => Promise<boolean> }) {
  const text = useText(ideasText);
  const lang = useLang();
  const heading = useFocusOnShow<HTMLHeadingElement>(idea.id);
  const [asking, setAsking] = useState(false);
  return (
    <section class="box-card" aria-labelledby="followed-title" data-testid="followed-idea">
      <h2 id="followed-title" ref={heading} tabIndex={-1}>
        {text.yourIdea} : {text.history[idea.status]}
      </h2>
      <p class="hint">{themeLabel}</p>
      <blockquote class="idea-quote">{idea.text}</blockquote>
      {idea.answer && (
        <p class="idea-answer">
          <strong>{text.answerLabel}</strong> {surveyText(idea.answer, lang)}
        </p>
      )}
      {idea.declineReason && (
        <p class="idea-answer">
          <strong>{text.declineReason}</strong> {idea.declineReason}
        </p>
      )}
      <h3>{text.historyTitle}</h3>
      <IdeaHistory history={idea.history} />
      {WITHDRAWABLE.includes(idea.status) &&
        (asking ? (
          <div class="idea-report-ask" role="alert">
            <p>{text.withdrawConfirm}</p>
            <button type="button" class="button button-danger" onClick={() => void onWithdraw()}>
              {text.withdrawYes}
            </button>
            <button type="button" class="button button-secondary" onClick={() => setAsking(false)}>
              {text.withdrawNo}
            </button>
          </div>
        ) : (
          <button type="button" class="button button-secondary" onClick={() => setAsking(true)}>
            {text.withdraw}
          </button>
        ))}
    </section>
  );
}
