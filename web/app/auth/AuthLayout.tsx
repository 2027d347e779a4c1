import type { ComponentChildren } from 'preact';
import { useLang } from '../../shared/i18n/lang.ts';
import { useDocumentTitle } from '../../shared/ui/document-title.ts';
import { useFocusOnShow } from '../../shared/ui/focus.ts';
import { PageShell } from '../../shared/ui/PageShell.tsx';
import { useSetLang } from '../frame/lang.ts';
import { wasNavigated } from '../frame/router.tsx';
import { authText } from './text.ts';

/** Signed-out pages (sign-in, setup, invitation): the public frame, one narrow card, the heading first. */
export function AuthLayout({ title, lead, children }: { title: string; lead?: ComponentChildren; children: ComponentChildren }) {
  const lang = useLang();
  const setLang = useSetLang();
  const text = authText[lang];
  useDocumentTitle(title);
  const heading = useFocusOnShow<HTMLHeadingElement>(wasNavigated() ? title : undefined);
  return (
    <PageShell lang={lang} onLangChange={setLang} footer={text.footer}>
      <div class="auth">
        <h1 ref={wasNavigated() ? heading : undefined} tabIndex={-1}>
          {title}
        </h1>
        {lead && <p class="lead">{lead}</p>}
        <div class="card auth-card">{children}</div>
      </div>
    </PageShell>
  );
}
