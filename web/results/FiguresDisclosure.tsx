import type { ComponentChildren } from 'preact';
import { useText } from '../shared/i18n/lang.ts';
import './figures-table.css';
import { resultsText } from './text.ts';

/**
 * A chart's figures as a table, on demand: a native disclosure, closed at first, so that a page of
 * charts stays short (and prints as charts). The chart above names it as its text alternative.
 */
export function FiguresDisclosure({ children }: { children: ComponentChildren }) {
  const text = useText(resultsText);
  return (
    <details class="figures-table">
      <summary>{text.showTable}</summary>
      {children}
    </details>
  );
}
