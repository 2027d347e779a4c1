import { Icon } from './icons.tsx';

type Direction = 'up' | 'down';

export type MoveButtonsProps = {
  /** The id of each button, for focus to follow the item moved. */
  idOf: (direction: Direction) => string;
  /** The item's name, read with each button: « Monter « Option A » ». */
  label: string;
  /** How the buttons name the item when « label » in quotes is not enough (« la question 3, « … » »). */
  named?: string;
  text: { moveUp: string; moveDown: string };
  index: number;
  count: number;
  /** Both buttons refuse (the form is sending, the structure is locked). */
  disabled?: boolean;
  describedBy?: string;
  onMove: (by: -1 | 1) => void;
};

/** Move up / Move down for one item of an ordered list: buttons rather than drag and drop, for keyboards and screen readers. */
export function MoveButtons({ idOf, label, named = `« ${label} »`, text, index, count, disabled, describedBy, onMove }: MoveButtonsProps) {
  return (
    <>
      <button
        type="button"
        id={idOf('up')}
        class="icon-button"
        aria-disabled={index === 0 || disabled}
        aria-describedby={describedBy}
        onClick={() => onMove(-1)}
      >
        <Icon name="up" />
        <span class="sr-only">{`${text.moveUp} ${named}`}</span>
      </button>
      <button
        type="button"
        id={idOf('down')}
        class="icon-button"
        aria-disabled={index === count - 1 || disabled}
        aria-describedby={describedBy}
        onClick={() => onMove(1)}
      >
        <Icon name="down" />
        <span class="sr-only">{`${text.moveDown} ${named}`}</span>
      </button>
    </>
  );
}
