import type { ComponentChildren } from 'preact';
import { commonText } from '../shared/i18n/common-text.ts';
import { LangContext, type Lang } from '../shared/i18n/lang.ts';
import { LangSwitch } from '../shared/ui/LangSwitch.tsx';
import { Logo } from '../shared/ui/Logo.tsx';

/**
 * The frame of a kiosk: PageShell's, without a link that leaves the box (a tablet left on another page
 * would serve nobody): the logo is not a link.
 */
export function KioskShell({ lang, onLangChange, children }: { lang: Lang; onLangChange: (lang: Lang) => void; children: ComponentChildren }) {
  const text = commonText[lang];
  return (
    <LangContext.Provider value={lang}>
      <a class="skip-link" href="#main">
        {text.skipLink}
      </a>
      <header class="site-header">
        <div class="site-header-inner">
          <span class="brand">
            <Logo />
            Pouls
          </span>
          <LangSwitch onSwitch={onLangChange} />
        </div>
      </header>
      <main id="main" class="site-main" tabIndex={-1}>
        {children}
      </main>
    </LangContext.Provider>
  );
}
