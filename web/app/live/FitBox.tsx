import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { largestFit } from './fit.ts';

type Props = { as?: 'div' | 'p' | 'section'; class: string; children: ComponentChildren; testId?: string; min?: number };

/** Sets `--fit` on the box to the largest scale (at most 1) at which its content neither overflows its width nor its height. */
function fit(box: HTMLElement, min: number): void {
  const overflows = () => box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
  const scale = largestFit((s) => {
    box.style.setProperty('--fit', String(s));
    return !overflows();
  }, min);
  box.style.setProperty('--fit', String(scale));
}

/**
 * A box whose content shrinks to fit it, as a slide's text does: its CSS sizes its type in em times
 * `var(--fit)`, and the scale is found again after every render, when the content changes and when the
 * box is resized (full screen, another projector). Set through the CSSOM, which the CSP allows.
 */
export function FitBox({ as: Tag = 'div', class: className, children, testId, min = 0.35 }: Props) {
  const box = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (box.current) fit(box.current, min);
  });
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const refit = () => fit(element, min);
    const resized = new ResizeObserver(refit);
    resized.observe(element, { box: 'border-box' });
    // Content that changes on its own (a survey slide loading its results).
    const changed = new MutationObserver(refit);
    changed.observe(element, { childList: true, subtree: true, characterData: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
    };
  }, []);
  return (
    <Tag ref={box as never} class={className} data-testid={testId}>
      {children}
    </Tag>
  );
}
