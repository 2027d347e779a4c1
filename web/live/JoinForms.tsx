import { useState } from 'preact/hooks';
import type { LiveParticipantState } from '../../schema/live.ts';
import { useText, type Lang } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { useDocumentTitle } from '../shared/ui/document-title.ts';
import { useFocusOnShow } from '../shared/ui/focus.ts';
import { loadState } from './api.ts';
import { normaliseCard, normaliseCode } from './model.ts';
import { liveText } from './text.ts';

/** The phone page's forms before and around the questions: the join code, a printed card, the college. */

export function JoinForm({ initial, error, onJoin }: { initial: string; error?: string; onJoin: (code: string) => void }) {
  const text = useText(liveText);
  const [value, setValue] = useState(initial);
  const [problem, setProblem] = useState<{ message: string; n: number } | null>(error ? { message: error, n: 0 } : null);
  const heading = useFocusOnShow<HTMLHeadingElement>();
  useDocumentTitle(text.joinTitle);
  const submit = (event: Event) => {
    event.preventDefault();
    const code = normaliseCode(value);
    if (!code) return setProblem({ message: text.codeInvalid, n: (problem?.n ?? 0) + 1 });
    onJoin(code);
  };
  return (
    <section class="live-card" aria-labelledby="join-title">
      <h1 id="join-title" ref={heading} tabIndex={-1}>
        {text.joinTitle}
      </h1>
      <p>{text.joinLead}</p>
      <form onSubmit={submit} noValidate>
        <div class={problem ? 'live-field live-field-invalid' : 'live-field'}>
          <label for="join-code" class="live-label">
            {text.codeLabel}
          </label>
          <p id="join-code-hint" class="hint">
            {text.codeHint}
          </p>
          {problem && (
            <p id="join-code-error" class="field-error" role="alert">
              {problem.message}
            </p>
          )}
          <input
            id="join-code"
            class="live-input live-code-input"
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            maxLength={9}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'join-code-error join-code-hint' : 'join-code-hint'}
          />
        </div>
        <button type="submit" class="button live-submit">
          {text.join}
        </button>
      </form>
    </section>
  );
}

export function CardForm({ state, lang, onCard }: { state: LiveParticipantState; lang: Lang; onCard: (token: string, state: LiveParticipantState) => void }) {
  const text = useText(liveText);
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(text.cardTitle);
  const heading = useFocusOnShow<HTMLHeadingElement>();
  const submit = async (event: Event) => {
    event.preventDefault();
    const card = normaliseCard(value);
    if (!card) return setProblem(text.cardInvalid);
    setBusy(true);
    const checked = await loadState(state.session.id, card, lang);
    setBusy(false);
    if (checked.ok) return onCard(card, checked.data);
    setProblem(checked.status === 0 || checked.status >= 500 ? text.unreachable : checked.errors.map((e) => e.message).join(' ') || text.cardRefused);
  };
  return (
    <section class="live-card" aria-labelledby="card-title">
      <p class="live-eyebrow">{surveyText(state.session.title, lang)}</p>
      <h1 id="card-title" ref={heading} tabIndex={-1}>
        {text.cardTitle}
      </h1>
      <p>{text.cardLead}</p>
      <form onSubmit={submit} noValidate>
        <div class={problem ? 'live-field live-field-invalid' : 'live-field'}>
          <label for="card-code" class="live-label">
            {text.cardLabel}
          </label>
          {problem && (
            <p id="card-code-error" class="field-error" role="alert">
              {problem}
            </p>
          )}
          <input
            id="card-code"
            class="live-input"
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
            autoComplete="off"
            spellcheck={false}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'card-code-error' : undefined}
          />
        </div>
        <button type="submit" class="button live-submit" disabled={busy}>
          {busy ? text.joining : text.useCard}
        </button>
      </form>
    </section>
  );
}

export function CollegePicker({
  colleges,
  current,
  lang,
  onPick,
}: {
  colleges: NonNullable<LiveParticipantState['session']['colleges']>;
  current: string | null;
  lang: Lang;
  onPick: (id: string) => void;
}) {
  const text = useText(liveText);
  const [chosen, setChosen] = useState(current);
  const [problem, setProblem] = useState(false);
  const heading = useFocusOnShow<HTMLHeadingElement>();
  return (
    <form
      class="live-card"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) onPick(chosen);
        else setProblem(true);
      }}
    >
      <h1 ref={heading} tabIndex={-1} id="college-title">
        {text.collegeTitle}
      </h1>
      <fieldset class="live-fieldset" aria-describedby={problem ? 'college-error college-fixed-ahead' : 'college-fixed-ahead'}>
        <legend>{text.collegeLead}</legend>
        <p class="hint" id="college-fixed-ahead">
          {text.collegeFixedAhead}
        </p>
        {problem && (
          <p id="college-error" class="field-error" role="alert">
            {text.collegeRequired}
          </p>
        )}
        <div class="options">
          {colleges.map((c) => (
            <label key={c.id} class="option">
              <input type="radio" name="college" checked={chosen === c.id} onChange={() => setChosen(c.id)} />
              <span class="option-text">{surveyText(c.label, lang)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" class="button live-submit">
        {text.continue}
      </button>
    </form>
  );
}
