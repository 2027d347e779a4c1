import { useLangState } from '../shared/i18n/lang.ts';
import { useDocumentTitle } from '../shared/ui/document-title.ts';
import { PageShell } from '../shared/ui/PageShell.tsx';
import { homeText } from './text.ts';

/** The home page: what Pouls is, and the way into the demo. */
export function HomeApp() {
  const [lang, setLang] = useLangState();
  const text = homeText[lang];
  useDocumentTitle(null);
  return (
    <PageShell lang={lang} onLangChange={setLang}>
      <div class="home-hero">
        <h1>{text.title}</h1>
        <p class="lead">{text.lead}</p>
      </div>
      <ul class="home-points">
        {text.points.map(([title, body]) => (
          <li key={title} class="card">
            <h2>{title}</h2>
            <p>{body}</p>
          </li>
        ))}
      </ul>
      <section class="card home-demo" aria-labelledby="demo-title">
        <h2 id="demo-title">{text.demoTitle}</h2>
        <p>{text.demoText}</p>
        <div class="actions">
          <a class="button" href="/s/demo">
            {text.answerDemo}
          </a>
          <a class="button button-secondary" href="/s/demo/results">
            {text.demoResults}
          </a>
        </div>
      </section>
    </PageShell>
  );
}
