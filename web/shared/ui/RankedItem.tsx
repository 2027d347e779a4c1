import type { ComponentChildren } from 'preact';
import { MoveButtons, type MoveButtonsProps } from './MoveButtons.tsx';

type Props = Omit<MoveButtonsProps, 'describedBy'> & {
  /** The row's look: each page frames its rows its own way. */
  class: string;
  /** Buttons after Move up / Move down (the respondent's « Retirer »). */
  children?: ComponentChildren;
};

/** One row of a ranking, on the respondent's and the live page alike: its rank, its name, and the buttons that move it. */
export function RankedItem({ class: rowClass, children, ...move }: Props) {
  return (
    <li class={rowClass}>
      <span class="rank" aria-hidden="true">
        {move.index + 1}
      </span>
      <span class="rank-label">{move.label}</span>
      <span class="rank-buttons">
        <MoveButtons {...move} />
        {children}
      </span>
    </li>
  );
}
