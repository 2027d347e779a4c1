import { useState } from 'preact/hooks';
import type { LiveSessionAdmin } from '../../../schema/live.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { useFocusOnShow } from '../../shared/ui/focus.ts';
import { CountField } from '../ui/CountField.tsx';
import { FormProblems } from '../ui/FormProblems.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { liveApi } from './live-api.ts';
import { Qr } from './Qr.tsx';
import { liveConsoleText } from './text.ts';

const PER_SHEET = 10;

/** One-time voting cards: created on demand (the codes are shown once), printed straight from the console, ten per A4 sheet. */
export function CardsSection({ orgId, session }: { orgId: string; session: LiveSessionAdmin }) {
  const text = useText(liveConsoleText);
  const lang = useLang();
  const [count, setCount] = useState('30');
  const [college, setCollege] = useState('');
  const { errors, general, tries, busy, check, send, refuse } = useSubmit();
  const [cards, setCards] = useState<string[] | null>(null);
  const colleges = session.definition.settings?.colleges;

  const submit = async (event: Event) => {
    event.preventDefault();
    const n = Number(count);
    check();
    const outcome = await send(liveApi.cards(lang, orgId, session.id, n, college || undefined));
    if (!outcome.ok) return refuse(outcome.errors, { count: 'live-cards-count' });
    setCards(outcome.data.cards);
  };

  return (
    <section class="card live-cards" aria-labelledby="live-cards-title">
      <h2 id="live-cards-title">{text.cardsTitle}</h2>
      <p>{text.cardsHelp}</p>
      <FormProblems fields={[['live-cards-count', text.cardsCount]]} errors={errors} general={general} attempt={tries} />
      <form onSubmit={submit} noValidate class="inline-form">
        <CountField
          id="live-cards-count"
          label={text.cardsCount}
          min={1}
          max={2000}
          value={count}
          onInput={setCount}
          error={errors['live-cards-count']}
          class="field-short"
        />
        {colleges && (
          <SelectField
            id="live-cards-college"
            label={text.cardsCollege}
            value={college}
            prompt={text.anyCollege}
            choices={colleges.map((c) => ({ value: c.id, label: surveyText(c.label, lang) }))}
            onChange={setCollege}
            compact
          />
        )}
        <button type="submit" class="button" disabled={busy}>
          {text.makeCards}
        </button>
      </form>
      {cards && <PrintableCards session={session} cards={cards} />}
    </section>
  );
}

function PrintableCards({ session, cards }: { session: LiveSessionAdmin; cards: string[] }) {
  const text = useText(liveConsoleText);
  const lang = useLang();
  const box = useFocusOnShow<HTMLDivElement>(cards);
  const sheets: string[][] = [];
  for (let i = 0; i < cards.length; i += PER_SHEET) sheets.push(cards.slice(i, i + PER_SHEET));
  const title = surveyText(session.title, lang);
  return (
    <div class="live-cards-ready" ref={box} tabIndex={-1} aria-labelledby="live-cards-ready-title">
      <h3 id="live-cards-ready-title">{text.cardsReady(formatNumber(lang, cards.length))}</h3>
      <p class="banner banner-warning no-print">{text.cardsHelp}</p>
      <p class="no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          {text.print}
        </button>
      </p>
      <div class="sheet-preview">
        {sheets.map((sheet, index) => (
          <div class="sheet cards-sheet" key={index}>
            {sheet.map((card) => (
              <article class="code-card" key={card} data-testid="live-card">
                <p class="code-card-title">{title}</p>
                <div class="code-card-body">
                  <Qr value={`${session.joinUrl}?card=${encodeURIComponent(card)}`} label="" class="code-card-qr" size={96} />
                  <div>
                    <p class="code-card-how">
                      {text.cardHow} <span class="code-card-link">{session.joinUrl.replace(/^https?:\/\//, '')}</span>
                    </p>
                    <p class="code-card-label">{text.cardCode}</p>
                    <p class="code-card-code">{card}</p>
                  </div>
                </div>
              </article>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
