import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BoxPublic } from '../../schema/ideas.ts';
import { useLang, useText } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { useDocumentTitle } from '../shared/ui/document-title.ts';
import { Notice } from '../shared/ui/Notice.tsx';
import type { Contributor } from './api.ts';
import { IdeasByTheme } from './IdeasByTheme.tsx';
import { IdleWarning } from './IdleWarning.tsx';
import { KioskThanks } from './KioskThanks.tsx';
import type { BoxAddress } from './paths.ts';
import { ProposeForm } from './ProposeForm.tsx';
import { ideasText } from './text.ts';
import { useInactivity } from './useInactivity.ts';
import { useSupports, type SupportOutcome } from './useSupports.ts';

/** Two minutes without a touch clear the kiosk; the warning shows for the last 30 seconds (RGAA 13.1 asks for 20 at least). */
export const KIOSK_IDLE_SECONDS = 120;
export const KIOSK_WARN_SECONDS = 30;
const GOODBYE_MS = 8000;

type Props = { address: BoxAddress; box: BoxPublic; token: string; onReset: () => void };
type Stop = 'capped' | 'revoked' | null;

/**
 * `/b/:slug/kiosk` on an enrolled tablet: people propose and support one after another. Each person
 * starts afresh (nothing of the previous one is kept: the person's part is mounted anew), with no
 * « already supported » lock-out between people; a pause after each contribution; a reset after
 * inactivity, announced ahead and extendable.
 */
export function KioskPage({ address, box, token, onReset }: Props) {
  const text = useText(ideasText);
  const [person, setPerson] = useState(0);
  const [goodbye, setGoodbye] = useState(false);
  const [stop, setStop] = useState<Stop>(null);
  useDocumentTitle(`${text.kioskTitle} – ${surveyText(box.title, useLang())}`);
  const next = () => {
    setPerson((n) => n + 1);
    setGoodbye(true);
    onReset();
    window.scrollTo(0, 0);
  };
  const idle = useInactivity({ idleSeconds: KIOSK_IDLE_SECONDS, warnSeconds: KIOSK_WARN_SECONDS, onTimeout: next });
  // The goodbye fades on its own: cleared on a touch, it would move the page under the finger.
  useEffect(() => {
    if (!goodbye) return;
    const timer = setTimeout(() => setGoodbye(false), GOODBYE_MS);
    return () => clearTimeout(timer);
  }, [goodbye, person]);

  if (stop)
    return (
      <Notice title={text.kioskTitle} tone="warning">
        {<p>{stop === 'capped' ? text.kioskCap : text.kioskRevoked}</p>}
      </Notice>
    );
  return (
    <>
      <header class="box-heading">
        <p class="box-eyebrow">{box.organisation.name}</p>
        <h1>{surveyText(box.title, useLang())}</h1>
        <p class="box-lead">{text.kioskWelcome}</p>
      </header>
      <p role="status" class="kiosk-goodbye" data-testid="kiosk-status">
        {goodbye ? text.kioskNext : ''}
      </p>
      <KioskPerson key={person} address={address} box={box} token={token} onStop={setStop} onDone={next} />
      {idle.left !== null && <IdleWarning left={idle.left} onStay={idle.stay} />}
    </>
  );
}

type PersonProps = { address: BoxAddress; box: BoxPublic; token: string; onStop: (why: Stop) => void; onDone: () => void };

/** One person's visit: what they typed and supported lives here only, and goes when the next person comes. */
function KioskPerson({ address, box, token, onStop, onDone }: PersonProps) {
  const text = useText(ideasText);
  const lang = useLang();
  const who = useMemo<Contributor>(() => ({ kind: 'kiosk', token }), [token]);
  const [thanks, setThanks] = useState<{ receipt: string | null } | null>(null);
  const supports = useSupports({
    address,
    lang,
    who,
    initial: [],
    onDone: (outcome: SupportOutcome) => {
      if (outcome === 'saved') setThanks({ receipt: null });
      if (outcome === 'capped' || outcome === 'revoked') onStop(outcome);
    },
  });
  const open = box.status === 'open';
  return (
    <div>
      {thanks && <KioskThanks receipt={thanks.receipt} onContinue={() => setThanks(null)} onDone={onDone} />}
      <div hidden={!!thanks}>
        {open && (
          <section class="box-card" aria-labelledby="propose-title">
            <h2 id="propose-title">{text.proposeTitle}</h2>
            <ProposeForm
              address={address}
              who={who}
              themes={box.themes}
              k={box.k}
              supported={supports.supported}
              onSupport={(id) => void supports.set(id, true)}
              onSent={(receipt) => setThanks({ receipt })}
              onKioskStop={onStop}
            />
          </section>
        )}
        <section class="box-ideas" aria-labelledby="ideas-title">
          <h2 id="ideas-title">{text.ideasTitle}</h2>
          <p role="status" class="support-status">
            {supports.message}
          </p>
          {/* On a kiosk a support is one more, never taken back: the next person may support the same idea. */}
          <IdeasByTheme
            box={box}
            supported={supports.supported}
            counts={supports.counts}
            onToggle={open ? (id) => void (supports.supported.includes(id) || supports.set(id, true)) : undefined}
          />
        </section>
        <p class="actions">
          <button type="button" class="button button-secondary" onClick={onDone}>
            {text.kioskDone}
          </button>
        </p>
      </div>
    </div>
  );
}
