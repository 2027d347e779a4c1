import { useText } from '../shared/i18n/lang.ts';
import { pageHref, type BoxAddress, type BoxView } from './paths.ts';
import { ideasText } from './text.ts';

/** The box's three phone pages, the current one marked. */
export function BoxNav({ address, current }: { address: BoxAddress; current: BoxView }) {
  const text = useText(ideasText);
  const items: [BoxView, string][] = [
    ['box', text.navBox],
    ['answers', text.navAnswers],
    ['receipt', text.navReceipt],
  ];
  return (
    <nav class="box-nav" aria-label={text.pageTitle}>
      <ul>
        {items.map(([view, label]) => (
          <li key={view}>
            <a href={pageHref(address, view)} aria-current={view === current ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
