import type { ComponentChildren } from 'preact';
import { commonText } from '../i18n/common-text.ts';
import { useText } from '../i18n/lang.ts';
import { useDocumentTitle } from './document-title.ts';
import { Notice } from './Notice.tsx';

type Props = {
  onRetry: () => void;
  /** What the server said, when it said more than nothing; otherwise « could not reach the server ». */
  message?: string;
  /** Inside a page that has its own h1 (the coordinators' frame), rather than the whole screen. */
  inPage?: boolean;
};

/** What every audience shows when what it asked the server for did not come: why, and a retry. */
export function LoadError({ onRetry, message, inPage }: Props) {
  const text = useText(commonText);
  const Frame = inPage ? Announced : Screen;
  return (
    <Frame title={text.loadFailedTitle}>
      <p>{message || text.loadFailed}</p>
      <p class="actions">
        <button type="button" class="button" onClick={onRetry}>
          {text.retry}
        </button>
      </p>
    </Frame>
  );
}

type FrameProps = { title: string; children: ComponentChildren };

/** The whole screen: its h1 takes focus (Notice) and names the tab. */
function Screen({ title, children }: FrameProps) {
  useDocumentTitle(title);
  return (
    <Notice title={title} tone="warning">
      {children}
    </Notice>
  );
}

/** Under the page's own h1: an h2 announced as an alert, focus and tab title left to the page. */
function Announced({ title, children }: FrameProps) {
  return (
    <section class="notice notice-warning" role="alert">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
