import type { ComponentChildren, PartialAnchorHTMLAttributes } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A tiny history-API router for the coordinators' app: `/app…`, `/login`, `/setup/…`, `/invite/…` are all
 * served by web/app/index.html, so moving between them never reloads the page. No dependency: thirty lines
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

/**
 * Asked before the person moves to another page of the app (a link, the back button): true lets them
 * go; false keeps them here, the guard having taken over (it asks, then calls `proceed` to go on).
 * Leaving the app altogether is the browser's `beforeunload`.
 */
export type LeaveGuard = (proceed: () => void) => boolean;

let guard: LeaveGuard | null = null;
/** The address shown: where the back button is brought back to when the guard keeps the person here. */
let here = location.pathname + location.search;
let skipGuardOnce = false;

/** One guard at a time (the page being edited); null when leaving needs no question. */
export function setLeaveGuard(next: LeaveGuard | null): void {
  guard = next;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (!isAppPath(to)) {
    location.assign(to);
    return;
  }
  // Redirects (sign-in, sign-out) replace the page rather than leave it, and a link to the page itself
  // leaves nothing: neither is held back.
  if (guard && !options.replace && to !== here && !guard(() => go(to, options))) return;
  go(to, options);
}

function go(to: string, options: { replace?: boolean }): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  here = location.pathname + location.search;
  navigated = true;
  window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

// Registered before any page listens: the back and forward buttons ask the guard too. Kept here, the
// address goes back to this page until the person chooses to leave; then the same step is taken again.
window.addEventListener('popstate', (event) => {
  const to = location.pathname + location.search;
  if (skipGuardOnce || !guard || to === here) {
    skipGuardOnce = false;
    here = to;
    return;
  }
  let kept = false;
  const proceed = () => {
    if (!kept) return;
    skipGuardOnce = true;
    history.back();
  };
  if (guard(proceed)) {
    here = to;
    return;
  }
  kept = true;
  history.pushState(null, '', here);
  event.stopImmediatePropagation();
});

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
