import type { ComponentChildren } from 'preact';
import { useFocusOnShow } from './focus.ts';

type Props = { title: string; tone?: 'info' | 'success' | 'warning'; children?: ComponentChildren };

/** A whole-screen message (not found, closed, thank you…), announced from its heading. */
export function Notice({ title, tone = 'info', children }: Props) {
  const heading = useFocusOnShow<HTMLHeadingElement>(title);
  return (
    <section class={`notice notice-${tone}`}>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}
