import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BoxDisplay } from '../../../schema/ideas.ts';
import { LangContext, useLangState, useText, type Lang } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { useDocumentTitle } from '../../shared/ui/document-title.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { qrHref } from '../api.ts';
import { rememberedKey } from '../device.ts';
import { cleanKey, readPath, shortAddress, type BoxAddress } from '../paths.ts';
import { AnswersPanel } from './AnswersPanel.tsx';
import { themeAt, themesOnShow } from './rotation.ts';
import { ThemeSlide } from './ThemeSlide.tsx';
import { displayText } from './text.ts';
import { useDisplay } from './useDisplay.ts';
import { useRotation } from './useRotation.ts';

/**
 * `/b/:slug/display`: the waiting room's TV. Approved ideas, a theme at a time with their supports;
 * the latest answers; the QR code and short address to take part. No account (a members' box carries
 * its key in the link). Large type in viewport units, from 1280×720 to 3840×2160.
 */
export function DisplayApp() {
  const [lang] = useLangState();
  const address = useMemo<BoxAddress>(() => {
    const { slug } = readPath(location.pathname);
    return { slug, key: rememberedKey(slug, cleanKey(new URLSearchParams(location.search).get('key'))) };
  }, []);
  const state = useDisplay(address, lang);
  return (
    <LangContext.Provider value={lang}>
      <div class="display">
        {state.kind === 'loading' && (
          <main id="main" class="display-message">
            <Loading />
          </main>
        )}
        {state.kind === 'missing' && <Missing />}
        {state.kind === 'ok' && <Screen address={address} display={state.display} offline={state.offline} lang={lang} />}
      </div>
    </LangContext.Provider>
  );
}

function Missing() {
  const text = useText(displayText);
  useDocumentTitle(text.pageTitle);
  return (
    <main id="main" class="display-message">
      <h1>{text.missing}</h1>
    </main>
  );
}

function Screen({ address, display, offline, lang }: { address: BoxAddress; display: BoxDisplay; offline: boolean; lang: Lang }) {
  const text = useText(displayText);
  const [paused, setPaused] = useState(false);
  const step = useRotation(paused);
  const themes = themesOnShow(display);
  const theme = themeAt(themes, step);
  const position = themes.length ? (step % themes.length) + 1 : 0;
  const title = surveyText(display.title, lang);
  useDocumentTitle(`${text.pageTitle} – ${title}`);
  return (
    <>
      <header class="display-bar">
        <div>
          <p class="display-org">{display.organisation.name}</p>
          <h1 class="display-title">{title}</h1>
        </div>
        <div class="display-tools">
          {offline && (
            <p class="display-offline" role="status">
              {text.offline}
            </p>
          )}
          {themes.length > 1 && (
            <button type="button" class="display-button" aria-pressed={paused} onClick={() => setPaused(!paused)}>
              {paused ? text.resume : text.pause}
            </button>
          )}
          <FullscreenButton />
        </div>
      </header>
      <main id="main" class="display-main">
        {theme && <ThemeSlide key={theme.id} theme={theme} display={display} position={position} of={themes.length} />}
        <aside class="display-side">
          <section class="display-join" aria-labelledby="display-join-title">
            <h2 id="display-join-title">{text.joinTitle}</h2>
            <p>{text.joinLead}</p>
            <img class="display-qr" src={qrHref(address, lang)} alt={text.qrAlt(shortAddress(display.address))} width="240" height="240" />
            <p class="display-address" data-testid="display-address">
              {shortAddress(display.address)}
            </p>
          </section>
          <AnswersPanel answered={display.answered} />
        </aside>
      </main>
    </>
  );
}

function FullscreenButton() {
  const text = useText(displayText);
  const [full, setFull] = useState(false);
  useEffect(() => {
    const update = () => setFull(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  return (
    <button
      type="button"
      class="display-button"
      onClick={() => (document.fullscreenElement ? void document.exitFullscreen() : void document.documentElement.requestFullscreen?.().catch(() => undefined))}
    >
      {full ? text.exitFullscreen : text.fullscreen}
    </button>
  );
}
