import { useState } from 'preact/hooks';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { respondText } from '../text.ts';
import { useFocusAfterRender } from '../../shared/ui/focus.ts';
import { Icon } from '../../shared/ui/icons.tsx';
import { RankedItem } from '../../shared/ui/RankedItem.tsx';
import type { WidgetProps } from './types.ts';

type Action = 'add' | 'up' | 'down' | 'remove';

/**
 * Ranking with buttons rather than drag and drop, so it works with a keyboard, a switch or a screen
 * reader: add options to « mon classement », move them up or down, remove them. Each change is
 * announced, and focus stays on a sensible button when the one pressed moves or disappears.
 */
export function RankingQuestion({ question, value, onChange, ids, disabled }: WidgetProps<'ranking'>) {
  const lang = useLang();
  const text = useText(respondText);
  const [announcement, setAnnouncement] = useState('');
  const focusAfterRender = useFocusAfterRender();

  const known = new Set(question.options.map((o) => o.id));
  const ranked = Array.isArray(value) ? value.filter((id) => known.has(id)) : [];
  const target = Math.min(question.maxRanked ?? question.options.length, question.options.length);
  const full = ranked.length >= target;
  const unranked = question.options.filter((o) => !ranked.includes(o.id));
  const labelOf = (id: string) => surveyText(question.options.find((o) => o.id === id)?.label, lang);
  const buttonId = (action: Action, id: string) => `${ids.container}-${action}-${id}`;

  const update = (next: string[], message: string, focusId: string) => {
    onChange(next.length ? next : undefined);
    setAnnouncement(message);
    focusAfterRender.current = focusId;
  };

  const add = (id: string) => {
    if (full) return setAnnouncement(text.rankingFull);
    const next = [...ranked, id];
    const rest = unranked.filter((o) => o.id !== id);
    const index = unranked.findIndex((o) => o.id === id);
    const stillAdding = next.length < target && rest.length > 0;
    const focusId = stillAdding ? buttonId('add', rest[Math.min(index, rest.length - 1)]!.id) : buttonId('remove', id);
    update(next, text.added(labelOf(id), next.length) + (next.length === target ? ` ${text.complete}` : ''), focusId);
  };

  const move = (id: string, by: -1 | 1) => {
    const from = ranked.indexOf(id);
    const to = from + by;
    if (to < 0 || to >= ranked.length) return;
    const next = [...ranked];
    [next[from], next[to]] = [next[to]!, next[from]!];
    update(next, text.moved(labelOf(id), to + 1), buttonId(by < 0 ? 'up' : 'down', id));
  };

  const remove = (id: string) => {
    const index = ranked.indexOf(id);
    const next = ranked.filter((r) => r !== id);
    const neighbour = next[Math.min(index, next.length - 1)];
    update(next, text.removed(labelOf(id)), neighbour ? buttonId('remove', neighbour) : buttonId('add', id));
  };

  const act = (action: () => void) => () => {
    if (!disabled) action();
  };
  const mineId = `${ids.container}-mine`;
  const poolId = `${ids.container}-pool`;

  return (
    <div class="ranking">
      <p class="hint">{text.rankingHint(target)}</p>
      <p id={mineId} class="ranking-title">
        {text.myRanking(ranked.length, target)}
      </p>
      {ranked.length === 0 ? (
        <p class="ranking-empty">{text.rankingEmpty}</p>
      ) : (
        <ol class="ranking-list" aria-labelledby={mineId}>
          {ranked.map((id, index) => {
            const label = labelOf(id);
            return (
              <RankedItem
                key={id}
                class="ranking-item"
                idOf={(direction) => buttonId(direction, id)}
                label={label}
                text={text}
                index={index}
                count={ranked.length}
                disabled={disabled}
                onMove={(by) => !disabled && move(id, by)}
              >
                <button type="button" id={buttonId('remove', id)} class="icon-button" aria-disabled={disabled} onClick={act(() => remove(id))}>
                  <Icon name="remove" />
                  <span class="sr-only">{`${text.remove} « ${label} »`}</span>
                </button>
              </RankedItem>
            );
          })}
        </ol>
      )}
      {unranked.length > 0 && (
        <>
          <p id={poolId} class="ranking-title">
            {text.toRank}
          </p>
          <ul class="ranking-pool" aria-labelledby={poolId}>
            {unranked.map((option) => (
              <li key={option.id}>
                <button
                  type="button"
                  id={buttonId('add', option.id)}
                  class="icon-button pool-button"
                  aria-disabled={full || disabled}
                  onClick={act(() => add(option.id))}
                >
                  <Icon name="add" />
                  <span class="sr-only">{text.add} </span>
                  {surveyText(option.label, lang)}
                </button>
              </li>
            ))}
          </ul>
          {full && <p class="hint">{text.rankingFull}</p>}
        </>
      )}
      <p class="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
