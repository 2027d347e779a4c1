import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Moves keyboard and screen-reader focus to an element when it appears (or when `key` changes):
 * a new screen or page of questions is announced from its heading instead of leaving focus on a
 * button that no longer exists.
 */
export function useFocusOnShow<T extends HTMLElement>(key: unknown = null) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}

/** Focuses the first control of a question (the checked radio when there is one), for error-summary links. */
export function focusQuestion(domId: string): void {
  const container = document.getElementById(domId);
  if (!container) return;
  const target =
    container.querySelector<HTMLElement>('input:checked:not(:disabled)') ??
    container.querySelector<HTMLElement>('input:not(:disabled), textarea:not(:disabled), select:not(:disabled), button:not([aria-disabled="true"])');
  container.scrollIntoView({ block: 'start' });
  target?.focus();
}

/**
 * Focus for after the next render: set `.current` to an element's id when a press moves or removes the
 * button pressed, and focus lands on that element once the new order is on screen.
 */
export function useFocusAfterRender() {
  const target = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (target.current) document.getElementById(target.current)?.focus();
    target.current = null;
  });
  return target;
}
