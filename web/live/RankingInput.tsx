import { useState } from 'preact/hooks';
import type { LiveQuestion } from '../../schema/live.ts';
import { useText, type Lang } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { useFocusAfterRender } from '../shared/ui/focus.ts';
import { RankedItem } from '../shared/ui/RankedItem.tsx';
import { moveItem } from './model.ts';
import { liveText } from './text.ts';

type Props = {
  question: Extract<LiveQuestion, { type: 'ranking' }>;
  id: string;
  order: string[];
  onChange: (order: string[]) => void;
  /** Nothing moved and no vote yet: the order shown is only this phone's starting order, to confirm. */
  untouched: boolean;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  lang: Lang;
};

/** A ranking with Move up / Move down buttons (focus follows the option moved), and the confirmation of an order left as it came. */
export function RankingInput({ question, id, order, onChange, untouched, confirmed, onConfirm, lang }: Props) {
  const text = useText(liveText);
  const [announcement, setAnnouncement] = useState('');
  const focusAfter = useFocusAfterRender();
  const labelOf = (optionId: string) => surveyText(question.options.find((o) => o.id === optionId)?.label, lang);
  const move = (index: number, by: -1 | 1) => {
    const next = moveItem(order, index, by);
    if (next[index] === order[index]) return;
    const optionId = order[index]!;
    onChange(next);
    setAnnouncement(text.moved(labelOf(optionId), index + by + 1));
    const to = index + by;
    // Focus follows the moved option; at an end, onto the button that still works.
    focusAfter.current = `${id}-${to === 0 ? 'down' : to === order.length - 1 ? 'up' : by < 0 ? 'up' : 'down'}-${optionId}`;
  };
  return (
    <>
      <p class="hint" id={`${id}-ranking-hint`}>
        {text.rankingHint}
      </p>
      <ol class="live-ranking" aria-describedby={`${id}-ranking-hint`}>
        {order.map((optionId, index) => (
          <RankedItem
            key={optionId}
            class="live-rank-item"
            idOf={(direction) => `${id}-${direction}-${optionId}`}
            label={labelOf(optionId)}
            text={text}
            index={index}
            count={order.length}
            onMove={(by) => move(index, by)}
          />
        ))}
      </ol>
      {untouched && (
        <label class="option live-confirm-order">
          <input type="checkbox" checked={confirmed} onChange={(e) => onConfirm(e.currentTarget.checked)} />
          <span class="option-text">{text.confirmOrder}</span>
        </label>
      )}
      <p class="sr-only" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
