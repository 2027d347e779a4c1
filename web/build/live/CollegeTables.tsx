import type { BlockVote, CollegeTally, LiveQuestion } from '../../../schema/live.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { liveSharedText } from '../../shared/live/text.ts';
import { liveConsoleText } from './text.ts';

/** Per-college figures (one row per college, one column per option) and the block vote, as tables. */
export function CollegeTables({ question, byCollege, block, k, id }: { question: LiveQuestion; byCollege?: CollegeTally[]; block?: BlockVote; k: number; id: string }) {
  const text = useText(liveConsoleText);
  const shared = useText(liveSharedText);
  const lang = useLang();
  const options = 'options' in question ? question.options : [];
  const optionLabel = (key: string) => surveyText(options.find((o) => o.id === key)?.label, lang) || key;
  return (
    <>
      {byCollege && byCollege.length > 0 && options.length > 0 && (
        <div class="table-scroll">
          <table class="live-table" aria-labelledby={`${id}-colleges`}>
            <caption id={`${id}-colleges`}>{text.byCollege}</caption>
            <thead>
              <tr>
                <th scope="col">{text.college}</th>
                <th scope="col">{text.weight}</th>
                {options.map((o) => (
                  <th scope="col" key={o.id}>
                    {surveyText(o.label, lang)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {byCollege.map((c) => (
                <tr key={c.college} class={c.previous ? 'live-previous' : undefined}>
                  <th scope="row">
                    {surveyText(c.label, lang)}
                    {c.previous && <span class="live-previous-tag"> ({text.previousFigures})</span>}
                  </th>
                  <td>{formatNumber(lang, c.weight)}</td>
                  {c.tally.suppressed ? (
                    <td colSpan={options.length} class="live-suppressed">
                      {shared.suppressed(formatNumber(lang, k))}
                    </td>
                  ) : (
                    options.map((o) => {
                      const tally = c.tally as Extract<typeof c.tally, { suppressed: false }>;
                      return <td key={o.id}>{formatNumber(lang, tally.bars.find((b) => b.key === o.id)?.value ?? 0)}</td>;
                    })
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {block &&
        (block.suppressed ? (
          <p class="live-suppressed" data-testid="block-suppressed">
            <strong>{text.block} : </strong>
            {text.blockSuppressed[block.reason]}
          </p>
        ) : (
          <div class="table-scroll">
            <table class="live-table" aria-labelledby={`${id}-block`} data-testid="block-vote">
              <caption id={`${id}-block`}>{text.block}</caption>
              <thead>
                <tr>
                  <th scope="col">{text.blockOption}</th>
                  <th scope="col">{text.blockScore}</th>
                </tr>
              </thead>
              <tbody>
                {[...block.options]
                  .sort((a, b) => b.weight - a.weight)
                  .map((o) => (
                    <tr key={o.option} class={block.winner.includes(o.option) ? 'live-winner' : undefined}>
                      <th scope="row">
                        {optionLabel(o.option)}
                        {block.winner.includes(o.option) && <span class="live-winner-tag"> – {text.blockWinner}</span>}
                      </th>
                      <td>{formatNumber(lang, o.weight)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        ))}
    </>
  );
}
