import type { ComponentChildren } from 'preact';
import { commonText } from '../i18n/common-text.ts';
import { LangContext, type Lang } from '../i18n/lang.ts';
import { LangSwitch } from './LangSwitch.tsx';
import { Logo } from './Logo.tsx';

type Props = {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  children: ComponentChildren;
  /** What the footer says when the page's own data needs it said otherwise (account pages store a name and an email). */
  footer?: string;
};

/** Header with the language switch, the main landmark, and the footer: the same frame on every page. */
export function PageShell({ lang, onLangChange, children, footer }: Props) {
  const text = commonText[lang];
  return (
    <LangContext.Provider value={lang}>
      <a class="skip-link" href="#main">
        {text.skipLink}
      </a>
      <header class="site-header">
        <div class="site-header-inner">
          <a class="brand" href="/" aria-label={text.homeLink}>
            <Logo />
            Pouls
          </a>
          <LangSwitch onSwitch={onLangChange} />
        </div>
      </header>
      <main id="main" class="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer class="site-footer">
        <p>{footer ?? text.footer}</p>
      </footer>
    </LangContext.Provider>
  );
}
