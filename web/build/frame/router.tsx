import type { ComponentChildren, PartialAnchorHTMLAttributes } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A tiny history-API router for the coordinators' app: `/app…`, `/login`, `/setup/…`, `/invite/…` are all
 * served by web/build/index.html, so moving between them never reloads the page. No dependency: thirty lines
 * do what the app needs (path matching is done by the app, with plain regular expressions).
 */

const listeners = new Set<() => void>();
let navigated = false;

/** Whether the person has moved within the app since the page loaded (focus then goes to the new heading). */
export function wasNavigated(): boolean {
  return navigated;
}

/** Paths this single page handles itself; anything else (`/`, `/s/…`, `/api/…`) is a real navigation. */
export function isAppPath(path: string): boolean {
  return /^\/(app(\/|$|\?)|app$|login(\?|$)|setup\/|invite\/)/.test(path);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (!isAppPath(to)) {
    location.assign(to);
    return;
  }
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  navigated = true;
  window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

/** The current `location.pathname`, re-rendering on navigate() and on the back/forward buttons (and on a new query string). */
export function usePath(): string {
  const [, setHref] = useState(location.pathname + location.search);
  useEffect(() => {
    const update = () => {
      navigated = true;
      setHref(location.pathname + location.search);
    };
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return location.pathname;
}

type LinkProps = Omit<PartialAnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'role'> & { href: string; children?: ComponentChildren };

/** An ordinary link (middle-click, « open in a new tab » and copy keep working) that stays in the page when it can. */
export function Link({ href, onClick, ...rest }: LinkProps) {
  return (
    <a
      href={href}
      {...rest}
      onClick={(event) => {
        if (typeof onClick === 'function') onClick(event);
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        if (!isAppPath(href) || (rest as { target?: string }).target) return;
        event.preventDefault();
        navigate(href);
      }}
    />
  );
}
