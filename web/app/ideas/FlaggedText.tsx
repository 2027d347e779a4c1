import type { PersonalFlag } from '../../../schema/ideas.ts';
import { useText } from '../../shared/i18n/lang.ts';
import { segments } from './flags.ts';
import { boxText } from './text.ts';

/** An idea's text with what looks personal marked (a word says which kind, the colour repeats it). */
export function FlaggedText({ text: value, flags }: { text: string; flags: PersonalFlag[] }) {
  const text = useText(boxText);
  return (
    <p class="queue-text">
      {segments(value, flags).map((part, i) =>
        part.flag ? (
          <mark key={i} class="flag" data-flag={part.flag}>
            {part.text}
            <span class="flag-kind"> {text.flagged(text.flag[part.flag])}</span>
          </mark>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
