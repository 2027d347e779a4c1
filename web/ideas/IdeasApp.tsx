import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLangState, useText } from '../shared/i18n/lang.ts';
import { LoadError } from '../shared/ui/LoadError.tsx';
import { Loading } from '../shared/ui/Loading.tsx';
import { Notice } from '../shared/ui/Notice.tsx';
import { PageShell } from '../shared/ui/PageShell.tsx';
import { KioskShell } from './KioskShell.tsx';
import { BoxPage } from './BoxPage.tsx';
import { rememberedKey } from './device.ts';
import { enrolKiosk } from './enrolment.ts';
import { Lazy } from './Lazy.tsx';
import { cleanKey, linkParams, readPath, type BoxAddress } from './paths.ts';
import { ideasText } from './text.ts';
import { useBox } from './useBox.ts';

/** `/b/:slug`, `/answers`, `/receipt` and `/kiosk`: one small page, the view read from the address. */
export function IdeasApp() {
  const [lang, setLang] = useLangState();
  const { slug, view } = useMemo(() => readPath(location.pathname), []);
  // The key first: enrolment then clears the address bar.
  const address = useMemo<BoxAddress>(() => ({ slug, key: rememberedKey(slug, cleanKey(linkParams(location).get('key'))) }), []);
  const [kiosk, setKiosk] = useState(() => (view === 'kiosk' ? enrolKiosk(slug) : null));
  // An enrolment link opened on a tablet already showing the kiosk changes only the fragment.
  useEffect(() => {
    if (view !== 'kiosk') return;
    const enrol = () => setKiosk(enrolKiosk(slug));
    addEventListener('hashchange', enrol);
    return () => removeEventListener('hashchange', enrol);
  }, []);
  const [state, reload] = useBox(address, lang);
  const Shell = view === 'kiosk' ? KioskShell : PageShell;
  return (
    <Shell lang={lang} onLangChange={setLang}>
      <div class={view === 'kiosk' ? 'box-page kiosk' : 'box-page'}>
        {state.kind === 'loading' && <Loading />}
        {state.kind === 'failed' && <LoadError onRetry={() => void reload()} />}
        {state.kind === 'missing' && <Missing />}
        {state.kind === 'ok' &&
          (view === 'answers' ? (
            <Lazy load={() => import('./AnswersPage.tsx').then((m) => m.AnswersPage)} props={{ address, box: state.box }} />
          ) : view === 'receipt' ? (
            <Lazy load={() => import('./ReceiptPage.tsx').then((m) => m.ReceiptPage)} props={{ address, box: state.box }} />
          ) : view === 'kiosk' ? (
            kiosk ? (
              <Lazy
                load={() => import('./KioskPage.tsx').then((m) => m.KioskPage)}
                props={{
                  address,
                  box: state.box,
                  token: kiosk,
                  onReset: () => {
                    // Nothing of one person is kept for the next: French again, and fresh figures.
                    setLang('fr');
                    void reload();
                  },
                }}
              />
            ) : (
              <NotEnrolled />
            )
          ) : (
            <BoxPage address={address} box={state.box} />
          ))}
      </div>
    </Shell>
  );
}

function Missing() {
  const text = useText(ideasText);
  return (
    <Notice title={text.missingTitle} tone="warning">
      <p>{text.missing}</p>
    </Notice>
  );
}

function NotEnrolled() {
  const text = useText(ideasText);
  return (
    <Notice title={text.kioskTitle} tone="warning">
      <p>{text.kioskNotEnrolled}</p>
    </Notice>
  );
}
