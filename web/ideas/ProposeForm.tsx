import { useRef, useState } from 'preact/hooks';
import type { Theme } from '../../schema/ideas.ts';
import { IDEA_MAX_LENGTH } from './limits.ts';
import { retryDelay } from '../shared/retry.ts';
import { errorsOf } from '../shared/api/public.ts';
import { useLang, useText } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { ErrorSummary } from '../shared/ui/ErrorSummary.tsx';
import { useCountdown } from '../live/useCountdown.ts';
import { postIdea, type Contributor } from './api.ts';
import type { BoxAddress } from './paths.ts';
import { SimilarIdeas } from './SimilarIdeas.tsx';
import { ideasText } from './text.ts';
import { useSimilar } from './useSimilar.ts';
import { CAP_SECONDS } from './useSupports.ts';

type Props = {
  address: BoxAddress;
  who: Contributor;
  themes: Theme[];
  k: number;
  supported: string[];
  onSupport: (ideaId: string) => void;
  onSent: (receipt: string, text: string) => void;
  /** A kiosk's refusal that ends its day (the daily cap) or its enrolment. */
  onKioskStop?: (why: 'capped' | 'revoked') => void;
};

type Errors = { theme?: string; text?: string; general?: string };

/** Theme, then text (≤ 500 characters), with ideas already shown that say the same thing; the receipt on success. */
export function ProposeForm({ address, who, themes, k, supported, onSupport, onSent, onKioskStop }: Props) {
  const text = useText(ideasText);
  const lang = useLang();
  const [theme, setTheme] = useState<string | null>(themes.length === 1 ? themes[0]!.id : null);
  const [idea, setIdea] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const countdown = useCountdown();
  const similar = useSimilar(address, lang, idea, theme);
  const sending = useRef(false);
  const length = [...idea.trim()].length;
  const left = IDEA_MAX_LENGTH - [...idea].length;

  const check = (): Errors => {
    const found: Errors = {};
    if (!theme) found.theme = text.themeMissing;
    if (length < 3) found.text = text.ideaTooShort;
    else if (length > IDEA_MAX_LENGTH) found.text = text.ideaTooLong(IDEA_MAX_LENGTH);
    return found;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending.current) return;
    const found = check();
    setAttempt((n) => n + 1);
    setErrors(found);
    if (found.theme || found.text) return;
    sending.current = true;
    setBusy(true);
    const body = { theme: theme!, text: idea.trim() };
    try {
      // Read as a plain Response: the route's type knows its 201, the loop also meets its 429.
      let response: Response = await postIdea(address, lang, who, body);
      // 429: not taken, so sending again is safe once the wait is over. No other retry: a lost answer could mean a stored idea.
      for (let failures = 0; response.status === 429; failures++) {
        const delay = retryDelay(failures, response.headers.get('Retry-After'));
        if (who.kind === 'kiosk' && Number(response.headers.get('Retry-After')) >= CAP_SECONDS) return onKioskStop?.('capped');
        if (!(await countdown.wait(delay))) return;
        response = await postIdea(address, lang, who, body);
      }
      if (response.status === 201) {
        const { receipt } = (await response.json()) as { receipt: string };
        setIdea('');
        setErrors({});
        return onSent(receipt, body.text);
      }
      if (who.kind === 'kiosk' && (response.status === 401 || response.status === 403)) return onKioskStop?.('revoked');
      const refused = await errorsOf(response);
      const next: Errors = {};
      const rest: string[] = [];
      for (const e of refused) {
        if (e.path === 'text') next.text = e.message;
        else if (e.path === 'theme') next.theme = e.message;
        else rest.push(e.message);
      }
      if (rest.length || (!next.text && !next.theme)) next.general = rest.join(' ') || text.refused;
      setAttempt((n) => n + 1);
      setErrors(next);
    } catch {
      setAttempt((n) => n + 1);
      setErrors({ general: text.unreachable });
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  const summary = [
    errors.theme && { targetId: 'idea-theme-field', label: text.themeLegend, message: errors.theme },
    errors.text && { targetId: 'idea-text-field', label: text.ideaLabel, message: errors.text },
  ].filter((x): x is { targetId: string; label: string; message: string } => !!x);

  return (
    <form class="idea-form" onSubmit={submit} noValidate>
      {summary.length > 0 && <ErrorSummary title={text.problemTitle} items={summary} attempt={attempt} />}
      <fieldset
        id="idea-theme-field"
        class={`idea-fieldset${errors.theme ? ' idea-invalid' : ''}`}
        aria-describedby={errors.theme ? 'idea-theme-error' : undefined}
      >
        <legend class="idea-label">{text.themeLegend}</legend>
        {errors.theme && (
          <p id="idea-theme-error" class="field-error">
            {errors.theme}
          </p>
        )}
        <div class="options">
          {themes.map((t) => (
            <label key={t.id} class="option">
              <input type="radio" name="idea-theme" value={t.id} checked={theme === t.id} onChange={() => setTheme(t.id)} />
              <span class="option-text">{surveyText(t.label, lang)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div id="idea-text-field" class={`idea-field${errors.text ? ' idea-invalid' : ''}`}>
        <label for="idea-text" class="idea-label">
          {text.ideaLabel}
        </label>
        <p id="idea-text-hint" class="hint">
          {text.ideaHint}
        </p>
        {errors.text && (
          <p id="idea-text-error" class="field-error">
            {errors.text}
          </p>
        )}
        <textarea
          id="idea-text"
          class="idea-input idea-textarea"
          rows={4}
          maxLength={IDEA_MAX_LENGTH}
          value={idea}
          aria-invalid={errors.text ? 'true' : undefined}
          aria-describedby={['idea-text-hint', errors.text && 'idea-text-error', 'idea-text-count'].filter(Boolean).join(' ')}
          onInput={(e) => setIdea(e.currentTarget.value)}
        />
        <p id="idea-text-count" class="hint idea-count">
          {text.charactersLeft([...idea].length, IDEA_MAX_LENGTH)}
        </p>
        {/* Read out only near the limit, not at every letter. */}
        <p class="sr-only" aria-live="polite">
          {left <= 50 ? text.nearLimit(Math.max(0, left)) : ''}
        </p>
      </div>
      <SimilarIdeas ideas={similar} k={k} supported={supported} onSupport={onSupport} />
      {errors.general && (
        <p class="field-error" role="alert">
          {errors.general}
        </p>
      )}
      <p role="status" class={countdown.left !== null ? 'idea-wait' : 'sr-only'}>
        {countdown.left !== null ? `${text.busy} ${text.retryIn(countdown.left)}` : busy ? text.sending : ''}
      </p>
      {countdown.left !== null && (
        <button type="button" class="button button-secondary" onClick={countdown.skip}>
          {text.retryNow}
        </button>
      )}
      <button type="submit" class="button idea-submit" aria-disabled={busy ? 'true' : undefined}>
        {busy ? text.sending : text.send}
      </button>
    </form>
  );
}
