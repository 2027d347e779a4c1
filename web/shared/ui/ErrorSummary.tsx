import { focusQuestion, useFocusOnShow } from './focus.ts';

export type SummaryItem = { targetId: string; label: string; message: string };

type Props = { title: string; items: SummaryItem[]; attempt: number };

/**
 * The problems of a page, listed above the questions. It is an alert and takes focus, so it is read out
 * at once; each link takes the person to the question concerned. `attempt` refocuses it on each new try.
 */
export function ErrorSummary({ title, items, attempt }: Props) {
  const box = useFocusOnShow<HTMLDivElement>(attempt);
  return (
    <div ref={box} class="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.targetId}>
            <a
              href={`#${item.targetId}`}
              onClick={(event) => {
                event.preventDefault();
                focusQuestion(item.targetId);
              }}
            >
              {item.label} — {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
